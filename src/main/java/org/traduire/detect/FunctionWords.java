package org.traduire.detect;

import java.util.Locale;
import java.util.Set;

/**
 * A quick look at a text's function words, to spare the statistical detector texts that are
 * plainly French: a section of a French novel need not be run through Lingua to learn that it is
 * French. Anything less than plain goes to the real detector.
 */
public final class FunctionWords {
  private static final Set<String> FRENCH =
      Set.of("le", "la", "les", "de", "des", "du", "et", "un", "une", "que", "qui", "dans", "pour",
          "pas", "est", "sur", "au", "aux", "il", "elle", "ne", "se", "ce", "sa", "son", "ses",
          "avec", "par", "plus", "à", "en", "l", "d", "qu", "n", "s", "c", "j");
  private static final Set<String> ENGLISH =
      Set.of("the", "and", "of", "to", "is", "that", "it", "for", "was", "with", "on", "as", "his",
          "he", "at", "by", "this", "had", "not", "are", "but", "from", "be", "have", "you", "which");
  /**
   * Words that mark a text as French rather than as another Romance or Germanic language the
   * detector knows: none of them is a common word of Spanish, Italian, Portuguese, German, Dutch
   * or English ("il", "l'", "d'", "c'" are Italian too, "'s" English, so they are left out).
   */
  private static final Set<String> DISTINCTLY_FRENCH =
      Set.of("les", "des", "du", "est", "une", "où", "je", "ils", "elle", "elles", "nous",
          "vous", "et", "au", "aux", "dans", "pour", "avec", "sur", "pas", "qui", "cette", "ces",
          "qu", "j", "être", "avoir", "très", "aussi", "mais", "été", "leur", "leurs");

  /** Share of French function words above which, with almost no English ones, a text is plainly French. */
  static final double FRENCH_SHARE = 0.2;
  static final double ENGLISH_SHARE = 0.02;
  static final int MIN_WORDS = 30;

  private FunctionWords() {}

  /** True when the text holds at least one word that only French, of the detector's languages, uses. */
  public static boolean hasFrenchMarker(String text) {
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (DISTINCTLY_FRENCH.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** True for a lower-case word that only French, of the detector's languages, uses. */
  public static boolean distinctlyFrench(String word) {
    return DISTINCTLY_FRENCH.contains(word);
  }

  /** True when the text has enough words, many French function words and almost no English ones. */
  public static boolean plainlyFrench(String text) {
    int words = 0;
    int french = 0;
    int english = 0;
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (w.isEmpty()) {
        continue;
      }
      words++;
      if (FRENCH.contains(w)) {
        french++;
      } else if (ENGLISH.contains(w)) {
        english++;
      }
    }
    return words >= MIN_WORDS && french >= words * FRENCH_SHARE && english <= words * ENGLISH_SHARE;
  }
}
