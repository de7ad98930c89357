package org.traduire.translate.dictionary;

import java.util.List;
import java.util.Set;

/**
 * Number and person the French form does not show: a noun invariable in French is plural after a
 * plural determiner or number ("les GPU" → "the GPUs"); "millions de" after a number is "million"
 * ("50 millions de dollars" → "50 million dollars"); "on" takes a first-person plural verb ("we"),
 * and before a verb of saying and "que" becomes a passive ("on estime que" → "it is estimated that").
 */
final class AgreementRule implements Rule {
  private static final Set<String> PLURAL_DETS = Set.of("les", "des", "ces", "mes", "tes", "ses",
      "nos", "vos", "leurs", "plusieurs", "quelques", "certains", "certaines", "différents",
      "différentes", "divers", "diverses", "nombreux", "nombreuses", "aux", "tous", "toutes",
      "quels", "quelles", "lesquels", "combien de", "combien d'", "deux", "trois", "quatre", "cinq", "six", "sept", "huit",
      "neuf", "dix", "douze", "quinze", "vingt", "trente", "cent", "mille");
  private static final Set<String> QUANTITIES = Set.of("million", "billion", "thousand",
      "hundred", "dozen", "trillion");

  private static final java.util.regex.Pattern QUANTITY_PHRASE = java.util.regex.Pattern.compile(
      "(tens|hundreds|thousands|millions|billions|dozens|a number|a large number|a few|many|few|several|most"
      + "|some|too many|so many|as many|more and more|about|one of the|half of)\\b.*");

  /** A phrase entered in the plural ("points centraux" → "focal points") is plural already. */
  private static boolean lexicalPlural(Unit noun) {
    int space = noun.key.indexOf(' ');
    if (space < 0) {
      // an irregular plural entered as such: "yeux" → "eyes"
      String en = noun.english;
      return (noun.key.endsWith("x") || noun.key.endsWith("s")) && noun.lemma().equals(noun.key)
          && en.endsWith("s") && !en.endsWith("ss") && !en.endsWith("us") && !en.endsWith("is");
    }
    char c = noun.key.charAt(space - 1);
    return c == 's' || c == 'x';
  }

  @Override
  public void apply(List<Unit> units) {
    for (int i = 0; i < units.size(); i++) {
      Unit u = units.get(i);
      if (u.deleted) {
        continue;
      }
      if (u.is("on") && u.pos(Pos.PRON)) {
        int v = Units.nextWord(units, i);
        for (int hops = 0; v >= 0 && hops < 3 && !units.get(v).finiteVerb(); hops++) {
          v = Units.nextWord(units, v);
        }
        if (v >= 0 && units.get(v).finiteVerb()) {
          Unit verb = units.get(v);
          verb.form = verb.form.withPerson(1, true);
          impersonal(units, u, v, verb);
        }
      } else if (u.pos(Pos.N)) {
        number(units, i, u);
      }
    }
  }

  /** Verbs whose "on … que" is an English passive: "on estime que" → "it is estimated that". */
  private static final java.util.Map<String, String> REPORTING = java.util.Map.of("dire", "said",
      "estimer", "estimated", "penser", "thought", "croire", "believed", "considérer", "considered",
      "savoir", "known", "craindre", "feared", "prévoir", "expected", "affirmer", "claimed",
      "rapporter", "reported");

  private static void impersonal(List<Unit> units, Unit on, int v, Unit verb) {
    String participle = REPORTING.get(verb.lemma());
    Unit que = Units.at(units, Units.nextWord(units, v));
    if (participle == null || que == null || !que.is("que", "qu'") || verb.negation != Negation.NONE
        || Units.nextWord(units, units.indexOf(on)) != v || !verb.suffix.isEmpty() || verb.text != null) {
      return;
    }
    String be;
    switch (verb.form.tense()) {
      case PRESENT: be = "is"; break;
      case IMPERFECT: case PAST: be = "was"; break;
      case FUTURE: be = "will be"; break;
      case CONDITIONAL: be = "would be"; break;
      default: return;
    }
    on.text = "it";
    verb.text = be + " " + participle;
  }

  private static void number(List<Unit> units, int i, Unit noun) {
    int p = Units.prevWord(units, i);
    Unit prev = Units.at(units, p);
    if (QUANTITIES.contains(noun.english) && prev != null && (prev.kind == Unit.Kind.NUMBER || prev.pos(Pos.NUM)
        || prev.is("plusieurs", "quelques"))) {
      noun.form = noun.form.withPlural(false);
      Unit de = Units.at(units, Units.nextWord(units, i));
      if (de != null && de.is("de", "d'")) {
        de.delete();
      }
      return;
    }
    if (noun.form.plural() || lexicalPlural(noun)) {
      return;
    }
    if (afterDeletedDes(units, i)) {
      noun.form = noun.form.withPlural(true); // "a levé des fonds": ArticleRule dropped the "des"
      return;
    }
    for (int hops = 0; prev != null && hops < 3 && prev.pos(Pos.ADJ); hops++) {
      p = Units.prevWord(units, p);
      prev = Units.at(units, p);
    }
    if (prev == null) {
      return;
    }
    boolean plural = PLURAL_DETS.contains(prev.key) || prev.pos(Pos.PHR) && QUANTITY_PHRASE.matcher(prev.english).matches() || prev.key.endsWith(" des") || prev.key.endsWith(" les")
        || prev.kind == Unit.Kind.NUMBER && !prev.source.equals("1")
        || prev.pos(Pos.NUM) && !prev.english.equals("one") && !prev.is("un", "une")
        || prev.is("de", "d'") && pluralBefore(units, p);
    if (plural) {
      noun.form = noun.form.withPlural(true);
    }
  }

  private static boolean afterDeletedDes(List<Unit> units, int i) {
    for (int j = i - 1; j >= 0; j--) {
      Unit u = units.get(j);
      if (u.deleted && u.is("des")) {
        return true;
      }
      if (!u.deleted && !u.pos(Pos.ADJ)) {
        return false;
      }
    }
    return false;
  }

  private static boolean pluralBefore(List<Unit> units, int de) {
    Unit q = Units.at(units, Units.prevWord(units, de));
    return q != null && (q.pos(Pos.N) && QUANTITIES.contains(q.english) || q.pos(Pos.N) && q.is("dizaines", "centaines", "milliers", "millions", "milliards", "tonnes") || q.pos(Pos.ADV) && q.is("beaucoup", "plus",
        "moins", "peu", "trop", "assez", "combien", "tant", "autant"));
  }
}
