package org.traduire.translate.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import okhttp3.HttpUrl;
import okhttp3.Request;
import org.traduire.translate.BackendSetupException;

/** A LibreTranslate server: {@code POST /translate} with all of a chunk's segments as one {@code q} list. */
public final class LibreTranslateService implements Service {
  /** Where {@code libretranslate} listens when started with no options. */
  static final String DEFAULT_URL = "http://127.0.0.1:5000";

  /**
   * Every server sets its own {@code --char-limit} (summed over all texts of a request, counted in
   * code points) and {@code --batch-limit}; both are unlimited by default. 2,000 is the per-request
   * limit of the hosted libretranslate.com, the strictest well-known one, and our count in UTF-16
   * units is never below the server's count in code points. A request over a server's limit gets
   * a 400, which is not fatal: the batch is then tried segment by segment.
   */
  static final int MAX_CHARS = 2_000;

  /**
   * No documented default either; 25 rarely binds at 2,000 characters (sentences run 100 to 200
   * characters) but keeps batches of many short items (headings, list items) modest for servers
   * run with a small {@code --batch-limit}.
   */
  static final int MAX_SEGMENTS = 25;

  private final HttpUrl base;
  private final String key;

  private LibreTranslateService(HttpUrl base, String key) {
    this.base = base;
    this.key = key;
  }

  /**
   * The service at {@code url} ({@code libretranslate.url}; empty: http://127.0.0.1:5000) with the
   * optional {@code apiKey} ({@code libretranslate.api_key} / $LIBRETRANSLATE_API_KEY).
   *
   * @throws BackendSetupException when the URL is malformed, or plain HTTP to another machine
   *     while a key is set
   */
  public static LibreTranslateService create(String url, String apiKey) throws BackendSetupException {
    String key = apiKey == null ? "" : apiKey.strip();
    String where = url == null || url.isBlank() ? DEFAULT_URL : url;
    return new LibreTranslateService(Endpoints.base("libretranslate.url", where, !key.isEmpty()), key);
  }

  @Override
  public String name() {
    return "libretranslate";
  }

  /** Each server runs its own models, so the host names the answers. */
  @Override
  public String memoryKey() {
    return name() + ":" + base.host() + ":" + base.port();
  }

  @Override
  public int maxChars() {
    return MAX_CHARS;
  }

  @Override
  public int maxSegments() {
    return MAX_SEGMENTS;
  }

  /** Placeholders ({@code ⟦0⟧}) go out as they are; with {@code format: text} the server does not parse markup. */
  @Override
  public Request request(List<String> segments) {
    ObjectNode body = Json.object();
    ArrayNode q = body.putArray("q");
    segments.forEach(q::add);
    body.put("source", "fr");
    body.put("target", "en");
    body.put("format", "text");
    if (!key.isEmpty()) {
      body.put("api_key", key);
    }
    return new Request.Builder().url(Endpoints.resolve(base, "translate")).post(Json.body(body)).build();
  }

  /** {@code translatedText} is a list when {@code q} was one; a lone string is taken as a list of one. */
  @Override
  public List<String> translations(String body, List<String> segments) throws AnswerException {
    JsonNode root = Json.parse(body);
    JsonNode text = root.path("translatedText");
    if (text.isTextual()) {
      return List.of(text.asText());
    }
    if (!text.isArray()) {
      String said = root.isObject() ? ErrorBodies.message(body) : "";
      throw new AnswerException("answer has no \"translatedText\"" + (said.isEmpty() ? "" : " (" + said + ")"), false);
    }
    List<String> out = new ArrayList<>(text.size());
    for (JsonNode t : text) {
      if (!t.isTextual()) {
        throw new AnswerException("translation " + (out.size() + 1) + " is not a string", false);
      }
      out.add(t.asText());
    }
    return out;
  }

  /**
   * 400 is usually about one batch (over the character or batch limit), except the 400 a server
   * that wants a key answers to a request without one: no request can succeed then.
   */
  @Override
  public boolean fatal(int status, String message) {
    if (status == 400) {
      return message.toLowerCase(Locale.ROOT).contains("api key");
    }
    return Service.super.fatal(status, message);
  }

  @Override
  public String hint(int status) {
    switch (status) {
      case 401:
      case 403:
        return "LIBRETRANSLATE_API_KEY missing or rejected";
      case 404:
        return "not found: check libretranslate.url";
      case 429:
        return "LibreTranslate asks to slow down (too many requests)";
      default:
        return "";
    }
  }

  @Override
  public Request probe() {
    return new Request.Builder().url(Endpoints.resolve(base, "languages")).get().build();
  }

  @Override
  public List<String> secrets() {
    return key.isEmpty() ? List.of() : List.of(key);
  }
}
