package org.traduire.translate.dictionary;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Object pronouns that French puts before the verb go after it in English ("il les a vus" → "he
 * saw them"); reflexive "se", and "y" and "en" before a verb, are dropped.
 */
final class CliticRule implements Rule {
  private static final Map<String, String> OBJECTS = Map.of("le", "it", "la", "it", "l'", "it",
      "les", "them", "lui", "him", "leur", "them", "me", "me", "m'", "me", "te", "you", "t'", "you");
  private static final Set<String> DROPPED = Set.of("se", "s'", "y", "en");
  private static final Map<String, String> SAME_PERSON = Map.of("me", "je", "m'", "je", "te", "tu",
      "t'", "tu", "nous", "nous", "vous", "vous");

  @Override
  public void apply(List<Unit> units) {
    for (int i = 0; i < units.size(); i++) {
      Unit u = units.get(i);
      if (u.deleted || !u.pos(Pos.PRON) || !Disambiguator.CLITICS.contains(u.key)) {
        continue;
      }
      int v = verbAfter(units, i);
      if (v < 0) {
        continue;
      }
      Unit prev = Units.at(units, Units.prevWord(units, i));
      if (u.is("nous", "vous") && (prev == null || !Disambiguator.subject(prev) && !prev.is("ne", "n'"))) {
        continue;
      }
      if (DROPPED.contains(u.key) || prev != null && u.key.length() <= 4
          && prev.key.equals(SAME_PERSON.get(u.key))) {
        u.delete();
        continue;
      }
      String object = OBJECTS.getOrDefault(u.key, u.is("nous") ? "us" : "you");
      Unit verb = units.get(v);
      verb.suffix = verb.suffix + " " + object;
      u.delete();
    }
  }

  /** The verb the clitic at {@code i} belongs to, skipping other clitics, or -1. */
  private static int verbAfter(List<Unit> units, int i) {
    int j = Units.nextWord(units, i);
    for (int hops = 0; j >= 0 && hops < 3; hops++) {
      Unit u = units.get(j);
      if (u.verb()) {
        return j;
      }
      if (!Disambiguator.CLITICS.contains(u.key) && !u.pos(Pos.ADV)) {
        return -1;
      }
      j = Units.nextWord(units, j);
    }
    return -1;
  }
}
