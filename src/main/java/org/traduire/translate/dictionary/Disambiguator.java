package org.traduire.translate.dictionary;

import java.util.List;
import java.util.Set;

/**
 * Chooses one reading per unit from its neighbours, left to right: a finite verb after a subject
 * pronoun, a noun after a determiner, a past participle after avoir or être, an object pronoun
 * rather than an article before a verb. Ties keep the lexicon's order.
 */
final class Disambiguator {
  static final Set<String> SUBJECTS =
      Set.of("je", "j'", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles", "qui");
  static final Set<String> CLITICS = Set.of("me", "m'", "te", "t'", "se", "s'", "le", "la", "les",
      "l'", "lui", "leur", "y", "en", "nous", "vous");
  private static final Set<String> ARTICLE_OR_PRONOUN = Set.of("le", "la", "les", "l'");

  void apply(List<Unit> units) {
    for (int i = 0; i < units.size(); i++) {
      Unit u = units.get(i);
      if (u.readings.size() < 2) {
        continue;
      }
      Unit prev = Units.at(units, Units.prevWord(units, i));
      Unit next = Units.at(units, Units.nextWord(units, i));
      if (u.is("le", "la", "les", "l'", "leur") || u.is("en")) {
        clitic(u, prev, next, Units.at(units, next == null ? -1 : Units.nextWord(units, Units.nextWord(units, i))));
        continue;
      }
      Reading best = u.readings.get(0);
      double bestScore = Double.NEGATIVE_INFINITY;
      for (int k = 0; k < u.readings.size(); k++) {
        Reading r = u.readings.get(k);
        double s = score(r, units, i, prev, next) - 0.01 * k;
        if (s > bestScore) {
          bestScore = s;
          best = r;
        }
      }
      u.choose(best);
    }
  }

  private static void clitic(Unit u, Unit prev, Unit next, Unit afterNext) {
    if (next == null) {
      if (u.is("en")) {
        pick(u, Pos.PREP);
      }
      return;
    }
    boolean nextVerb = false;
    boolean nextNominal = false;
    boolean nextInfinitive = false;
    boolean nextNoun = false;
    for (Reading r : next.readings) {
      nextVerb |= r.finiteVerb();
      nextInfinitive |= r.tense(Tense.INFINITIVE);
      nextNoun |= r.pos() == Pos.N || r.pos() == Pos.ADJ || r.pos() == Pos.PROP;
      nextNominal |= r.pos() == Pos.N || r.pos() == Pos.ADJ || r.pos() == Pos.PROP || r.pos() == Pos.NUM
          || r.pos() == Pos.ADV || r.tense(Tense.INFINITIVE) || r.tense(Tense.PARTICIPLE);
    }
    // "pour le rapatrier", "peut le dire": an infinitive after a verb or one of the prepositions that
    // take one, and that is no noun, takes an object pronoun; "avec le lever du jour" stays a noun
    boolean governed = prev == null || prev.verb() || prev.pos(Pos.PHR) || prev.pos(Pos.ADV) || prev.is("de", "d'", "à", "pour", "sans", "par", "ne", "n'")
        || prev.key.endsWith(" de") || prev.key.endsWith(" d'") || prev.key.endsWith(" à") || subject(prev);
    boolean nounComplement = afterNext != null && afterNext.is("du", "des");
    if (nextInfinitive && !u.is("en") && governed && !nounComplement
        && (!nextNoun || prev != null && prev.finiteVerb() && !nextVerb)) {
      pick(u, Pos.PRON);
      return;
    }
    if (next.readings.isEmpty() || next.kind != Unit.Kind.WORD) {
      nextNominal = true;
    }
    boolean afterSubject = prev != null && (subject(prev) || prev.is("ne", "n'"));
    if (u.is("en")) {
      Reading gerund = next.findTense(Tense.GERUND);
      pick(u, nextVerb && (!nextNominal || afterSubject) && gerund == null ? Pos.PRON : Pos.PREP);
      return;
    }
    if (nextVerb && (!nextNominal || afterSubject)) {
      pick(u, Pos.PRON);
    } else {
      pick(u, Pos.DET);
    }
  }

  private static void pick(Unit u, Pos p) {
    Reading r = u.find(p);
    if (r != null) {
      u.choose(r);
    }
  }

  static boolean subject(Unit u) {
    return u.pos(Pos.PRON) && (SUBJECTS.contains(u.key) || u.is("ce", "c'", "cela", "ça", "ceci"));
  }

  private static double score(Reading r, List<Unit> units, int i, Unit prev, Unit next) {
    double s = 0;
    boolean afterDet = prev != null && (prev.pos(Pos.DET) || prev.pos(Pos.NUM) || prev.kind == Unit.Kind.NUMBER);
    boolean afterSubject = prev != null && (subject(prev) || prev.is("ne", "n'")
        || prev.pos(Pos.PRON) && CLITICS.contains(prev.key));
    boolean afterPrep = prev != null && prev.pos(Pos.PREP);
    boolean afterAux = aux(units, i);
    Pos p = r.pos();
    if (r.finiteVerb()) {
      if (afterSubject) {
        s += 3;
      }
      s += agreement(r.form(), units, i);
      if (afterDet || afterPrep) {
        s -= 3;
      }
      if (prev != null && prev.nounLike() && !afterDet) {
        s += 0.5;
      }
    } else if (r.tense(Tense.PARTICIPLE)) {
      if (afterAux) {
        s += 4;
      }
      if (afterDet) {
        s -= 1;
      }
    } else if (r.tense(Tense.INFINITIVE)) {
      if (afterPrep || prev != null && prev.finiteVerb()) {
        s += 1;
      }
    } else if (p == Pos.N || p == Pos.PROP) {
      if (afterDet || afterPrep) {
        s += 2;
      }
      if (afterSubject) {
        s -= 2;
      }
      if (afterAux) {
        s -= 1;
      }
    } else if (p == Pos.ADJ) {
      if (afterDet) {
        s += 1.5;
        if (next != null && !next.readings.isEmpty() && next.readings.get(0).pos() == Pos.N) {
          s += 1;
        }
      }
      if (prev != null && prev.nounLike()) {
        s += 1;
      }
      if (afterPrep && prev.is("de", "d'") && next != null && !next.readings.isEmpty()
          && next.readings.get(0).pos() == Pos.N) {
        s += 2.5; // "de nouvelles mesures": an adjective before its noun, not the noun "news"
      }
      if (afterAux) {
        s += afterBe(units, i) ? 4.5 : 2;
      }
    } else if (p == Pos.DET || p == Pos.PREP) {
      if (next != null && (next.kind == Unit.Kind.NUMBER || !next.readings.isEmpty()
          && nominalStart(next.readings.get(0).pos()))) {
        s += p == Pos.DET ? 2.5 : 1.5;
      } else if (p == Pos.DET && next != null && next.kind == Unit.Kind.WORD && (next.readings.isEmpty()
          || next.has(Pos.N))) {
        s += 2.5; // "par son chevet", "de son conseiller": a determiner, not the noun "sound"
      }
    } else if (p == Pos.ADV && next != null && !next.readings.isEmpty()) {
      Pos np = next.readings.get(0).pos();
      if (np == Pos.ADJ || np == Pos.ADV) {
        s += 0.5;
      }
    }
    return s;
  }

  private static boolean nominalStart(Pos p) {
    return p == Pos.N || p == Pos.ADJ || p == Pos.PROP || p == Pos.NUM || p == Pos.DET;
  }

  /** A small bonus when the verb's person and number match the nearest subject before it. */
  private static double agreement(Form f, List<Unit> units, int i) {
    int j = Units.prevWord(units, i);
    for (int hops = 0; j >= 0 && hops < 4; hops++) {
      Unit u = units.get(j);
      if (Disambiguator.subject(u) || u.nounLike()) {
        int person = 3;
        boolean plural = u.form.plural();
        switch (u.key) {
          case "je": case "j'": person = 1; plural = false; break;
          case "tu": person = 2; plural = false; break;
          case "nous": person = 1; plural = true; break;
          case "vous": person = 2; plural = true; break;
          case "ils": case "elles": plural = true; break;
          case "il": case "elle": case "on": case "qui": case "ce": case "c'": plural = false; break;
          default: break;
        }
        if (u.is("qui")) {
          return 0;
        }
        return f.person() == person && f.plural() == plural ? 0.3 : 0;
      }
      if (!u.pos(Pos.PRON) && !u.pos(Pos.ADV) && !u.is("ne", "n'")) {
        return 0;
      }
      j = Units.prevWord(units, j);
    }
    return 0;
  }

  /** Whether the word before, skipping adverbs, is a form of être: "est nuancé" is an adjective. */
  private static boolean afterBe(List<Unit> units, int i) {
    int j = Units.prevWord(units, i);
    while (j >= 0 && (units.get(j).pos(Pos.ADV) || units.get(j).is("pas", "plus", "jamais"))) {
      j = Units.prevWord(units, j);
    }
    return j >= 0 && units.get(j).verb() && units.get(j).lemma().equals("être");
  }

  /** Whether the unit follows a form of avoir or être, maybe with adverbs in between. */
  static boolean aux(List<Unit> units, int i) {
    int j = Units.prevWord(units, i);
    int hops = 0;
    while (j >= 0 && hops < 3) {
      Unit u = units.get(j);
      if (u.verb() && (u.lemma().equals("avoir") || u.lemma().equals("être"))) {
        return true;
      }
      if (!u.pos(Pos.ADV) && !u.is("pas", "plus", "jamais", "ne", "n'")) {
        return false;
      }
      j = Units.prevWord(units, j);
      hops++;
    }
    return false;
  }
}
