package org.traduire.translate.dictionary;

import java.util.List;
import java.util.Set;

/**
 * Pronouns whose English depends on what they refer to: "qui" is "who" after a person and
 * "which" otherwise; "son/sa/ses" are "his"/"her" after a subject "il"/"elle" or a person whose
 * determiner or title shows the gender ("la directrice", "Mr. Fogg"), "their" after other persons
 * and "its" otherwise; "il" before an impersonal verb (falloir, sembler…) is "it".
 */
final class ReferenceRule implements Rule {
  private static final Set<String> PERSONS = Set.of("people", "person", "man", "woman", "CEO",
      "president", "minister", "researcher", "expert", "user", "employee", "official", "leader",
      "analyst", "investor", "worker", "engineer", "scientist", "student", "journalist", "author",
      "director", "founder", "customer", "citizen", "resident", "child", "professor", "doctor",
      "member", "executive", "spokesperson", "candidate", "voter", "developer", "manager", "boss",
      "chairman", "senator", "deputy", "judge", "lawyer", "player", "coach", "artist", "writer");
  private static final Set<String> IMPERSONAL = Set.of("falloir", "sembler", "pleuvoir", "exister",
      "paraître", "suffire", "importer", "valoir", "manquer", "s'agir");
  private static final Set<String> POSSESSIVES = Set.of("son", "sa", "ses");

  @Override
  public void apply(List<Unit> units) {
    String subject = null;
    for (int i = 0; i < units.size(); i++) {
      Unit u = units.get(i);
      if (u.deleted || u.kind != Unit.Kind.WORD) {
        continue;
      }
      if (u.is("il", "elle") && u.pos(Pos.PRON)) {
        Unit verb = Units.at(units, Units.nextWord(units, i));
        if (u.is("il") && verb != null && verb.verb() && (IMPERSONAL.contains(verb.lemma()) || impersonalBe(units, i))) {
          u.text = "it";
        } else {
          subject = u.key;
        }
      } else if (u.is("qui") && u.pos(Pos.PRON)) {
        if (person(units, i)) {
          u.text = "who";
        }
      } else if (POSSESSIVES.contains(u.key) && u.pos(Pos.DET) && subject != null) {
        u.text = subject.equals("il") ? "his" : subject.equals("elle") ? "her" : "their";
      } else if (u.finiteVerb()) {
        int p = Units.prevWord(units, i);
        while (p >= 0 && (units.get(p).pos(Pos.ADJ) || units.get(p).pos(Pos.ADV))) {
          p = Units.prevWord(units, p);
        }
        Unit prev = Units.at(units, p);
        if (prev != null && prev.nounLike()) {
          subject = person(prev) || named(units, p) ? gender(units, p) : null;
        }
      }
    }
  }

  private static final Set<String> MASCULINE = Set.of("le", "un", "ce", "cet", "du", "au", "m", "mr",
      "monsieur", "sir", "lord");
  private static final Set<String> FEMININE = Set.of("la", "une", "cette", "mme", "mrs", "mlle",
      "miss", "madame", "mademoiselle", "lady");

  /**
   * "il" or "elle" for a person whose determiner or title shows the gender ("le directeur", "la
   * directrice", "Mme Dupont"), else "person" (English "their").
   */
  private static String gender(List<Unit> units, int noun) {
    for (int j = noun - 1; j >= 0 && j >= noun - 6; j--) {
      Unit u = units.get(j);
      if (u.kind == Unit.Kind.PUNCT && !u.source.equals(".") || u.pos(Pos.V)) {
        break;
      }
      if (MASCULINE.contains(u.key)) {
        return "il";
      }
      if (FEMININE.contains(u.key)) {
        return "elle";
      }
    }
    return "person";
  }

  /** A name after a title ("Mr. Fogg", "Mme Dupont") or of two capitalised words ("Phileas Fogg"). */
  private static boolean named(List<Unit> units, int k) {
    if (!capitalised(units.get(k))) {
      return false;
    }
    Unit before = Units.at(units, Units.prevWord(units, k));
    if (before != null && capitalised(before)) {
      return true;
    }
    for (int j = k - 1; j >= 0 && j >= k - 3; j--) {
      Unit u = units.get(j);
      if (MASCULINE.contains(u.key) && u.source.length() > 1 && Character.isUpperCase(u.source.charAt(0))
          || FEMININE.contains(u.key) && Character.isUpperCase(u.source.charAt(0))) {
        return true;
      }
    }
    return false;
  }

  /** An unknown word written like a personal name: "Fogg", not "NVIDIA" or "H100". */
  private static boolean capitalised(Unit u) {
    if (u.kind != Unit.Kind.WORD || u.reading != null || Matcher.Shape.of(u.source) != Matcher.Shape.CAPITAL) {
      return false;
    }
    for (int k = 0; k < u.source.length(); k++) {
      if (!Character.isLetter(u.source.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /** "Il est possible que", "il n'est pas certain de": être, an adjective, then que or de. */
  private static boolean impersonalBe(List<Unit> units, int i) {
    int v = Units.nextWord(units, i);
    if (v < 0 || !units.get(v).lemma().equals("être")) {
      return false;
    }
    int a = Units.nextWord(units, v);
    while (a >= 0 && units.get(a).pos(Pos.ADV)) {
      a = Units.nextWord(units, a);
    }
    if (a < 0 || !units.get(a).pos(Pos.ADJ)) {
      return false;
    }
    Unit after = Units.at(units, Units.nextWord(units, a));
    return after != null && after.is("que", "qu'", "de", "d'");
  }

  private static boolean person(List<Unit> units, int i) {
    for (int j = i - 1; j >= 0 && j >= i - 2; j--) {
      Unit u = units.get(j);
      if (u.deleted || u.source.equals(",")) {
        continue;
      }
      if (u.kind != Unit.Kind.WORD) {
        return false;
      }
      if (u.reading == null) {
        return u.source.length() >= 3 && Matcher.Shape.of(u.source) == Matcher.Shape.CAPITAL
            && u.source.chars().allMatch(Character::isLetter);
      }
      return person(u) || u.pos(Pos.PRON) && u.is("celui", "ceux", "celle", "celles");
    }
    return false;
  }

  /** A noun for a person: "CEO", "researcher"… */
  static boolean person(Unit noun) {
    return noun.pos(Pos.N) && PERSONS.contains(noun.english);
  }
}
