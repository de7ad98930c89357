package org.traduire.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.traduire.detect.FunctionWords;
import org.traduire.detect.LanguageDetector;
import org.traduire.document.Detection;
import org.traduire.translate.Backend;
import org.traduire.translate.ForwardingBackend;
import org.traduire.translate.PartialTranslationException;
import org.traduire.translate.Placeholders;
import org.traduire.translate.TranslationException;

/**
 * Checks that what one backend of a chain answered is English: a translation that is its source
 * unchanged (when the source has words to translate), or that reads as French, fails on that
 * backend with the note {@value #STILL_FRENCH}, so that the next backend of the chain takes the
 * segment, or, at the end of the chain, the segment is kept in French and marked failed. The rest
 * of the batch is kept.
 */
final class EnglishCheck extends ForwardingBackend {
  /** The note on a segment that came back French. */
  static final String STILL_FRENCH = "still French";

  /**
   * Letters a translation needs before the detector is asked. Measured on the sample article, the
   * test articles and project documentation, with Lingua in the low-accuracy mode the run loads,
   * and {@link #frenchCall} as the rule: whole segments of 40 letters or more, 32 of 32 French
   * ones were called French and none of 176 English ones (documentation, and the dictionary's and
   * Apertium's English of the French); sentences cut at 40 letters, 28 of 32 French and no
   * English; cut at 35 letters, one English cut in 197 was called French. Shorter translations
   * (headings, list items) are judged only by whether they changed.
   */
  static final int MIN_LETTERS = 40;

  /**
   * Lingua's margin over the runner-up from which a first place for French is a call on its own.
   * Below it, Latinate English ("Competition sino-American at matter of artificial intelligence:
   * a paradigm at mutation", Apertium's, ranked French by 0.02) is often ranked French first, so a
   * smaller margin counts only with a word only French uses ("les", "est", "dans"...).
   */
  static final double MARGIN = 0.05;

  private final LanguageDetector detector;

  EnglishCheck(Backend inner, LanguageDetector detector) {
    super(inner);
    this.detector = detector;
  }

  @Override
  public Translated translateNamed(List<String> segments) throws TranslationException {
    int n = segments.size();
    List<String> out = new ArrayList<>(n);
    List<String> by = new ArrayList<>(n);
    List<String> why = new ArrayList<>(n);
    String batchBackend;
    try {
      Translated answer = inner.translateNamed(segments);
      if (answer.translations().size() != n) {
        return answer; // the caller notices the count and asks segment by segment
      }
      out.addAll(answer.translations());
      by.addAll(answer.backends());
      for (int i = 0; i < n; i++) {
        why.add(null);
      }
      batchBackend = answer.backend();
    } catch (PartialTranslationException e) {
      if (e.size() != n) {
        throw e;
      }
      for (int i = 0; i < n; i++) {
        out.add(e.translation(i));
        by.add(e.backend(i));
        why.add(e.reason(i));
      }
      batchBackend = e.backend();
    }
    boolean failed = false;
    for (int i = 0; i < n; i++) {
      if (out.get(i) != null && stillFrench(segments.get(i), out.get(i))) {
        out.set(i, null);
        why.set(i, STILL_FRENCH);
      }
      failed |= out.get(i) == null;
    }
    if (failed) {
      throw new PartialTranslationException(inner.name(), out, by, why);
    }
    return new Translated(batchBackend, out, by);
  }

  /**
   * True when {@code translation} of {@code source} is not English: the source unchanged though
   * it has words to translate and is French (see {@link #frenchSource}), or a translation long enough to judge
   * that the detector calls French (see {@link #frenchCall}).
   */
  boolean stillFrench(String source, String translation) {
    String src = Placeholders.strip(source);
    String tgt = Placeholders.strip(translation);
    if (same(src, tgt)) {
      return translatable(src) && frenchSource(src);
    }
    if (letters(tgt) < MIN_LETTERS || plainlyEnglish(tgt)) {
      return false;
    }
    return frenchCall(detector.detect(tgt), tgt);
  }

  /**
   * Whether an unchanged source counts as French left untranslated: yes when it holds a word only
   * French uses or the detector calls it French (or cannot tell); no when it calls it English (an
   * English phrase quoted in French text), or another language clearly or on a text long enough
   * to judge (a German text translated with {@code --force} is not "still French").
   */
  private boolean frenchSource(String src) {
    if (FunctionWords.hasFrenchMarker(src)) {
      return true;
    }
    Detection d = detector.detect(src);
    if (d.is("fr") || d.isUnknown()) {
      return true;
    }
    if (d.is("en")) {
      return false;
    }
    return letters(src) < MIN_LETTERS && d.confidence() < LanguageDetector.CLEAR_MARGIN;
  }

  /** French first by {@link #MARGIN} or more, or by any margin with a word only French uses. */
  static boolean frenchCall(Detection d, String text) {
    return d.is("fr") && (d.confidence() >= MARGIN || d.confidence() > 0 && FunctionWords.hasFrenchMarker(text));
  }

  /**
   * English function words none of which is also a French word ("a", "on", "as", "de" are left
   * out), and of which a French sentence holds none.
   */
  private static final java.util.Set<String> ENGLISH = java.util.Set.of("the", "of", "and", "to", "is", "in", "that", "it",
      "for", "was", "with", "by", "this", "are", "from", "be", "have", "which", "at", "an", "has", "were", "its", "their");

  /**
   * True when a text holds at least three English function words, one word in ten or more, and no
   * word only French uses: plainly English, so the detector need not be asked (it costs more
   * than translating with the dictionary does, and most answers are plainly English).
   */
  static boolean plainlyEnglish(String text) {
    int words = 0;
    int english = 0;
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (!w.isEmpty()) {
        words++;
        english += ENGLISH.contains(w) ? 1 : 0;
      }
    }
    return english >= 3 && english * 10 >= words && !FunctionWords.hasFrenchMarker(text);
  }

  private static boolean same(String a, String b) {
    return a.strip().replaceAll("\\s+", " ").equals(b.strip().replaceAll("\\s+", " "));
  }

  /**
   * Whether a text has words a translation must change: a lower-case word of two letters or more,
   * or a word only French uses ("Les", "Pour"). Names, acronyms, model numbers and numbers
   * ("DeepSeek R1", "NVIDIA", "2024") may come back as they are.
   */
  static boolean translatable(String text) {
    for (String w : text.split("[^\\p{L}]+")) {
      if (w.length() >= 2 && w.equals(w.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return FunctionWords.hasFrenchMarker(text);
  }

  private static int letters(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLetter(text.charAt(i))) {
        n++;
      }
    }
    return n;
  }

}
