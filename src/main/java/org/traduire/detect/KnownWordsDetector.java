package org.traduire.detect;

import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.traduire.document.Detection;

/**
 * Calls a text French when its words are plainly French by the lexicon, and asks the statistical
 * detector otherwise. The statistical models take a third of a second to load, which a
 * one-sentence pipe would pay on every call; the lexicon is loaded anyway when the dictionary
 * translates, and is lighter when it is not.
 *
 * <p>Names (capitalised words the lexicon does not know), acronyms and words with digits are not
 * counted. A text of {@link #MIN_WORDS} to {@link #SHORT_WORDS} counted words is French when
 * every one of them is a French word and at least one is not also English ("Bonjour le monde."; not "Table,
 * menu, restaurant" nor "Ciao il mondo"). A longer text is French when at least {@link
 * #KNOWN_SHARE} of its words are French, at least {@link #FRENCH_ONLY_SHARE} are French and not
 * English, and one of them is a word only French uses ("les", "est", "dans"…): Spanish, Catalan
 * or Italian share "de", "la", "que" with French, but not most of their words. The confidence of
 * such a call is the share of words known to the lexicon.
 */
public final class KnownWordsDetector implements LanguageDetector {
  static final int SHORT_WORDS = 8;
  /** One word is too little to go on ("y" is French, and Spanish for "and"). */
  static final int MIN_WORDS = 2;
  static final double KNOWN_SHARE = 0.8;
  static final double FRENCH_ONLY_SHARE = 0.3;
  /**
   * The lexicon judges at most this many characters of a text (about a hundred words, plenty for
   * a plain call): each word is analysed, and a cold start pays for every one.
   */
  static final int SAMPLE_CHARS = 600;

  /** Elided forms ("l'", "qu'", "jusqu'"), French words the lexicon may list only whole. */
  private static final Set<String> ELIDED =
      Set.of("l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu");

  private final AtomicInteger asked = new AtomicInteger();
  private final AtomicInteger settled = new AtomicInteger();
  private final Supplier<Vocabulary> vocabulary;
  private final LanguageDetector statistical;

  /**
   * @param vocabulary the word lists, fetched on first use (loading may take a while)
   * @param statistical the detector for every text the lexicon does not settle
   */
  public KnownWordsDetector(Supplier<Vocabulary> vocabulary, LanguageDetector statistical) {
    this.vocabulary = vocabulary;
    this.statistical = statistical;
  }

  /** Loads the word lists, not the statistical models: most texts will not need them. */
  @Override
  public void warmUp() {
    vocabulary.get();
  }

  @Override
  public Detection detect(String text) {
    Detection call = judge(text);
    asked.incrementAndGet();
    if (call != null) {
      settled.incrementAndGet();
      return call;
    }
    return statistical.detect(text);
  }

  /** How many texts this detector was asked about, and how many the lexicon settled. */
  public String tally() {
    return "the lexicon settled " + settled.get() + " of " + asked.get() + " language calls";
  }

  /** French when the words say so plainly; null when the statistical detector must decide. */
  Detection judge(String text) {
    Detection head = count(text).verdict();
    if (head == null || text.length() <= 2 * SAMPLE_CHARS) {
      return head;
    }
    // a long text must be plainly French at its end too: an English page opening on a French
    // quotation is Lingua's to judge, on a sample of all of it
    Detection tail = count(text.substring(text.indexOf(' ', text.length() - SAMPLE_CHARS) + 1)).verdict();
    return tail == null ? null : head.confidence() <= tail.confidence() ? head : tail;
  }

  /** The tally of the text's words (its first {@link #SAMPLE_CHARS} characters). */
  Count count(String text) {
    Vocabulary words = vocabulary.get();
    String sample = text.length() > SAMPLE_CHARS ? cutAtSpace(text, SAMPLE_CHARS) : text;
    Count count = new Count();
    int n = sample.length();
    int i = 0;
    boolean sentenceStart = true;
    while (i < n) {
      char c = sample.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ':') {
          sentenceStart = true;
        }
        i++;
        continue;
      }
      int j = i;
      while (j < n && (Character.isLetterOrDigit(sample.charAt(j)) || joiner(sample, j))) {
        j++;
      }
      count.word(words, sample.substring(i, j), sentenceStart);
      sentenceStart = false;
      i = j;
    }
    return count;
  }

  private static String cutAtSpace(String text, int max) {
    int cut = text.lastIndexOf(' ', max);
    return text.substring(0, cut > max / 2 ? cut : max);
  }

  /** An apostrophe or hyphen between two letters belongs to the word ("aujourd'hui", "peut-être"). */
  private static boolean joiner(String s, int j) {
    char c = s.charAt(j);
    return (c == '\'' || c == '’' || c == '-') && j + 1 < s.length() && Character.isLetter(s.charAt(j + 1))
        && j > 0 && Character.isLetter(s.charAt(j - 1));
  }

  /** The tally of one text's words. */
  static final class Count {
    int counted;
    int french;
    int frenchOnly;
    boolean marker;

    void word(Vocabulary words, String token, boolean sentenceStart) {
      if (hasDigit(token) || token.length() > 1 && token.equals(token.toUpperCase(Locale.ROOT))) {
        return; // H100, GPU, NVIDIA: names and acronyms in any language
      }
      String lower = token.toLowerCase(Locale.ROOT).replace('’', '\'');
      boolean capital = Character.isUpperCase(token.charAt(0));
      if (words.isFrench(lower)) {
        tallyFrench(words, lower);
        return;
      }
      String[] parts = lower.split("['-]");
      if (parts.length > 1 && allFrench(words, parts)) {
        for (String p : parts) {
          tallyFrench(words, p);
        }
        return;
      }
      if (capital && (!sentenceStart || !words.isEnglish(lower))) {
        return; // a name: "Macron", "Berlin"
      }
      counted++;
    }

    private static boolean allFrench(Vocabulary words, String[] parts) {
      for (String p : parts) {
        if (!p.isEmpty() && !ELIDED.contains(p) && !words.isFrench(p)) {
          return false;
        }
      }
      return true;
    }

    /** Counts a French word, and whether it is French only and a word only French uses. */
    private void tallyFrench(Vocabulary words, String lower) {
      if (lower.isEmpty()) {
        return;
      }
      counted++;
      french++;
      if (!words.isEnglish(lower)) {
        frenchOnly++;
      }
      marker |= FunctionWords.distinctlyFrench(lower);
    }

    private static boolean hasDigit(String token) {
      for (int k = 0; k < token.length(); k++) {
        if (Character.isDigit(token.charAt(k))) {
          return true;
        }
      }
      return false;
    }

    Detection verdict() {
      if (counted == 0 || frenchOnly == 0) {
        return null;
      }
      if (counted < SHORT_WORDS) {
        return french == counted && counted >= MIN_WORDS ? new Detection("fr", 1.0) : null;
      }
      double known = (double) french / counted;
      if (known >= KNOWN_SHARE && frenchOnly >= counted * FRENCH_ONLY_SHARE && marker) {
        return new Detection("fr", Math.round(known * 100.0) / 100.0);
      }
      return null;
    }
  }
}
