package org.traduire.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.traduire.detect.FunctionWords;
import org.traduire.detect.LanguageDetector;
import org.traduire.document.Block;
import org.traduire.document.Detection;
import org.traduire.document.Document;
import org.traduire.document.Markup;
import org.traduire.document.Section;

/**
 * Detects the language of a whole document and of each section long enough to judge, from the
 * blocks' text as a reader sees it (without an HTML input's inline tags).
 */
public final class LanguageCheck {
  /** Sections with fewer characters of text than this inherit the document's language. */
  public static final int SECTION_MIN_CHARS = 200;
  /** Below this many characters, the detector's call on a text is weak evidence. */
  public static final int SHORT_TEXT = 120;

  /** About how many characters of a document, or of a section, detection reads. */
  static final int SAMPLE_CHARS = 1500;

  private LanguageCheck() {}

  /** The document's language, from a sample taken across all of it. */
  public static Detection document(LanguageDetector detector, Document document) {
    return detect(detector, sample(document));
  }

  private static Detection detect(LanguageDetector detector, String sample) {
    return sample.isBlank() ? Detection.UNKNOWN : detector.detect(sample);
  }

  /** The document's language, and whether it is a call clear enough to act on. */
  record Call(Detection language, boolean clear) {}

  /**
   * The document's language and whether to act on it: a clear call needs a confidence of at
   * least {@link LanguageDetector#CLEAR_MARGIN}; and on a short text the statistical detector is
   * often wrong ("Où est la gare ?" scores Italian), so a short text holding a word only French
   * uses is never a clear call for another language.
   */
  static Call call(LanguageDetector detector, Document document) {
    String sample = sample(document);
    Detection language = detect(detector, sample);
    boolean clear = language.confidence() >= LanguageDetector.CLEAR_MARGIN
        && !(sample.length() < SHORT_TEXT && !language.is("fr") && FunctionWords.hasFrenchMarker(sample));
    return new Call(language, clear);
  }

  /**
   * The document's sections, each with its own language when it holds at least {@link
   * #SECTION_MIN_CHARS} characters of text, else with the document's. In a French document, a
   * section made plainly of French function words also keeps the document's language without
   * asking the detector, which spares a novel's hundreds of chapters the statistical model.
   */
  public static List<Section> sections(LanguageDetector detector, Document document, Detection inherited) {
    return sections(detector, document, inherited, false);
  }

  /**
   * As {@link #sections(LanguageDetector, Document, Detection)}, for a document that may be a part
   * of a longer one ({@code part}): a lone section in a part is one of the longer document's.
   */
  static List<Section> sections(LanguageDetector detector, Document document, Detection inherited, boolean part) {
    List<Section> sections = document.sections();
    List<Section> out = new ArrayList<>(sections.size());
    for (Section s : sections) {
      String text = text(document, s.start(), s.end());
      boolean judge = (part || sections.size() > 1) && text.length() >= SECTION_MIN_CHARS
          && !(inherited.is("fr") && FunctionWords.plainlyFrench(text));
      out.add(s.withLanguage(judge ? detector.detect(text) : inherited));
    }
    return out;
  }

  /**
   * Text to detect the whole document's language from: all of it when short, else blocks taken
   * at even steps through it, so an English licence at the top of a French novel does not decide.
   */
  static String sample(Document document) {
    List<String> texts = new ArrayList<>();
    long total = 0;
    for (Block b : document.blocks()) {
      if (b.translatable()) {
        String text = Markup.readable(b.text());
        texts.add(text);
        total += text.length();
      }
    }
    int step = (int) Math.max(1, Math.min(texts.size(), total / SAMPLE_CHARS));
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < texts.size() && sb.length() < SAMPLE_CHARS; i += step) {
      if (sb.length() > 0) {
        sb.append('\n');
      }
      sb.append(texts.get(i));
    }
    return sb.toString();
  }

  private static String text(Document document, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (Block b : document.blocks().subList(from, to)) {
      if (b.translatable()) {
        if (sb.length() > 0) {
          sb.append('\n');
        }
        sb.append(Markup.readable(b.text()));
        if (sb.length() >= SAMPLE_CHARS) {
          break;
        }
      }
    }
    return sb.toString();
  }
}
