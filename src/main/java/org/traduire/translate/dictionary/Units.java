package org.traduire.translate.dictionary;

import java.util.List;

/** Navigation over a sentence's units that skips deleted ones and stops at sentence punctuation. */
final class Units {
  private Units() {}

  /** Index of the next live word unit after {@code i}, or -1 at a punctuation mark or the end. */
  static int nextWord(List<Unit> units, int i) {
    for (int j = i + 1; j < units.size(); j++) {
      Unit u = units.get(j);
      if (u.deleted) {
        continue;
      }
      return u.kind == Unit.Kind.PUNCT || u.kind == Unit.Kind.PLACEHOLDER ? -1 : j;
    }
    return -1;
  }

  /** Index of the previous live word unit before {@code i}, or -1 at a punctuation mark or the start. */
  static int prevWord(List<Unit> units, int i) {
    for (int j = i - 1; j >= 0; j--) {
      Unit u = units.get(j);
      if (u.deleted) {
        continue;
      }
      return u.kind == Unit.Kind.PUNCT || u.kind == Unit.Kind.PLACEHOLDER ? -1 : j;
    }
    return -1;
  }

  static Unit at(List<Unit> units, int i) {
    return i < 0 ? null : units.get(i);
  }
}
