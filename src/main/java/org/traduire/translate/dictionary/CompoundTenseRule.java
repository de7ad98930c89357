package org.traduire.translate.dictionary;

import java.util.List;
import java.util.Set;

/**
 * Folds avoir/être + past participle into one verb: "a dévoilé" becomes a simple past
 * ("revealed"), "avait" + participle a pluperfect, "aura" a future perfect, "aurait" a conditional
 * perfect. Être followed by the participle of a verb of motion or a pronominal verb is a compound
 * tense too; otherwise être + participle stays a passive ("is published").
 */
final class CompoundTenseRule implements Rule {
  private static final Set<String> ETRE_VERBS = Set.of("aller", "venir", "devenir", "revenir",
      "arriver", "partir", "repartir", "entrer", "rentrer", "sortir", "naître", "mourir", "rester",
      "tomber", "retourner", "monter", "descendre", "passer", "parvenir", "intervenir",
      "survenir", "décéder", "apparaître", "provenir");

  @Override
  public void apply(List<Unit> units) {
    for (int i = 0; i < units.size(); i++) {
      Unit aux = units.get(i);
      if (aux.deleted || !aux.verb()) {
        continue;
      }
      String lemma = aux.lemma();
      if (!lemma.equals("avoir") && !lemma.equals("être")) {
        continue;
      }
      int k = Units.nextWord(units, i);
      for (int hops = 0; k >= 0 && hops < 3 && units.get(k).pos(Pos.ADV); hops++) {
        k = Units.nextWord(units, k);
      }
      if (k < 0) {
        continue;
      }
      Unit pp = units.get(k);
      Reading participle = pp.findTense(Tense.PARTICIPLE);
      if (participle == null || pp.verb() && !pp.tense(Tense.PARTICIPLE)) {
        continue;
      }
      if (lemma.equals("être") && !ETRE_VERBS.contains(participle.entry().french())
          && !reflexive(units, i)) {
        if (!pp.pos(Pos.ADJ)) {
          pp.choose(participle);
        }
        continue;
      }
      Tense t = compound(aux.form.tense());
      if (t == null) {
        continue;
      }
      pp.choose(participle);
      pp.form = new Form(t, aux.form.person(), aux.form.plural());
      pp.negation = aux.negation;
      aux.delete();
    }
  }

  private static boolean reflexive(List<Unit> units, int i) {
    for (int j = i - 1; j >= 0 && j >= i - 3; j--) {
      Unit u = units.get(j);
      if (u.is("se", "s'", "me", "m'", "te", "t'")) {
        return true;
      }
      if (!u.deleted && !u.pos(Pos.PRON) && !u.is("ne", "n'")) {
        return false;
      }
    }
    return false;
  }

  private static Tense compound(Tense aux) {
    switch (aux) {
      case PRESENT:
      case PAST:
      case SUBJUNCTIVE:
        return Tense.PAST;
      case IMPERFECT:
        return Tense.PLUPERFECT;
      case FUTURE:
        return Tense.FUTURE_PERFECT;
      case CONDITIONAL:
        return Tense.CONDITIONAL_PERFECT;
      case INFINITIVE:
        return Tense.PERFECT_INFINITIVE;
      case GERUND:
        return Tense.PERFECT_GERUND;
      default:
        return null;
    }
  }
}
