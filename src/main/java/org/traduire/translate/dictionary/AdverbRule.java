package org.traduire.translate.dictionary;

import java.util.List;
import java.util.Set;

/**
 * French puts adverbs after the verb, English before it or after its first auxiliary: "façonnera
 * sans aucun doute l'avenir" → "will undoubtedly shape the future".
 */
final class AdverbRule implements Rule {
  private static final Set<String> MOVABLE = Set.of("also", "still", "already", "always", "never",
      "often", "sometimes", "even", "undoubtedly", "probably", "just", "soon", "rarely", "certainly",
      "clearly", "gradually", "usually", "generally", "finally", "recently", "quickly", "largely",
      "really", "actually", "currently", "mainly", "indeed", "now", "then", "quite", "mostly");

  @Override
  public void apply(List<Unit> units) {
    for (int i = 0; i < units.size(); i++) {
      Unit verb = units.get(i);
      if (verb.deleted || !verb.verb() || !(verb.finiteVerb() || verb.tense(Tense.INFINITIVE))) {
        continue;
      }
      int a = Units.nextWord(units, i);
      if (a < 0) {
        continue;
      }
      Unit adverb = units.get(a);
      if (!(adverb.pos(Pos.ADV) || adverb.pos(Pos.PHR)) || adverb.text != null || !movable(adverb.english)) {
        continue;
      }
      Unit object = Units.at(units, Units.nextWord(units, a));
      if (object == null || !verb.adverb.isEmpty()) {
        continue;
      }
      verb.adverb = adverb.english;
      adverb.delete();
    }
  }

  private static boolean movable(String english) {
    return MOVABLE.contains(english) || english.endsWith("ly") && english.indexOf(' ') < 0
        && !english.equals("only");
  }
}
