package org.traduire.translate;

import java.util.List;

/**
 * A translation service: French segments in, as many English segments out, in the same order.
 * Wrappers (placeholder protection, later cache, retries, fallback) implement this interface too
 * and wrap another backend, the way OkHttp interceptors wrap a call.
 */
public interface Backend {
  /** The name users give with {@code -b}, e.g. {@code dictionary}. */
  String name();

  /** The most characters one request (one chunk of segments) may hold. */
  int maxChars();

  /**
   * Translates {@code segments} from French to English.
   *
   * @return exactly one translation per segment, in order
   * @throws TranslationException when the backend cannot translate this batch
   */
  List<String> translate(List<String> segments) throws TranslationException;
}
