package org.traduire.translate.http;

import java.util.List;
import okhttp3.Request;
import org.traduire.translate.TranslationException;

/**
 * What one HTTP translation API does differently from the others: the request for a batch of
 * segments, how to read its answer and its errors, and what to tell a user who gets an error that
 * retrying cannot fix. Everything the APIs share (client, throttle, retries, redaction, failures)
 * is in {@link HttpBackend}.
 */
public interface Service {
  /** The name users give with {@code -b}, e.g. {@code deepl}. */
  String name();

  /**
   * The translation memory's key for this service's answers: its name and every setting that
   * changes them (see {@link org.traduire.translate.Backend#memoryKey}). By default the name.
   */
  default String memoryKey() {
    return name();
  }

  /** The most characters of segment text one request may carry. */
  int maxChars();

  /** The most segments one request may carry. */
  int maxSegments();

  /**
   * Work done once, before the first translation is sent: DeepL makes sure the run's glossary
   * exists on the account. Nothing by default. A failure here stops the backend for the run (a
   * chain's next backend takes over), so that nothing is translated without the glossary.
   *
   * @throws TranslationException with one line saying what failed, in the service's own words
   */
  default void prepare(Exchange exchange) throws TranslationException {}

  /** The request that translates {@code segments} (already protected by placeholders) from French to English. */
  Request request(List<String> segments);

  /**
   * Reads the body of a 2xx answer to {@link #request}: the translations in order. Returning a
   * list of the wrong size is allowed (the caller notices and asks again segment by segment).
   *
   * @throws AnswerException when the body is not the documented shape (invalid or truncated JSON,
   *     an error object in a 200, an answer cut short)
   */
  List<String> translations(String body, List<String> segments) throws AnswerException;

  /**
   * The service's own words in an error body (e.g. DeepL's {@code message}, LibreTranslate's
   * {@code error}); by default the usual JSON fields, else the body's first line, shortened.
   */
  default String errorMessage(String body) {
    return ErrorBodies.message(body);
  }

  /**
   * True when an error status means no other request can succeed either (a rejected key, an
   * exhausted quota, an endpoint or model that does not exist), so the run stops asking this
   * backend and the fallback chain takes over. 400 and 413 are usually about one batch and are
   * not fatal by default. Asked before any retry, so a retryable status (a 429 that says the
   * quota is gone) can be declared fatal too.
   */
  default boolean fatal(int status, String message) {
    return status == 401 || status == 403 || status == 404 || status == 456;
  }

  /**
   * What the user should check after {@code status}, e.g. "DEEPL_API_KEY rejected", or empty when
   * the status and the service's words say it all.
   */
  String hint(int status);

  /** A cheap request that shows whether the service answers ({@code traduire backends --check}). */
  Request probe();

  /** The secret values this service sends (API keys): never shown in any message. */
  List<String> secrets();
}
