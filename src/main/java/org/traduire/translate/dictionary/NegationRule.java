package org.traduire.translate.dictionary;

import java.util.List;
import java.util.Map;

/**
 * French negation around the verb, {@code ne … pas} and friends: "ne" goes, "pas", "jamais",
 * "plus" become the verb's negation (rendered "does not", "never", "no longer" by the {@link
 * Inflector}); "rien", "personne", "aucun", "que" stay in place as "nothing", "nobody", "no",
 * "only". A lone expletive "ne" is dropped.
 */
final class NegationRule implements Rule {
  private static final Map<String, Negation> ADVERBS = Map.of("pas", Negation.NOT, "point", Negation.NOT,
      "jamais", Negation.NEVER, "plus", Negation.NO_LONGER, "guère", Negation.HARDLY);
  private static final Map<String, String> WORDS = Map.of("rien", "nothing", "personne", "nobody",
      "aucun", "no", "aucune", "no", "nul", "no", "nulle", "no", "que", "only", "qu'", "only",
      "nulle part", "nowhere", "ni", "neither");

  @Override
  public void apply(List<Unit> units) {
    for (int i = 0; i < units.size(); i++) {
      Unit ne = units.get(i);
      if (ne.deleted || !ne.is("ne", "n'")) {
        continue;
      }
      ne.delete();
      int j = Units.nextWord(units, i);
      if (j < 0) {
        continue;
      }
      Unit first = units.get(j);
      if (ADVERBS.containsKey(first.key)) {
        first.text = ADVERBS.get(first.key).word;
        continue;
      }
      if (WORDS.containsKey(first.key)) {
        first.text = WORDS.get(first.key);
        continue;
      }
      int v = j;
      for (int hops = 0; v >= 0 && hops < 3 && !hasVerb(units.get(v)); hops++) {
        Unit u = units.get(v);
        if (!Disambiguator.CLITICS.contains(u.key)) {
          v = -1;
          break;
        }
        v = Units.nextWord(units, v);
      }
      if (v < 0 || !hasVerb(units.get(v))) {
        continue;
      }
      Unit verb = units.get(v);
      if (!verb.finiteVerb()) {
        for (Reading r : verb.readings) {
          if (r.finiteVerb()) {
            verb.choose(r);
            break;
          }
        }
      }
      negator(units, v, verb);
    }
  }

  private static boolean hasVerb(Unit u) {
    for (Reading r : u.readings) {
      if (r.verb()) {
        return true;
      }
    }
    return false;
  }

  private static void negator(List<Unit> units, int v, Unit verb) {
    int k = Units.nextWord(units, v);
    for (int hops = 0; k >= 0 && hops < 4; hops++) {
      Unit w = units.get(k);
      Negation n = ADVERBS.get(w.key);
      if (n != null) {
        verb.negation = n;
        w.delete();
        return;
      }
      if (WORDS.containsKey(w.key)) {
        w.text = WORDS.get(w.key);
        return;
      }
      if (w.key.startsWith("pas ") || w.key.startsWith("plus ") || w.key.startsWith("jamais ")) {
        return;
      }
      boolean skippable = w.pos(Pos.ADV) || w.is("y", "en") || w.tense(Tense.PARTICIPLE)
          || w.pos(Pos.PRON) && !Disambiguator.SUBJECTS.contains(w.key);
      if (!skippable) {
        return;
      }
      k = Units.nextWord(units, k);
    }
  }
}
