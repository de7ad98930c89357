package org.traduire.translate.dictionary;

import java.util.List;

/**
 * Comparatives and superlatives: "plus grand" → "bigger", "le plus puissant" → "the most
 * powerful", "son plus bas niveau" → "its lowest level", "plus … que" → "more … than"; and "plus
 * de" or "moins de" before a number → "more than", "less than".
 */
final class ComparisonRule implements Rule {
  private final Inflector inflector;

  ComparisonRule(Inflector inflector) {
    this.inflector = inflector;
  }

  @Override
  public void apply(List<Unit> units) {
    for (int i = 0; i < units.size(); i++) {
      Unit u = units.get(i);
      if (u.deleted) {
        continue;
      }
      if (u.is("plus de", "moins de", "plus d'", "moins d'")) {
        Unit next = Units.at(units, Units.nextWord(units, i));
        u.text = u.key.startsWith("plus") ? "more" : "less";
        if (next != null && (next.kind == Unit.Kind.NUMBER || next.pos(Pos.NUM))) {
          u.text += " than";
        }
        continue;
      }
      boolean superlative = u.is("le plus", "la plus", "les plus", "le moins", "la moins", "les moins");
      if (!superlative && !u.is("plus", "moins")) {
        continue;
      }
      int a = Units.nextWord(units, i);
      if (a < 0 || !units.get(a).pos(Pos.ADJ) || units.get(a).text != null) {
        continue;
      }
      Unit adjective = units.get(a);
      Unit before = Units.at(units, Units.prevWord(units, i));
      boolean less = u.key.endsWith("moins");
      if (!superlative && before != null && before.pos(Pos.DET)) {
        superlative = true;
      }
      if (superlative) {
        adjective.text = less ? "least " + adjective.english : inflector.superlative(adjective.english);
        boolean postNominal = before != null && (before.nounLike() || before.pos(Pos.ADJ));
        if (u.is("plus", "moins") || postNominal) {
          u.delete();
        } else {
          u.text = "the";
        }
      } else {
        adjective.text = less ? "less " + adjective.english : inflector.comparative(adjective.english);
        u.delete();
        than(units, a);
      }
    }
  }

  private static void than(List<Unit> units, int a) {
    int k = Units.nextWord(units, a);
    for (int hops = 0; k >= 0 && hops < 4; hops++) {
      Unit w = units.get(k);
      if (w.is("que", "qu'")) {
        w.text = "than";
        return;
      }
      k = Units.nextWord(units, k);
    }
  }
}
