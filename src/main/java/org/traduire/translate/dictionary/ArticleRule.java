package org.traduire.translate.dictionary;

import java.util.List;
import java.util.Set;

/**
 * Articles English does without: indefinite "des" ("a imposé des restrictions" → "imposed
 * restrictions") and the article before a country or other proper noun ("la Chine" → "China",
 * "des États-Unis" → "of the United States", the lexicon giving "the United States").
 */
final class ArticleRule implements Rule {
  private static final Set<String> ARTICLES = Set.of("le", "la", "les", "l'", "du", "des", "au", "aux");

  /** Mass and abstract nouns English uses without "the" in a general sense. */
  private static final Set<String> GENERIC = Set.of("AI", "artificial intelligence", "humanity",
      "physics", "mathematics", "biology", "chemistry", "science", "society", "democracy", "nature",
      "health", "education", "medicine", "philosophy", "literature", "music", "computing",
      "machine learning", "deep learning", "climate change", "global warming", "information",
      "innovation", "research", "agriculture", "industry", "cybersecurity", "economics",
      "geopolitics", "inflation", "unemployment", "immigration", "terrorism", "globalisation",
      "digital technology", "robotics", "energy", "electricity", "nuclear power", "space", "history");

  /**
   * Mass nouns English uses without "the" unless a complement makes them specific: "pour la
   * formation" → "for training", "la croissance ralentira" → "growth will slow", but "la croissance
   * de la Chine" keeps "the".
   */
  private static final Set<String> MASS = Set.of("training", "growth", "competition", "demand",
      "pollution", "poverty", "corruption", "violence", "production", "consumption", "trade",
      "cooperation", "justice", "peace", "freedom", "tourism", "transport", "employment",
      "unemployment", "regulation", "progress", "funding", "investment", "security", "safety",
      "privacy", "equality", "prosperity", "stability", "migration", "crime", "racism", "fraud",
      "automation", "manufacturing", "recycling", "nuclear energy");
  private static final Set<String> COMPLEMENT = Set.of("de", "d'", "du", "des", "qui", "que", "qu'",
      "dont", "où", "à", "au", "aux", "en");

  @Override
  public void apply(List<Unit> units) {
    for (int i = 0; i < units.size(); i++) {
      Unit u = units.get(i);
      if (u.deleted) {
        continue;
      }
      Unit next = Units.at(units, Units.nextWord(units, i));
      if (u.suffix.equals(" the") && next != null && (next.pos(Pos.PROP) || next.pos(Pos.N)
          && GENERIC.contains(next.english))) {
        u.suffix = "";
      }
      if (u.is("à") && next != null && next.pos(Pos.PROP) && !next.english.startsWith("the ")) {
        u.text = "in";
      }
      if (u.is("de", "d'") && u.text == null && indefinitePlural(units, i)) {
        u.delete();
        continue;
      }
      if (!u.pos(Pos.DET) || !ARTICLES.contains(u.key)) {
        continue;
      }
      if (next != null && next.pos(Pos.PROP)) {
        stripArticle(u);
        continue;
      }
      if (u.is("le", "la", "l'", "les", "du") && next != null && next.pos(Pos.N) && !next.form.plural()
          && GENERIC.contains(next.english)) {
        stripArticle(u);
        continue;
      }
      if (u.is("le", "la", "l'") && next != null && next.pos(Pos.N) && !next.form.plural()
          && MASS.contains(next.english) && !specific(units, Units.nextWord(units, i))) {
        stripArticle(u);
        continue;
      }
      if (u.is("des") && !ofTheAfter(Units.at(units, Units.prevWord(units, i)))) {
        u.delete();
      }
    }
  }

  /**
   * "de" before an adjective and a plural noun is the plural of "un" ("a annoncé de nouvelles
   * mesures" → "announced new measures"), unless it follows a noun, adjective or quantity whose
   * complement it is ("le prix de nouvelles voitures", "beaucoup de bonnes idées").
   */
  private static boolean indefinitePlural(List<Unit> units, int i) {
    int a = Units.nextWord(units, i);
    if (a < 0 || !units.get(a).pos(Pos.ADJ) || !pluralSpelling(units.get(a))) {
      return false;
    }
    Unit noun = Units.at(units, Units.nextWord(units, a));
    if (noun == null || !noun.pos(Pos.N) || !noun.form.plural() && !pluralSpelling(noun)) {
      return false;
    }
    Unit prev = Units.at(units, Units.prevWord(units, i));
    return prev == null || !(prev.nounLike() || prev.pos(Pos.ADJ) || prev.pos(Pos.ADV) || prev.pos(Pos.NUM)
        || prev.pos(Pos.PHR) || prev.tense(Tense.PARTICIPLE) && !prev.finiteVerb());
  }

  /** Whether the noun at {@code n}, past its adjectives, has a complement or relative clause. */
  private static boolean specific(List<Unit> units, int n) {
    int k = Units.nextWord(units, n);
    while (k >= 0 && (units.get(k).pos(Pos.ADJ) || units.get(k).tense(Tense.PARTICIPLE))) {
      k = Units.nextWord(units, k);
    }
    if (k < 0) {
      return false;
    }
    Unit after = units.get(k);
    return COMPLEMENT.contains(after.key) || after.key.startsWith("de ") || after.key.startsWith("d'");
  }

  /** French plurals end in s or x ("nouvelles", "progrès"); lexicon entries may be plural forms. */
  private static boolean pluralSpelling(Unit u) {
    return u.form.plural() || u.key.endsWith("s") || u.key.endsWith("x");
  }

  /** Whether "des" after this unit means "of the" rather than the plural of "un". */
  private static boolean ofTheAfter(Unit prev) {
    if (prev == null) {
      return false;
    }
    if (prev.kind == Unit.Kind.NUMBER) {
      return true;
    }
    if (prev.pos(Pos.PREP) || prev.pos(Pos.CONJ) || prev.pos(Pos.PRON) || prev.verb() && !prev.tense(Tense.PARTICIPLE)) {
      return false;
    }
    return prev.nounLike() || prev.pos(Pos.ADJ) || prev.pos(Pos.NUM) || prev.tense(Tense.PARTICIPLE)
        || prev.pos(Pos.ADV) && prev.english.endsWith("most") || prev.pos(Pos.PHR);
  }

  private static void stripArticle(Unit u) {
    String en = u.english;
    if (u.is("au", "aux")) {
      u.text = "in";
    } else if (u.is("du")) {
      u.text = "of";
    } else if (en.endsWith(" the")) {
      u.text = en.substring(0, en.length() - 4);
    } else {
      u.delete();
    }
  }
}
