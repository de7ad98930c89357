package org.traduire.translate.dictionary;

import java.util.List;
import java.util.Map;

/**
 * French negation around the verb, {@code ne … pas} and friends: "ne" goes, "pas", "jamais",
 * "plus" become the verb's negation (rendered "does not", "never", "no longer" by the {@link
 * Inflector}); "rien", "personne", "aucun", "que" stay in place as "nothing", "nobody", "no",
 * "only". A lone "ne" negates pouvoir, savoir, oser and cesser, as in written French; elsewhere
 * it is expletive and dropped.
 */
final class NegationRule implements Rule {
  private static final Map<String, Negation> ADVERBS = Map.of("pas", Negation.NOT, "point", Negation.NOT,
      "jamais", Negation.NEVER, "plus", Negation.NO_LONGER, "guère", Negation.HARDLY);
  private static final Map<String, String> WORDS = Map.of("rien", "nothing", "personne", "nobody",
      "aucun", "no", "aucune", "no", "nul", "no", "nulle", "no", "que", "only", "qu'", "only",
      "nulle part", "nowhere", "ni", "neither");
  /** Verbs that written French negates with "ne" alone: "il ne pouvait contenir" → "could not contain". */
  private static final java.util.Set<String> LITERARY = java.util.Set.of("pouvoir", "savoir", "oser", "cesser");

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
      if (!negator(units, v, verb) && literary(units, v, verb)) {
        verb.negation = Negation.NOT;
      }
    }
  }

  /** "ne pouvait", or a compound tense of it: "n'a cessé". */
  private static boolean literary(List<Unit> units, int v, Unit verb) {
    if (LITERARY.contains(verb.lemma())) {
      return true;
    }
    Unit pp = Units.at(units, Units.nextWord(units, v));
    Reading participle = pp == null ? null : pp.findTense(Tense.PARTICIPLE);
    return verb.lemma().equals("avoir") && participle != null
        && LITERARY.contains(participle.entry().french());
  }

  private static boolean hasVerb(Unit u) {
    for (Reading r : u.readings) {
      if (r.verb()) {
        return true;
      }
    }
    return false;
  }

  /** Whether a second negative word was found after the verb. */
  private static boolean negator(List<Unit> units, int v, Unit verb) {
    int k = Units.nextWord(units, v);
    for (int hops = 0; k >= 0 && hops < 4; hops++) {
      Unit w = units.get(k);
      Negation n = ADVERBS.get(w.key);
      if (n != null) {
        verb.negation = n;
        w.delete();
        return true;
      }
      if (WORDS.containsKey(w.key)) {
        w.text = WORDS.get(w.key);
        return true;
      }
      if (w.key.startsWith("pas ") || w.key.startsWith("plus ") || w.key.startsWith("jamais ")) {
        return true;
      }
      boolean skippable = w.pos(Pos.ADV) || w.is("y", "en") || w.tense(Tense.PARTICIPLE)
          || w.pos(Pos.PRON) && !Disambiguator.SUBJECTS.contains(w.key);
      if (!skippable) {
        return false;
      }
      k = Units.nextWord(units, k);
    }
    return false;
  }
}
