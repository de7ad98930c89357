package org.traduire.translate.dictionary;

import java.util.ArrayList;
import java.util.List;

/**
 * A product or brand name after a common noun goes before it, as an English modifier: "les GPU
 * NVIDIA H100" → "the NVIDIA H100 GPUs", "la série Hopper" → "the Hopper series", "l'administration
 * Biden" → "the Biden administration". Titles of people keep their order ("le président Macron").
 */
final class NameOrderRule implements Rule {
  @Override
  public void apply(List<Unit> units) {
    for (int i = 0; i < units.size(); i++) {
      Unit noun = units.get(i);
      if (noun.deleted || !noun.pos(Pos.N) || ReferenceRule.person(noun)) {
        continue;
      }
      Unit before = Units.at(units, Units.prevWord(units, i));
      if (before != null && before.is("de", "d'")) {
        continue;
      }
      List<Unit> names = new ArrayList<>();
      int j = Units.nextWord(units, i);
      int last = -1;
      while (j >= 0 && names.size() < 4) {
        Unit u = units.get(j);
        if (name(u)) {
          names.add(u);
          last = j;
        } else if (u.is("et") && !names.isEmpty()) {
          int k = Units.nextWord(units, j);
          if (k < 0 || !name(units.get(k))) {
            break;
          }
          names.add(u);
        } else {
          break;
        }
        j = Units.nextWord(units, j);
      }
      if (names.isEmpty() || last < 0 || names.get(names.size() - 1).is("et")) {
        continue;
      }
      int from = i;
      for (int p = Units.prevWord(units, i); p >= 0 && units.get(p).modifier; p = Units.prevWord(units, p)) {
        from = p;
      }
      List<Unit> order = new ArrayList<>(names);
      for (int k = from; k <= i; k++) {
        if (!units.get(k).deleted) {
          order.add(units.get(k));
        }
      }
      AdjectiveOrderRule.reorder(units, from, last, order);
      i = last;
    }
  }

  /** An unknown word written like a name: capitalised, in capitals, or with digits (H100, R1). */
  static boolean name(Unit u) {
    if (u.kind != Unit.Kind.WORD || u.reading != null || u.capital) {
      return false;
    }
    char c = u.source.charAt(0);
    return c == '⟦' || Character.isUpperCase(c) || Character.isDigit(c) || Matcher.Shape.of(u.source) == Matcher.Shape.MIXED;
  }
}
