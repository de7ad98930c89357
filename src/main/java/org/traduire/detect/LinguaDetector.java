package org.traduire.detect;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import org.traduire.document.Detection;

/**
 * Lingua, restricted to French, English and the languages most often confused with French in
 * Latin script. Building Lingua from all 75 languages takes seconds and gigabytes; these seven
 * load in a fraction of that, and the jar ships only their models (see pom.xml).
 *
 * <p>Lingua's confidence values are relative: the likeliest language always scores 1.0. The
 * confidence reported here is the margin over the runner-up, {@code 1 - second}: 0 means a
 * tie between two languages; a clear French sentence scores about 0.25 against English, and a
 * margin above {@link LanguageDetector#CLEAR_MARGIN} is taken as a clear call.
 */
public final class LinguaDetector implements LanguageDetector {
  static Language[] languages() {
    // Not a constant: Lingua's Language enum (75 languages and their alphabets) takes a while to
    // initialise, and a run whose texts the lexicon settles never needs it.
    return new Language[] {
      Language.FRENCH,
      Language.ENGLISH,
      Language.GERMAN,
      Language.SPANISH,
      Language.ITALIAN,
      Language.PORTUGUESE,
      Language.DUTCH
    };
  }

  /** Lingua reads at most this many characters of a text; more adds time, not accuracy. */
  static final int SAMPLE_CHARS = 1500;

  /**
   * Lingua runs in low-accuracy mode (trigrams only): it loads a fifth of the models, which
   * takes about 0.7 s instead of 4 s for seven languages on this project's machine, a cost every
   * one-sentence pipe would pay. On short texts it is less sure; the pipeline acts only on clear
   * calls (see {@link LanguageDetector#CLEAR_MARGIN}).
   */
  private volatile com.github.pemistahl.lingua.api.LanguageDetector lingua;

  private LinguaDetector() {}

  /** A detector whose models load on first use. */
  public static LinguaDetector create() {
    return new LinguaDetector();
  }

  private com.github.pemistahl.lingua.api.LanguageDetector lingua() {
    com.github.pemistahl.lingua.api.LanguageDetector l = lingua;
    if (l == null) {
      synchronized (this) {
        if (lingua == null) {
          lingua = LanguageDetectorBuilder.fromLanguages(languages()).withLowAccuracyMode().build();
        }
        l = lingua;
      }
    }
    return l;
  }

  @Override
  public void warmUp() {
    lingua().computeLanguageConfidenceValues("Le chat dort.");
  }

  @Override
  public Detection detect(String text) {
    String sample = text.length() > SAMPLE_CHARS ? cutAtSpace(text, SAMPLE_CHARS) : text;
    SortedMap<Language, Double> values = lingua().computeLanguageConfidenceValues(sample);
    Iterator<Map.Entry<Language, Double>> it = values.entrySet().iterator();
    if (!it.hasNext()) {
      return Detection.UNKNOWN;
    }
    Map.Entry<Language, Double> first = it.next();
    if (first.getKey() == Language.UNKNOWN || first.getValue() <= 0.0) {
      return Detection.UNKNOWN;
    }
    double second = it.hasNext() ? it.next().getValue() : 0.0;
    double top = first.getValue();
    double margin = Math.max(0.0, Math.min(1.0, (top - second) / top));
    return new Detection(code(first.getKey()), round(margin));
  }

  static String code(Language language) {
    return language.getIsoCode639_1().name().toLowerCase(Locale.ROOT);
  }

  private static double round(double v) {
    return Math.round(v * 100.0) / 100.0;
  }

  private static String cutAtSpace(String text, int max) {
    int cut = text.lastIndexOf(' ', max);
    return text.substring(0, cut > max / 2 ? cut : max);
  }
}
