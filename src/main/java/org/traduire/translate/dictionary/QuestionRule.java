package org.traduire.translate.dictionary;

import java.util.List;
import java.util.Set;

/**
 * English questions put an auxiliary before the subject: "Pourquoi a-t-il quitté Paris ?" → "Why
 * did he leave Paris?", "Ne pouvait-il attendre ?" → "Could he not wait?", "Est-ce que le
 * gouvernement va réagir ?" → "Is the government going to react?". Runs last, on the verb phrase the
 * other rules have settled; the subject was marked by {@link InversionRule} or follows "est-ce que".
 */
final class QuestionRule implements Rule {
  private static final Set<String> AUXILIARIES = Set.of("am", "is", "are", "was", "were", "has",
      "have", "had", "will", "would", "can", "could", "must", "should", "may", "might", "does", "do",
      "did", "cannot");

  private final Inflector inflector;

  QuestionRule(Inflector inflector) {
    this.inflector = inflector;
  }

  @Override
  public void apply(List<Unit> units) {
    for (int i = 0; i < units.size(); i++) {
      Unit u = units.get(i);
      if (u.deleted) {
        continue;
      }
      if (u.question) {
        invert(units, i, u, false);
      } else if (u.is("est-ce que", "qu'est-ce que") && u.pos(Pos.PHR) && InversionRule.question(units, i)) {
        invert(units, i, u, true);
      }
    }
  }

  private void invert(List<Unit> units, int slot, Unit subject, boolean estCeQue) {
    int v = Units.nextWord(units, slot);
    for (int hops = 0; v >= 0 && hops < 6 && !units.get(v).finiteVerb(); hops++) {
      v = Units.nextWord(units, v);
    }
    if (v < 0 || units.get(v).text != null || units.get(v).tense(Tense.IMPERATIVE)) {
      return;
    }
    Unit verb = units.get(v);
    if (verb.negation != Negation.NONE && verb.negation != Negation.NOT) {
      return;
    }
    String phrase = inflector.verb(verb.english, verb.form, verb.negation);
    int space = phrase.indexOf(' ');
    String first = space < 0 ? phrase : phrase.substring(0, space);
    String aux;
    String rest;
    if (first.equals("cannot")) {
      aux = "can";
      rest = "not" + (space < 0 ? "" : phrase.substring(space));
    } else if (AUXILIARIES.contains(first)) {
      aux = first;
      rest = space < 0 ? "" : phrase.substring(space + 1);
    } else {
      boolean past = verb.tense(Tense.PAST) || verb.tense(Tense.IMPERFECT);
      aux = past ? "did" : verb.form.thirdSingular() ? "does" : "do";
      rest = verb.english;
    }
    if (!verb.adverb.isEmpty()) {
      rest = verb.adverb + (rest.isEmpty() ? "" : " " + rest);
    }
    if (estCeQue) {
      // the phrase itself becomes the auxiliary: "qu'est-ce que vous voulez" → "what do you want"
      subject.text = subject.english.isEmpty() ? aux : subject.english + " " + aux;
    } else {
      subject.prefix = aux + " " + subject.prefix;
    }
    verb.text = rest;
  }
}
