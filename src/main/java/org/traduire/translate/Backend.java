package org.traduire.translate;

import java.util.List;

/**
 * A translation service: French segments in, as many English segments out, in the same order.
 * Wrappers (fallback; later cache, retries, rate limits) implement this interface too and wrap
 * another backend, the way OkHttp interceptors wrap a call.
 */
public interface Backend {
  /** The name users give with {@code -b}, e.g. {@code dictionary}. */
  String name();

  /** The most characters one request (one chunk of segments) may hold. */
  int maxChars();

  /**
   * What identifies this backend's output in the translation memory: its name and every setting
   * that changes what it answers (a model, a language pair), e.g. {@code deepl:EN-US}. Null or
   * empty means its answers are never stored or looked up (the offline dictionary: it is faster
   * than a lookup, and always answers the same).
   */
  default String memoryKey() {
    return "";
  }

  /** The most segments one request may hold. */
  default int maxSegments() {
    return Integer.MAX_VALUE;
  }

  /**
   * Translates {@code segments} from French to English.
   *
   * @return exactly one translation per segment, in order
   * @throws TranslationException when the backend cannot translate this batch
   */
  List<String> translate(List<String> segments) throws TranslationException;

  /**
   * Loads what the first request will need (a lexicon, a connection), so that the work can
   * overlap with reading and parsing; called on a background thread. Does nothing by default.
   */
  default void warmUp() {}

  /**
   * Asks the backend whether it answers, without translating anything worth paying for. Offline
   * backends answer at once.
   */
  default Health check() {
    return new Health(true, "built in, nothing to reach");
  }

  /** What the run should tell the user about this backend at the end (fallbacks, retries), if anything. */
  default java.util.Optional<String> summary() {
    return java.util.Optional.empty();
  }

  /**
   * Translations together with the name of the backend that made them: {@code backend} for the
   * whole batch, {@code backends} for each translation (a chain tells which link did; when a later
   * link took over only some segments, they differ).
   */
  record Translated(String backend, List<String> translations, List<String> backends) {
    public Translated {
      translations = List.copyOf(translations);
      backends = backends == null ? java.util.Collections.nCopies(translations.size(), backend) : List.copyOf(backends);
      if (backends.size() != translations.size()) {
        throw new IllegalArgumentException(backends.size() + " backend names for " + translations.size() + " translations");
      }
    }

    /** Every translation made by {@code backend}. */
    public Translated(String backend, List<String> translations) {
      this(backend, translations, null);
    }

    /** The backend that made translation {@code i}. */
    public String backend(int i) {
      return backends.get(i);
    }
  }

  /** Like {@link #translate} but also says which backend answered. */
  default Translated translateNamed(List<String> segments) throws TranslationException {
    return new Translated(name(), translate(segments));
  }
}
