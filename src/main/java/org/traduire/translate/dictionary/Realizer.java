package org.traduire.translate.dictionary;

import java.util.List;
import java.util.Locale;

/**
 * Writes the English text of a segment's units: inflects each unit, chooses "a" or "an", restores
 * case (sentence capital, ALL CAPS), and puts back the source spacing with English rules around
 * punctuation: no space before {@code : ; ! ? %}, none inside quotation marks.
 */
final class Realizer {
  private final Inflector inflector;
  /** Writes {@code *word} for a lower-case word no dictionary knows, as Apertium does. */
  private final boolean markUnknown;

  Realizer(Inflector inflector) {
    this(inflector, false);
  }

  Realizer(Inflector inflector, boolean markUnknown) {
    this.inflector = inflector;
    this.markUnknown = markUnknown;
  }

  String render(List<Unit> units, String leading) {
    String[] texts = new String[units.size()];
    for (int i = 0; i < units.size(); i++) {
      Unit u = units.get(i);
      texts[i] = u.deleted ? "" : text(u);
    }
    articles(units, texts);
    StringBuilder out = new StringBuilder();
    String pendingGap = null;
    boolean pendingCapital = false;
    for (int i = 0; i < units.size(); i++) {
      Unit u = units.get(i);
      String t = texts[i];
      if (u.kind == Unit.Kind.PUNCT && u.source.isEmpty()) {
        out.append(u.before);
        pendingGap = null;
        continue;
      }
      if (t.isEmpty()) {
        pendingGap = merge(pendingGap, u.before);
        pendingCapital |= u.capital;
        continue;
      }
      String gap = merge(pendingGap, u.before);
      pendingGap = null;
      if ((u.capital || pendingCapital) && u.kind == Unit.Kind.WORD) {
        if (u.known()) {
          t = Matcher.capitalise(t);
        }
        pendingCapital = false;
      }
      gap = out.length() == 0 ? leading : spacing(out, gap, t, u);
      out.append(gap).append(t);
    }
    return out.toString();
  }

  private String text(Unit u) {
    String base;
    if (u.text != null) {
      base = u.text;
    } else {
      switch (u.kind) {
        case NUMBER:
          base = Typography.number(u.source);
          break;
        case PUNCT:
          base = Typography.punctuation(u.source);
          break;
        case PLACEHOLDER:
          return u.source;
        default:
          base = word(u);
      }
    }
    if (base.isEmpty() && u.suffix.isEmpty()) {
      return "";
    }
    String t = u.prefix + base + u.suffix;
    t = t.strip().isEmpty() ? "" : t.startsWith(" ") ? t.substring(1) : t;
    return u.upper && u.known() ? t.toUpperCase(Locale.ROOT) : t;
  }

  private String word(Unit u) {
    if (u.reading == null) {
      String ordinal = Typography.ordinal(u.source);
      if (ordinal != null) {
        return ordinal;
      }
      return markUnknown && plainWord(u.source) ? "*" + u.source : u.source;
    }
    switch (u.reading.pos()) {
      case V:
        return withAdverb(inflector.verb(u.english, u.form, u.negation), u.adverb);
      case N:
      case PROP:
        return u.form.plural() ? inflector.plural(u.english) : u.english;
      default:
        return u.english;
    }
  }

  /**
   * A word that would be in a dictionary if it were French: letters only and no capital. Names,
   * acronyms and model numbers ({@code DeepSeek}, {@code NVIDIA}, {@code H100}, {@code o1}) are not.
   */
  static boolean plainWord(String word) {
    boolean letter = false;
    for (int k = 0; k < word.length(); k++) {
      char c = word.charAt(k);
      if (Character.isDigit(c) || Character.isUpperCase(c)) {
        return false;
      }
      letter |= Character.isLetter(c);
    }
    return letter;
  }

  /** Puts an adverb after the first auxiliary of a verb phrase, else before the verb. */
  private static String withAdverb(String phrase, String adverb) {
    if (adverb.isEmpty()) {
      return phrase;
    }
    if (AUXILIARIES.contains(phrase)) {
      return phrase + " " + adverb;
    }
    int space = phrase.indexOf(' ');
    if (space > 0 && AUXILIARIES.contains(phrase.substring(0, space))) {
      return phrase.substring(0, space) + " " + adverb + phrase.substring(space);
    }
    return adverb + " " + phrase;
  }

  private static final java.util.Set<String> AUXILIARIES = java.util.Set.of("will", "would", "can",
      "could", "must", "should", "has", "have", "had", "is", "are", "was", "were", "am", "do", "does",
      "did", "may", "might");

  /** "a" becomes "an" before a vowel sound. */
  private static void articles(List<Unit> units, String[] texts) {
    for (int i = 0; i < texts.length; i++) {
      if (!texts[i].equals("a") && !texts[i].equals("A")) {
        continue;
      }
      for (int j = i + 1; j < texts.length; j++) {
        if (texts[j].isEmpty()) {
          continue;
        }
        if (units.get(j).kind == Unit.Kind.WORD && vowelSound(texts[j])) {
          texts[i] = texts[i] + "n";
        }
        break;
      }
    }
  }

  static boolean vowelSound(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    boolean acronym = word.length() > 1 && (word.equals(word.toUpperCase(Locale.ROOT))
        && Character.isLetter(word.charAt(1)) || Character.isDigit(word.charAt(1)));
    if (acronym && Character.isUpperCase(word.charAt(0))) {
      return "AEFHILMNORSX".indexOf(word.charAt(0)) >= 0;
    }
    if (w.startsWith("hour") || w.startsWith("honest") || w.startsWith("honor") || w.startsWith("heir")) {
      return true;
    }
    if (w.startsWith("uni") || w.startsWith("use") || w.startsWith("usu") || w.startsWith("uti")
        || w.startsWith("eu") || w.startsWith("one") || w.startsWith("once") || w.startsWith("ura")
        || w.startsWith("ubiq")) {
      return false;
    }
    return !w.isEmpty() && "aeiou".indexOf(w.charAt(0)) >= 0;
  }

  private static String merge(String pending, String gap) {
    if (pending == null) {
      return gap;
    }
    if (gap.indexOf('\n') >= 0) {
      return gap;
    }
    if (pending.indexOf('\n') >= 0) {
      return pending;
    }
    return pending.length() >= gap.length() ? pending : gap;
  }

  private static String spacing(StringBuilder out, String gap, String t, Unit u) {
    if (gap.indexOf('\n') >= 0 || out.length() == 0) {
      return gap;
    }
    if (u.kind == Unit.Kind.PUNCT && Typography.closing(t)) {
      return "";
    }
    if (Typography.opening(out.substring(out.length() - 1))) {
      return "";
    }
    char last = out.charAt(out.length() - 1);
    char first = t.charAt(0) == '*' && t.length() > 1 && !u.known() ? t.charAt(1) : t.charAt(0);
    if (gap.isEmpty() && u.kind == Unit.Kind.WORD && Character.isLetterOrDigit(last)
        && Character.isLetterOrDigit(first)) {
      return " ";
    }
    return gap;
  }
}
