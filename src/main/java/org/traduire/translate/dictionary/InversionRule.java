package org.traduire.translate.dictionary;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Subject-verb inversion with a hyphen goes back to subject-verb order, so that the later rules
 * see an ordinary clause: "Pourquoi a-t-il quitté" → "Pourquoi il a quitté", "N'êtes-vous pas" →
 * "vous n'êtes pas", "dit-il" → "il dit". In a question the subject is marked for {@link
 * QuestionRule}; after a noun ("Le gouvernement va-t-il réagir ?") the pronoun only repeats the
 * noun and goes, and the noun phrase is marked instead.
 */
final class InversionRule implements Rule {
  private static final Set<String> PRONOUNS = Set.of("je", "tu", "il", "elle", "on", "nous", "vous",
      "ils", "elles", "ce");
  /** Pronouns that after a hyphen may also be an imperative's object ("dépêchez-vous !"). */
  private static final Set<String> AMBIGUOUS = Set.of("nous", "vous");

  @Override
  public void apply(List<Unit> units) {
    for (int v = 0; v + 2 < units.size(); v++) {
      Unit verb = units.get(v);
      if (verb.deleted || !verb.finiteVerb() || !hyphen(units.get(v + 1))) {
        continue;
      }
      int p = v + 2;
      if (p + 1 < units.size() && units.get(p).is("t") && hyphen(units.get(p + 1))) {
        p += 2;
      }
      if (p >= units.size() || !PRONOUNS.contains(units.get(p).key) || !units.get(p).before.isEmpty()) {
        continue;
      }
      Unit pronoun = units.get(p);
      boolean question = question(units, p) && !incise(units, v);
      if (AMBIGUOUS.contains(pronoun.key) && !question) {
        continue;
      }
      for (int k = v + 1; k < p; k++) {
        units.get(k).delete();
      }
      int from = v;
      for (int k = Units.prevWord(units, v); k >= 0 && (units.get(k).is("ne", "n'")
          || Disambiguator.CLITICS.contains(units.get(k).key) && units.get(k).pos(Pos.PRON)); k = Units.prevWord(units, k)) {
        from = k;
      }
      int np = nounPhrase(units, from);
      if (np >= 0 && !clauseStart(units, np)) {
        np = -1; // "Combien de temps stationnera-t-il": the noun is no subject
      }
      if (np >= 0 && !pronoun.is("ce")) {
        pronoun.delete();
        units.get(np).question = question;
      } else {
        List<Unit> order = new ArrayList<>();
        order.add(pronoun);
        for (int k = from; k < p; k++) {
          if (!units.get(k).deleted) {
            order.add(units.get(k));
          }
        }
        AdjectiveOrderRule.reorder(units, from, p, order);
        pronoun.question = question;
      }
      v = p;
    }
  }

  /** "« Savez-vous … », ajouta-t-il": a verb of saying after a comma or quotation mark. */
  private static boolean incise(List<Unit> units, int v) {
    for (int k = v - 1; k >= 0; k--) {
      Unit u = units.get(k);
      if (u.deleted) {
        continue;
      }
      return u.kind == Unit.Kind.PUNCT && (u.source.equals(",") || "»”\"".contains(u.source));
    }
    return false;
  }

  /** Whether a noun phrase starting at {@code i} can be a subject: first in its clause or after a question word. */
  private static boolean clauseStart(List<Unit> units, int i) {
    int p = Units.prevWord(units, i);
    if (p < 0 || units.get(p).pos(Pos.ADV) || units.get(p).pos(Pos.CONJ)) {
      return true;
    }
    // "Combien de salariés l'usine emploie-t-elle", "Quel prix la banque propose-t-elle"
    while (p >= 0 && (units.get(p).nounLike() || units.get(p).pos(Pos.ADJ))) {
      p = Units.prevWord(units, p);
    }
    return p >= 0 && units.get(p).is("combien de", "combien d'", "quel", "quelle", "quels", "quelles");
  }

  private static boolean hyphen(Unit u) {
    return u.kind == Unit.Kind.PUNCT && u.source.equals("-") && u.before.isEmpty();
  }

  /** Whether the sentence ends with a question mark. */
  static boolean question(List<Unit> units, int i) {
    for (int k = i + 1; k < units.size(); k++) {
      Unit u = units.get(k);
      if (u.kind == Unit.Kind.PUNCT && !u.source.isEmpty() && ".!?…".indexOf(u.source.charAt(0)) >= 0) {
        return u.source.startsWith("?");
      }
    }
    return false;
  }

  /** The first unit of a noun phrase that ends right before {@code i}, or -1. */
  private static int nounPhrase(List<Unit> units, int i) {
    int k = Units.prevWord(units, i);
    if (k < 0 || !units.get(k).nounLike() || units.get(k).is("pourquoi", "comment", "où", "quand")) {
      return -1;
    }
    int start = k;
    for (k = Units.prevWord(units, k); k >= 0; k = Units.prevWord(units, k)) {
      Unit u = units.get(k);
      if (!(u.nounLike() || u.pos(Pos.ADJ) || u.pos(Pos.DET))) {
        break;
      }
      start = k;
      if (u.pos(Pos.DET)) {
        break;
      }
    }
    return start;
  }
}
