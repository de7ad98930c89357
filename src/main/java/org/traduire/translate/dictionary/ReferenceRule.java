package org.traduire.translate.dictionary;

import java.util.List;
import java.util.Set;

/**
 * Pronouns whose English depends on what they refer to: "qui" is "who" after a person and
 * "which" otherwise; "son/sa/ses" are "his"/"her" after a subject "il"/"elle" in the segment and
 * "its" otherwise; "il" before an impersonal verb (falloir, sembler…) is "it".
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
          subject = person(prev) ? "person" : null;
        }
      }
    }
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
