package org.traduire.translate.dictionary;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "The X of Name" becomes "Name's X" for companies and people: "les réalisations de DeepSeek" →
 * "DeepSeek's achievements", "la série Hopper de NVIDIA" → "NVIDIA's Hopper series". Places and
 * institutions named after their town ("la ville de Paris", "l'université de Stanford") keep "of".
 */
final class PossessiveRule implements Rule {
  private static final Set<String> KEEP_OF = Set.of("ville", "université", "région", "province",
      "département", "commune", "port", "île", "lac", "mont", "rue", "place", "musée", "école",
      "aéroport", "gare", "maire", "archipel", "baie", "golfe", "canton", "comté", "état",
      "royaume", "république", "nom", "cas", "exemple", "modèle", "part", "côté", "affaire");

  private static boolean followsName(List<Unit> units, int i) {
    Unit prev = Units.at(units, Units.prevWord(units, i));
    return prev != null && (NameOrderRule.name(prev) || prev.is("de", "d'"));
  }

  @Override
  public void apply(List<Unit> units) {
    for (int i = 0; i < units.size(); i++) {
      Unit article = units.get(i);
      int h;
      if (article.deleted) {
        continue;
      } else if (article.pos(Pos.DET) && article.is("le", "la", "les", "l'", "du", "des")) {
        h = Units.nextWord(units, i);
      } else if (NameOrderRule.name(article) && !followsName(units, i)) {
        h = i;
        article = null;
      } else {
        continue;
      }
      int head = -1;
      for (int k = h; k >= 0 && k - h < 6; k = Units.nextWord(units, k)) {
        Unit u = units.get(k);
        if (u.is("de", "d'")) {
          break;
        }
        if (!u.pos(Pos.N) && !u.pos(Pos.ADJ) && !NameOrderRule.name(u) && !u.tense(Tense.PARTICIPLE)) {
          head = -1;
          break;
        }
        if (u.pos(Pos.N) || NameOrderRule.name(u)) {
          head = k;
        }
      }
      if (head < 0 || KEEP_OF.contains(units.get(head).lemma())) {
        continue;
      }
      int de = Units.nextWord(units, head);
      if (de < 0 || !units.get(de).is("de", "d'") || units.get(de).text != null) {
        continue;
      }
      List<Unit> owner = new ArrayList<>();
      int last = -1;
      for (int k = Units.nextWord(units, de); k >= 0 && owner.size() < 3 && NameOrderRule.name(units.get(k));
          k = Units.nextWord(units, k)) {
        owner.add(units.get(k));
        last = k;
      }
      Unit after = Units.at(units, Units.nextWord(units, last));
      if (owner.isEmpty() || after != null && (after.is("de", "d'") || NameOrderRule.name(after))) {
        continue;
      }
      Unit end = owner.get(owner.size() - 1);
      end.suffix = end.suffix + (end.source.endsWith("s") ? "’" : "’s");
      units.get(de).delete();
      if (article == null) {
        // a bare name: "o1 d'OpenAI" → "OpenAI's o1"
      } else if (article.is("du", "des")) {
        article.text = "of";
      } else {
        article.delete();
      }
      List<Unit> order = new ArrayList<>(owner);
      for (int k = h; k <= head; k++) {
        if (!units.get(k).deleted) {
          order.add(units.get(k));
        }
      }
      AdjectiveOrderRule.reorder(units, h, last, order);
      i = last;
    }
  }
}
