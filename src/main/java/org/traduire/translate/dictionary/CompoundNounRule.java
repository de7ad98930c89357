package org.traduire.translate.dictionary;

import java.util.List;
import java.util.Set;

/**
 * "Noun de noun" without an article is an English compound noun: "modèle d'IA" → "AI model",
 * "restrictions d'exportation" → "export restrictions", "taux de croissance" → "growth rate".
 * Quantities ("millions de", "tonnes de") and nouns followed by their own complement or adjective
 * keep the "of" reading.
 */
final class CompoundNounRule implements Rule {
  private static final Set<String> QUANTITY = Set.of("million", "billion", "thousand", "hundred",
      "ten", "dozen", "number", "majority", "minority", "lot", "ton", "tonne", "litre", "kilo",
      "kilogram", "metre", "kilometre", "half", "third", "quarter", "part", "rest", "set", "series",
      "group", "type", "kind", "sort", "form", "lack", "absence", "need", "end", "beginning",
      "middle", "share", "percentage", "proportion", "amount", "quantity", "total", "sum", "list",
      "range", "wave", "flood", "cup", "glass", "bottle", "piece", "bit", "day", "year", "month",
      "week", "hour", "minute", "time", "moment", "period", "decade", "century", "score");

  @Override
  public void apply(List<Unit> units) {
    for (int i = 0; i < units.size(); i++) {
      Unit head = units.get(i);
      if (head.deleted || !head.pos(Pos.N) || QUANTITY.contains(head.english) || head.english.contains(" ")) {
        continue;
      }
      int d = Units.nextWord(units, i);
      if (d < 0 || !units.get(d).is("de", "d'") || units.get(d).text != null) {
        continue;
      }
      int m = Units.nextWord(units, d);
      if (m != d + 1) {
        continue;
      }
      Unit modifier = units.get(m);
      if (!modifier.pos(Pos.N) || modifier.english.isEmpty() || Character.isUpperCase(modifier.source.charAt(0))
          && !modifier.reading.entry().capitalised()) {
        continue;
      }
      Unit after = Units.at(units, Units.nextWord(units, m));
      if (after != null && (after.pos(Pos.ADJ) || after.tense(Tense.PARTICIPLE) || after.is("de", "d'")
          || after.is("et", "ou") || after.pos(Pos.N))) {
        continue;
      }
      modifier.form = modifier.form.withPlural(false);
      modifier.modifier = true;
      units.get(d).delete();
      AdjectiveOrderRule.reorder(units, i, m, List.of(modifier, head));
      i = m;
    }
  }
}
