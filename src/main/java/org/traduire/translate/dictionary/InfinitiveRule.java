package org.traduire.translate.dictionary;

import java.util.List;
import java.util.Set;

/**
 * Infinitives after prepositions and verbs: "de/à/pour faire" → "to do", "sans/par faire" →
 * "without/by doing", "veut faire" → "wants to do", "va faire" → "is going to do"; modals and
 * verbs of perception or causation take the bare infinitive ("peut faire" → "can do").
 */
final class InfinitiveRule implements Rule {
  private static final Set<String> BARE = Set.of("pouvoir", "devoir", "faire", "laisser", "voir",
      "entendre", "falloir", "aller", "sentir", "regarder", "écouter");

  /** Verbs whose English changes before an infinitive: "compte recruter" → "plans to recruit". */
  private static final java.util.Map<String, String> BEFORE_INFINITIVE = java.util.Map.of(
      "compter", "plan", "penser", "intend", "chercher", "seek", "arriver", "manage",
      "venir", "come", "savoir", "know how");

  /** Adjectives and nouns whose "de" + infinitive is "of" + -ing in English ("capable de raisonner"). */
  private static final Set<String> OF_ING = Set.of("capable", "incapable", "fier", "responsable",
      "coupable", "conscient", "accusé", "soupçonné", "idée", "façon", "manière", "moyen", "risque",
      "peur", "crainte", "espoir", "possibilité", "habitude", "fait", "chance", "coût");

  @Override
  public void apply(List<Unit> units) {
    for (int i = 0; i < units.size(); i++) {
      Unit v = units.get(i);
      if (!v.deleted && v.tense(Tense.GERUND)) {
        Unit en = Units.at(units, Units.prevWord(units, i));
        if (en != null && en.is("en") && en.text == null) {
          en.text = "by";
        }
        continue;
      }
      if (v.deleted || !(v.tense(Tense.INFINITIVE) || v.tense(Tense.PERFECT_INFINITIVE))) {
        continue;
      }
      int p = Units.prevWord(units, i);
      for (int hops = 0; p >= 0 && hops < 2 && (units.get(p).pos(Pos.ADV) || units.get(p).text != null
          && units.get(p).text.equals("not")); hops++) {
        p = Units.prevWord(units, p);
      }
      if (p < 0) {
        continue;
      }
      Unit prev = units.get(p);
      if (prev.pos(Pos.PREP) || prev.pos(Pos.PHR) && prev.english.endsWith(" of")) {
        String en = prev.text != null ? prev.text : prev.english;
        Unit governor = Units.at(units, Units.prevWord(units, p));
        if (prev.is("de", "d'") && governor != null && OF_ING.contains(governor.lemma())) {
          v.form = v.form.withTense(Tense.GERUND);
        } else if (prev.is("de", "d'", "à", "pour")) {
          prev.text = "to";
        } else if (!en.equals("to") && !en.endsWith(" to")) {
          v.form = v.form.withTense(v.tense(Tense.PERFECT_INFINITIVE) ? Tense.PERFECT_GERUND : Tense.GERUND);
        }
      } else if (prev.verb()) {
        String lemma = prev.lemma();
        if (lemma.equals("aller") && (prev.tense(Tense.PRESENT) || prev.tense(Tense.IMPERFECT))) {
          prev.english = "be going to";
        } else if (!BARE.contains(lemma) && !prev.english.endsWith(" to") && !prev.english.equals("can")
            && !prev.english.equals("must")) {
          if (BEFORE_INFINITIVE.containsKey(lemma) && prev.reading.entry().french().equals(lemma)) {
            prev.english = BEFORE_INFINITIVE.get(lemma);
          }
          v.prefix = "to ";
        }
      }
    }
  }
}
