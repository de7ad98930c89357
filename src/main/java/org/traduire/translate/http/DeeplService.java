package org.traduire.translate.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import okhttp3.HttpUrl;
import java.nio.file.Path;
import java.util.Map;
import okhttp3.Request;
import org.traduire.translate.BackendSetupException;
import org.traduire.translate.TranslationException;
import org.traduire.translate.glossary.Glossary;

/** DeepL API v2: {@code POST /v2/translate} with the key in an {@code Authorization} header. */
public final class DeeplService implements Service {
  static final HttpUrl FREE = HttpUrl.get("https://api-free.deepl.com");
  static final HttpUrl PRO = HttpUrl.get("https://api.deepl.com");

  /** DeepL's documented limit on texts per request. */
  static final int MAX_SEGMENTS = 50;

  /**
   * DeepL refuses request bodies over 128 KiB (131,072 bytes). Segments are measured in UTF-16
   * units, and the costliest unit in our JSON is a control character, which Jackson writes as a
   * six-byte escape (backslash, u, four hex digits); any other unit costs at most 3 bytes of UTF-8
   * (a surrogate pair 4 bytes for 2 units), a quote or backslash 2. So 20,000 units take at most
   * 120,000 bytes, leaving 11,072 for the envelope (about 110 bytes of fixed fields plus 3 a text,
   * 150 for 50 texts) and for fields a later version may add (tag_handling, ignore_tags, context).
   * Ordinary French text costs about 1.1 bytes a unit, so real bodies stay far below the limit.
   */
  static final int MAX_CHARS = 20_000;

  private final String key;
  private final HttpUrl base;
  private final String targetLang;
  private final DeeplGlossaries glossaries;
  private volatile String glossaryId;

  private DeeplService(String key, HttpUrl base, String targetLang, DeeplGlossaries glossaries) {
    this.key = key;
    this.base = base;
    this.targetLang = targetLang;
    this.glossaries = glossaries;
  }

  /**
   * This service with the run's glossary, made into a DeepL glossary before the first translation
   * and sent as {@code glossary_id}; its id is remembered in {@code cache} (see {@link
   * DeeplGlossaries#cacheFile}). An empty glossary changes nothing.
   */
  public DeeplService withGlossary(Glossary glossary, Path cache) {
    if (glossary.isEmpty()) {
      return this;
    }
    return new DeeplService(key, base, targetLang,
        new DeeplGlossaries(base, key, glossary, cache, url -> authorized(url)));
  }

  /** Where DeepL glossary ids are remembered: {@code configured} ({@code deepl.glossary_cache}) or the XDG cache directory of {@code env}. */
  public static Path glossaryCache(String configured, Map<String, String> env) {
    return DeeplGlossaries.cacheFile(configured, env);
  }

  /** Makes sure the glossary exists on the account (made once per change of its terms). */
  @Override
  public void prepare(Exchange exchange) throws TranslationException {
    if (glossaries != null) {
      glossaryId = glossaries.ensure(exchange);
    }
  }

  /** The DeepL glossary the translations use, once {@link #prepare} has run; null without one. */
  String glossaryId() {
    return glossaryId;
  }

  /**
   * The service for {@code apiKey} ({@code deepl.api_key} / $DEEPL_API_KEY), at {@code url}
   * ({@code deepl.url}; empty: api-free.deepl.com for a key ending in {@code :fx}, else
   * api.deepl.com) translating into {@code targetLang} ({@code deepl.target_lang}: EN-US or EN-GB;
   * empty: EN-US).
   *
   * @throws BackendSetupException when the key is missing or cannot go in a header, the URL is
   *     malformed or plain HTTP to another machine, or the target language is not English
   */
  public static DeeplService create(String apiKey, String url, String targetLang) throws BackendSetupException {
    String key = apiKey == null ? "" : apiKey.strip();
    if (key.isEmpty()) {
      throw new BackendSetupException("DEEPL_API_KEY is not set (or deepl.api_key in the config)");
    }
    if (!key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
      // never show the key: say only what is wrong with it
      throw new BackendSetupException("DEEPL_API_KEY contains spaces or characters that cannot go in an HTTP header");
    }
    HttpUrl base = url == null || url.isBlank() ? (key.endsWith(":fx") ? FREE : PRO) : Endpoints.base("deepl.url", url, true);
    String lang = targetLang == null || targetLang.isBlank() ? "EN-US" : targetLang.strip().toUpperCase(Locale.ROOT);
    if (!lang.equals("EN-US") && !lang.equals("EN-GB")) {
      throw new BackendSetupException("deepl.target_lang '" + targetLang + "' is not EN-US or EN-GB");
    }
    return new DeeplService(key, base, lang, null);
  }

  @Override
  public String name() {
    return "deepl";
  }

  /** The target variant changes the answers; the free and the pro endpoints answer alike. */
  @Override
  public String memoryKey() {
    return name() + ":" + targetLang + (glossaries == null ? "" : "+glossary:" + glossaries.glossary().sha256().substring(0, 12));
  }

  @Override
  public int maxChars() {
    return MAX_CHARS;
  }

  @Override
  public int maxSegments() {
    return MAX_SEGMENTS;
  }

  /**
   * Placeholders ({@code ⟦0⟧}) go out as they are: Jackson writes them as plain UTF-8, and
   * {@code preserve_formatting} keeps DeepL from touching spacing and punctuation around them.
   * Whether DeepL keeps them in place is checked when they are restored.
   */
  @Override
  public Request request(List<String> segments) {
    ObjectNode body = Json.object();
    ArrayNode text = body.putArray("text");
    segments.forEach(text::add);
    body.put("source_lang", "FR");
    body.put("target_lang", targetLang);
    body.put("split_sentences", "nonewlines");
    body.put("preserve_formatting", true);
    String glossary = glossaryId;
    if (glossary != null) {
      body.put("glossary_id", glossary);
    }
    return authorized(Endpoints.resolve(base, "v2/translate")).post(Json.body(body)).build();
  }

  @Override
  public List<String> translations(String body, List<String> segments) throws AnswerException {
    JsonNode root = Json.parse(body);
    JsonNode list = root.path("translations");
    if (!list.isArray()) {
      String said = ErrorBodies.message(body);
      throw new AnswerException("answer has no \"translations\" list" + (said.isEmpty() || !root.isObject() ? "" : " (" + said + ")"), false);
    }
    List<String> out = new ArrayList<>(list.size());
    for (JsonNode t : list) {
      JsonNode text = t.path("text");
      if (!text.isTextual()) {
        throw new AnswerException("translation " + (out.size() + 1) + " has no \"text\"", false);
      }
      out.add(text.asText());
    }
    return out;
  }

  /** DeepL puts a short {@code message} and sometimes a longer {@code detail}: keep both. */
  @Override
  public String errorMessage(String body) {
    JsonNode root = Json.tryParse(body);
    if (root != null && root.isObject()) {
      String message = root.path("message").asText("").strip();
      String detail = root.path("detail").asText("").strip();
      if (!message.isEmpty() && !detail.isEmpty() && !detail.equals(message)) {
        return ErrorBodies.oneLine(message + ": " + detail);
      }
    }
    return ErrorBodies.message(body);
  }

  @Override
  public String hint(int status) {
    switch (status) {
      case 401:
      case 403:
        return "DEEPL_API_KEY rejected";
      case 404:
        return "not found: check deepl.url";
      case 413:
        return "request too large for DeepL";
      case 429:
        return "DeepL asks to slow down (too many requests)";
      case 456:
        return "DeepL quota exceeded for this billing period";
      default:
        return "";
    }
  }

  @Override
  public Request probe() {
    return authorized(Endpoints.resolve(base, "v2/usage")).get().build();
  }

  @Override
  public List<String> secrets() {
    return List.of(key);
  }

  private Request.Builder authorized(HttpUrl url) {
    return new Request.Builder().url(url).header("Authorization", "DeepL-Auth-Key " + key);
  }
}
