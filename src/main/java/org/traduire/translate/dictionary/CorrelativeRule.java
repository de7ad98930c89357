package org.traduire.translate.dictionary;

import java.util.List;

/** Paired conjunctions: "soit … soit" → "either … or", "ni … ni" → "neither … nor". */
final class CorrelativeRule implements Rule {
  @Override
  public void apply(List<Unit> units) {
    pair(units, "soit", "either", "or");
    pair(units, "ni", "neither", "nor");
  }

  private static void pair(List<Unit> units, String word, String first, String second) {
    Unit open = null;
    for (Unit u : units) {
      if (u.deleted) {
        continue;
      }
      if (u.kind == Unit.Kind.PUNCT && ".!?".contains(u.source) && !u.source.isEmpty()) {
        open = null;
      } else if (u.is(word)) {
        if (open == null) {
          open = u;
        } else {
          if (open.text == null || !open.text.equals("nor")) {
            open.text = first;
          }
          u.text = second;
          open = u;
        }
      }
    }
  }
}
