package org.traduire.translate.dictionary;

import java.util.List;

/**
 * Small function-word rules around coordination: a repeated "de" before "un/une" after a comma or
 * "et" is dropped ("dispose d'un écran, d'une batterie et d'un appareil photo" → "has a screen, a
 * battery and a camera"), and "dont" before a number is "including".
 */
final class CoordinationRule implements Rule {
  @Override
  public void apply(List<Unit> units) {
    for (int i = 0; i < units.size(); i++) {
      Unit u = units.get(i);
      if (u.deleted) {
        continue;
      }
      Unit next = Units.at(units, Units.nextWord(units, i));
      if (u.is("de", "d'") && next != null && next.is("un", "une", "le", "la", "l'", "les") && coordinated(units, i)) {
        u.delete();
      } else if (u.is("à") && next != null && next.kind == Unit.Kind.NUMBER && !afterNumber(units, i)) {
        u.text = "at";
      } else if (u.is("à", "aux") && dativeVerb(Units.at(units, Units.prevWord(units, i)))) {
        if (u.is("aux")) {
          u.text = "the";
        } else {
          u.delete();
        }
      } else if (u.is("dont") && next != null && (next.kind == Unit.Kind.NUMBER || next.pos(Pos.NUM))) {
        u.text = "including";
      }
    }
  }

  /** Verbs whose "à" object is a plain English object: "permet aux développeurs de" → "allows developers to". */
  private static boolean dativeVerb(Unit verb) {
    return verb != null && verb.verb() && DATIVE.contains(verb.lemma());
  }

  private static final java.util.Set<String> DATIVE = java.util.Set.of("permettre", "demander",
      "conseiller", "interdire", "proposer", "recommander", "dire", "ordonner", "promettre",
      "suggérer", "offrir", "donner", "envoyer", "montrer", "expliquer", "annoncer", "apprendre",
      "enseigner", "rappeler", "signaler", "accorder", "imposer", "infliger", "vendre", "fournir");

  private static boolean afterNumber(List<Unit> units, int i) {
    for (int j = i - 1; j >= 0 && j >= i - 3; j--) {
      Unit u = units.get(j);
      if (u.kind == Unit.Kind.NUMBER) {
        return true;
      }
      if (u.kind == Unit.Kind.WORD && !u.deleted && !u.pos(Pos.N)) {
        return false;
      }
    }
    return false;
  }

  private static boolean coordinated(List<Unit> units, int i) {
    for (int j = i - 1; j >= 0; j--) {
      Unit u = units.get(j);
      if (u.deleted) {
        continue;
      }
      return u.source.equals(",") || u.is("et", "ou");
    }
    return false;
  }
}
