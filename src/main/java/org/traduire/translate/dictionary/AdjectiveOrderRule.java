package org.traduire.translate.dictionary;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Moves adjectives that follow their noun in French before it in English: "le laboratoire
 * chinois" → "the Chinese laboratory", "intelligence artificielle générale" → "general artificial
 * intelligence", "GPU puissants et rapides" → "powerful and fast GPUs". An adjective with a
 * complement ("capable de", "similaire à") stays after the noun, as in English.
 */
final class AdjectiveOrderRule implements Rule {
  /** Adjectives that take a complement ("capable de", "similaire à") and then stay after the noun. */
  private static final Set<String> COMPLEMENTED = Set.of("capable", "incapable", "susceptible",
      "responsable", "similaire", "semblable", "proche", "plein", "fier", "sûr", "prêt", "nécessaire",
      "utile", "conforme", "lié", "relatif", "apte", "désireux", "soucieux", "dépendant", "supérieur",
      "inférieur", "égal", "équivalent", "comparable", "identique", "différent", "contraire",
      "favorable", "hostile", "fidèle", "sensible", "propre", "accessible", "disponible", "ouvert",
      "exposé", "vulnérable", "riche", "pauvre", "digne", "libre", "coupable", "conscient", "difficile",
      "facile", "important", "essentiel", "spécifique", "propice", "étranger", "opposé", "complémentaire",
      "indispensable", "nuisible", "satisfait", "content", "heureux", "inquiet", "éloigné", "loin");
  private static final Set<String> COMPLEMENT = Set.of("de", "d'", "à", "au", "aux", "du", "des", "que",
      "qu'", "pour", "envers", "en");

  @Override
  public void apply(List<Unit> units) {
    for (int i = 0; i < units.size(); i++) {
      Unit noun = units.get(i);
      if (noun.deleted || !head(units, i)) {
        continue;
      }
      List<Integer> adjectives = new ArrayList<>();
      int and = -1;
      int j = Units.nextWord(units, i);
      while (j >= 0 && adjectives.size() < 3) {
        Unit a = units.get(j);
        if (adjective(a) && (adjectives.isEmpty() || !participial(a))) {
          adjectives.add(j);
        } else if (a.is("et") && adjectives.size() == 1 && and < 0) {
          int k = Units.nextWord(units, j);
          if (k < 0 || !adjective(units.get(k))) {
            break;
          }
          and = j;
        } else {
          break;
        }
        j = Units.nextWord(units, j);
      }
      if (and >= 0 && adjectives.size() < 2) {
        and = -1; // "et" was not followed by an adjective that could move: no pair to keep
      }
      if (adjectives.isEmpty() || !agrees(noun, units, adjectives)) {
        continue;
      }
      int last = adjectives.get(adjectives.size() - 1);
      Unit lastAdjective = units.get(last);
      int a = nextLive(units, last);
      Unit after = a < 0 ? null : units.get(a);
      if (after != null && after.kind == Unit.Kind.WORD && COMPLEMENT.contains(after.key)
          && COMPLEMENTED.contains(lastAdjective.lemma())) {
        continue;
      }
      boolean genitive = after != null && after.is("de", "d'", "du", "des") && !lastAdjective.verb();
      if (participial(lastAdjective) && !genitive && (adjectives.size() > 1 || !participleMay(after))) {
        continue;
      }
      List<Unit> order = new ArrayList<>();
      if (and >= 0) {
        order.add(units.get(adjectives.get(0)));
        order.add(units.get(and));
        order.add(units.get(adjectives.get(1)));
      } else {
        for (int k = adjectives.size() - 1; k >= 0; k--) {
          order.add(units.get(adjectives.get(k)));
        }
      }
      int from = i;
      for (int p = Units.prevWord(units, i); p >= 0 && NameOrderRule.name(units.get(p)); p = Units.prevWord(units, p)) {
        from = p;
      }
      for (int k = from; k <= i; k++) {
        if (!units.get(k).deleted) {
          order.add(units.get(k));
        }
      }
      reorder(units, from, last, order);
      i = last;
    }
  }

  /** A past participle, or an adjective formed like one ("marqué", "limitées"). */
  private static boolean participial(Unit a) {
    return a.verb() || a.key.endsWith("é") || a.key.endsWith("ée") || a.key.endsWith("és") || a.key.endsWith("ées");
  }

  private static int nextLive(List<Unit> units, int i) {
    for (int j = i + 1; j < units.size(); j++) {
      if (!units.get(j).deleted) {
        return j;
      }
    }
    return -1;
  }

  /**
   * A past participle after a noun moves before it only when nothing follows it ("les actions
   * évoquées ici", "une période marquée par" keep their order).
   */
  private static boolean participleMay(Unit after) {
    if (after == null) {
      return true;
    }
    if (after.kind == Unit.Kind.PUNCT) {
      return after.source.isEmpty() || ",.;:)!?".indexOf(after.source.charAt(0)) >= 0;
    }
    return after.finiteVerb() || after.pos(Pos.CONJ);
  }

  /** An adjective plural in form must go with a plural noun, or it belongs to another word. */
  private static boolean agrees(Unit noun, List<Unit> units, List<Integer> adjectives) {
    if (noun.reading == null) {
      return true;
    }
    for (int k : adjectives) {
      Unit a = units.get(k);
      boolean sibilant = a.key.endsWith("s") || a.key.endsWith("x");
      if (a.form.plural() && !noun.form.plural() || !sibilant && !a.form.plural() && noun.form.plural()
          && !noun.key.endsWith("s") && !noun.key.endsWith("x")) {
        return false;
      }
    }
    return true;
  }

  /** A noun that may take adjectives: a known noun, or an unknown word right after a determiner. */
  private static boolean head(List<Unit> units, int i) {
    Unit u = units.get(i);
    if (u.pos(Pos.N)) {
      return true;
    }
    if (u.kind != Unit.Kind.WORD || u.reading != null) {
      return false;
    }
    Unit prev = Units.at(units, Units.prevWord(units, i));
    return prev != null && prev.pos(Pos.DET);
  }

  private static boolean adjective(Unit a) {
    return (a.pos(Pos.ADJ) || a.tense(Tense.PARTICIPLE) && a.negation == Negation.NONE) && !governs(a);
  }

  /** An adjective phrase ending in its own preposition ("supérieur à" → "higher than") stays put. */
  private static boolean governs(Unit a) {
    String en = a.text != null ? a.text : a.english;
    return a.key.endsWith(" à") || a.key.endsWith(" de") || a.key.endsWith(" aux") || a.key.endsWith(" au")
        || a.key.endsWith(" par") || en.endsWith(" than") || en.endsWith(" to") || en.endsWith(" for")
        || en.endsWith(" by") || en.endsWith(" with") || en.endsWith(" of");
  }

  /**
   * Puts {@code order} (the live units of positions {@code from..to}) into those positions, keeping
   * each position's spacing and capital; deleted units in the range keep their place at the end.
   */
  static void reorder(List<Unit> units, int from, int to, List<Unit> order) {
    List<Unit> slots = new ArrayList<>(units.subList(from, to + 1));
    List<Unit> rest = new ArrayList<>(slots);
    rest.removeAll(order);
    List<Unit> arranged = new ArrayList<>(order);
    arranged.addAll(rest);
    String[] before = new String[slots.size()];
    boolean[] capital = new boolean[slots.size()];
    for (int k = 0; k < slots.size(); k++) {
      before[k] = slots.get(k).before;
      capital[k] = slots.get(k).capital;
    }
    for (int k = 0; k < arranged.size(); k++) {
      Unit u = arranged.get(k);
      u.before = before[k];
      u.capital = capital[k];
      units.set(from + k, u);
    }
  }
}
