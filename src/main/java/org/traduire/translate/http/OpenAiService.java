package org.traduire.translate.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.Request;
import org.traduire.translate.BackendSetupException;
import org.traduire.translate.glossary.Glossary;
import org.traduire.translate.glossary.Term;

/**
 * OpenAI-compatible chat completions (OpenAI itself, Ollama, vLLM, llama.cpp server, LM Studio):
 * the segments go out as a JSON object of numbered French texts, and must come back as a JSON
 * object with the same numbers, each mapped to its English translation.
 */
public final class OpenAiService implements Service {
  static final String DEFAULT_URL = "https://api.openai.com";
  private static final String OPENAI_HOST = "api.openai.com";

  // The whole answer must fit in the model's output budget: 4,096 tokens for many hosted models
  // and what is left of a 4k context on a local server (Ollama's default) once the prompt is in.
  // English runs about as long as the French, and 6,000 characters of it, with the JSON keys and
  // escapes, is roughly 2,000 tokens. Forty segments keep the numbering easy to follow; a bigger
  // batch saves little when each request costs its tokens anyway.
  private static final int MAX_SEGMENTS = 40;
  private static final int MAX_CHARS = 6000;

  static final String SYSTEM = String.join(" ",
      "You are a translator from French to English.",
      "The user sends a JSON object whose keys are segment numbers and whose values are French segments.",
      "Translate each segment faithfully and completely into natural English: every sentence, nothing left out, nothing added.",
      "Keep each segment's formatting, punctuation, numbers and names of people, organisations and products exactly as they are.",
      "Placeholders of the form ⟦n⟧ (such as ⟦1⟧) stand for text that must not change: copy each one exactly, where it belongs.",
      "Translate only the values, nothing else; do not merge or split segments; add no commentary, notes or explanations.",
      "Answer with ONLY a JSON object that maps each segment number, as a string, to its English translation,",
      "with exactly the keys you were given, for example {\"1\": \"...\", \"2\": \"...\"}.");

  /** Introduces the glossary terms found in a batch, given to the model as a JSON object. */
  static final String GLOSSARY = String.join(" ",
      "Glossary: wherever one of these French terms occurs, translate it exactly as given here",
      "(change only the case of its first letter at the start of a sentence).",
      "The JSON object maps each French term to its English translation:");

  private final HttpUrl base;
  private final HttpUrl chat;
  private final HttpUrl models;
  private final String model;
  private final String apiKey;
  private final Glossary glossary;

  private OpenAiService(HttpUrl base, String model, String apiKey, Glossary glossary) {
    this.base = base;
    this.chat = Endpoints.resolve(base, "v1/chat/completions");
    this.models = Endpoints.resolve(base, "v1/models");
    this.model = model;
    this.apiKey = apiKey;
    this.glossary = glossary;
  }

  /** This service with the run's glossary: the terms that occur in a batch go into its prompt. */
  public OpenAiService withGlossary(Glossary glossary) {
    return new OpenAiService(base, model, apiKey, glossary);
  }

  /**
   * The service at {@code url} ({@code openai.url}; with or without a trailing {@code /v1}; the
   * default when blank) asking {@code model} ({@code openai.model}), sending {@code apiKey}
   * ({@code openai.api_key} or {@code $OPENAI_API_KEY}) when there is one: local servers need none.
   *
   * @throws BackendSetupException when the model is blank, the URL unusable, or api.openai.com is
   *     asked without a key
   */
  public static OpenAiService create(String url, String model, String apiKey) throws BackendSetupException {
    String key = apiKey == null || apiKey.isBlank() ? null : apiKey.strip();
    if (key != null && !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
      throw new BackendSetupException("openai.api_key (OPENAI_API_KEY) holds spaces or characters no API key has");
    }
    if (model == null || model.isBlank()) {
      throw new BackendSetupException("openai.model is not set (e.g. gpt-4o-mini, or the name of a model your server has loaded)");
    }
    String value = url == null || url.isBlank() ? DEFAULT_URL : url;
    HttpUrl base = withoutV1(Endpoints.base("openai.url", value, key != null));
    if (key == null && base.host().equals(OPENAI_HOST)) {
      throw new BackendSetupException("OPENAI_API_KEY is not set (api.openai.com needs it; set it or openai.api_key,"
          + " or point openai.url at a local server such as Ollama)");
    }
    return new OpenAiService(base, model.strip(), key, Glossary.NONE);
  }

  /** {@code url} without a last path segment {@code v1}, since every request path adds its own. */
  private static HttpUrl withoutV1(HttpUrl url) {
    HttpUrl.Builder b = url.newBuilder();
    List<String> segments = new ArrayList<>(url.pathSegments());
    while (!segments.isEmpty() && segments.get(segments.size() - 1).isEmpty()) {
      segments.remove(segments.size() - 1);
    }
    if (!segments.isEmpty() && segments.get(segments.size() - 1).equalsIgnoreCase("v1")) {
      segments.remove(segments.size() - 1);
    }
    b.encodedPath("/");
    segments.forEach(b::addPathSegment);
    return b.build();
  }

  @Override
  public String name() {
    return "openai";
  }

  /** The model and the server that runs it (two local servers may load different weights under one name). */
  @Override
  public String memoryKey() {
    return name() + ":" + model + "@" + chat.host() + ":" + chat.port()
        + (glossary.isEmpty() ? "" : "+glossary:" + glossary.sha256().substring(0, 12));
  }

  @Override
  public int maxChars() {
    return MAX_CHARS;
  }

  @Override
  public int maxSegments() {
    return MAX_SEGMENTS;
  }

  @Override
  public Request request(List<String> segments) {
    ObjectNode numbered = Json.object();
    for (int i = 0; i < segments.size(); i++) {
      numbered.put(String.valueOf(i + 1), segments.get(i));
    }
    ObjectNode body = Json.object();
    body.put("model", model);
    body.put("temperature", 0);
    ArrayNode messages = body.putArray("messages");
    // one system message: some local servers' chat templates refuse a second one
    String terms = terms(segments);
    messages.addObject().put("role", "system").put("content", terms.isEmpty() ? SYSTEM : SYSTEM + "\n\n" + terms);
    messages.addObject().put("role", "user").put("content", numbered.toString());
    body.putObject("response_format").put("type", "json_object");
    return authorised(new Request.Builder().url(chat).post(Json.body(body)));
  }

  /** The glossary message for {@code segments}: the terms that occur in them, or empty when none does. */
  String terms(List<String> segments) {
    return terms(glossary, segments);
  }

  private static String terms(Glossary glossary, List<String> segments) {
    List<Term> found = glossary.occurring(segments);
    if (found.isEmpty()) {
      return "";
    }
    ObjectNode map = Json.object();
    for (Term t : found) {
      map.put(t.french(), t.english());
    }
    return GLOSSARY + " " + map;
  }

  /**
   * Characters of the prompt one request for {@code segments} carries (instructions, glossary
   * terms, numbered segments), for cost estimates: every request pays for its instructions.
   */
  public static int promptChars(List<String> segments, Glossary glossary) {
    ObjectNode numbered = Json.object();
    for (int i = 0; i < segments.size(); i++) {
      numbered.put(String.valueOf(i + 1), segments.get(i));
    }
    String terms = terms(glossary, segments);
    return SYSTEM.length() + (terms.isEmpty() ? 0 : 2 + terms.length()) + numbered.toString().length();
  }

  private Request authorised(Request.Builder b) {
    if (apiKey != null) {
      b.header("Authorization", "Bearer " + apiKey);
    }
    return b.build();
  }

  @Override
  public List<String> translations(String body, List<String> segments) throws AnswerException {
    JsonNode root = Json.parse(body);
    JsonNode choice = root.path("choices").path(0);
    if (!choice.isObject()) {
      String said = root.has("error") ? ": " + ErrorBodies.message(body) : "";
      throw new AnswerException("answer has no choices" + said, true);
    }
    String finish = choice.path("finish_reason").asText("");
    if (finish.equals("length")) {
      // The same request would be cut at the same place; a smaller batch fits.
      throw new AnswerException("answer cut short at the model's output limit (finish_reason: length)", false);
    }
    if (finish.equals("content_filter")) {
      throw new AnswerException("answer withheld by the service's content filter (finish_reason: content_filter)", false);
    }
    JsonNode message = choice.path("message");
    JsonNode refusal = message.path("refusal");
    if (refusal.isTextual() && !refusal.asText().isBlank()) {
      throw new AnswerException("the model refused: " + ErrorBodies.oneLine(refusal.asText()), false);
    }
    JsonNode content = message.path("content");
    if (!content.isTextual() || content.asText().isBlank()) {
      throw new AnswerException("answer has no message content", true);
    }
    JsonNode object = Json.tryParse(unfenced(content.asText()));
    if (object == null || !object.isObject()) {
      throw new AnswerException("the model did not answer with a JSON object: " + preview(content.asText()), true);
    }
    return inOrder(object, segments);
  }

  /** {@code content} without a Markdown code fence (```json ... ```) that some models put around JSON. */
  static String unfenced(String content) {
    String s = content.strip();
    if (!s.startsWith("```")) {
      return s;
    }
    int eol = s.indexOf('\n');
    s = eol < 0 ? s.substring(3) : s.substring(eol + 1);
    if (s.endsWith("```")) {
      s = s.substring(0, s.length() - 3);
    }
    return s.strip();
  }

  /**
   * The translations of {@code object} by number. Any gap is an error, never a guess: a missing or
   * extra number, a value that is not text, or a blank value for a segment that is not blank.
   * Throwing (rather than returning a short list) gives the user a message that names the numbers,
   * and makes a fallback chain take the batch: a short list would be passed on as an answer, and
   * for a lone segment it would fail without the fallback ever being asked. Not retryable, since
   * the model would likely answer the same again; the caller asks segment by segment instead.
   */
  private static List<String> inOrder(JsonNode object, List<String> segments) throws AnswerException {
    int n = segments.size();
    String[] out = new String[n];
    List<String> unexpected = new ArrayList<>();
    List<String> notText = new ArrayList<>();
    List<String> blank = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : object.properties()) {
      int i = number(e.getKey(), n);
      if (i < 0) {
        unexpected.add(ErrorBodies.oneLine(e.getKey().length() > 20 ? e.getKey().substring(0, 19) + "…" : e.getKey()));
      } else if (!e.getValue().isTextual()) {
        notText.add(e.getKey());
      } else if (e.getValue().asText().isBlank() && !segments.get(i).isBlank()) {
        blank.add(e.getKey());
      } else {
        out[i] = e.getValue().asText();
      }
    }
    List<String> missing = new ArrayList<>();
    int found = 0;
    for (int i = 0; i < n; i++) {
      String key = String.valueOf(i + 1);
      if (out[i] != null) {
        found++;
      } else if (!notText.contains(key) && !blank.contains(key)) {
        missing.add(key);
      }
    }
    if (found == n && unexpected.isEmpty()) {
      return List.of(out);
    }
    StringBuilder m = new StringBuilder("answer has " + found + " of " + n + " numbered translations");
    append(m, "missing", missing);
    append(m, "unexpected", unexpected);
    append(m, "not text", notText);
    append(m, "blank", blank);
    throw new AnswerException(m.toString(), false);
  }

  /** 0-based index of key {@code "1"} to {@code "n"} written exactly so, else -1. */
  private static int number(String key, int n) {
    if (!key.matches("[1-9]\\d{0,5}")) {
      return -1;
    }
    int k = Integer.parseInt(key);
    return k <= n ? k - 1 : -1;
  }

  private static void append(StringBuilder m, String what, List<String> keys) {
    if (!keys.isEmpty()) {
      List<String> shown = keys.size() <= 10 ? keys : keys.subList(0, 10);
      m.append("; ").append(what).append(' ').append(String.join(", ", shown)).append(keys.size() > 10 ? ", …" : "");
    }
  }

  private static String preview(String content) {
    String line = ErrorBodies.oneLine(content);
    return line.length() <= 60 ? line : line.substring(0, 59) + "…";
  }

  /**
   * Besides the default: a 400 that names {@code response_format} or {@code temperature}, which
   * every request carries (LM Studio refuses {@code json_object}; some reasoning models refuse
   * temperature 0), and a 429 that says the quota is spent, not the rate.
   */
  @Override
  public boolean fatal(int status, String message) {
    String m = message.toLowerCase(Locale.ROOT);
    if (status == 400) {
      return m.contains("response_format") || m.contains("temperature");
    }
    if (status == 429) {
      return m.contains("exceeded your current quota");
    }
    return Service.super.fatal(status, message);
  }

  @Override
  public String hint(int status) {
    switch (status) {
      case 401:
      case 403:
        if (apiKey == null) {
          return "the server wants an API key: set OPENAI_API_KEY or openai.api_key";
        }
        return status == 401 ? "OPENAI_API_KEY rejected" : "";
      case 404:
        return "unknown model '" + model + "' or wrong openai.url";
      default:
        return "";
    }
  }

  @Override
  public Request probe() {
    return authorised(new Request.Builder().url(models).get());
  }

  @Override
  public List<String> secrets() {
    return apiKey == null ? List.of() : List.of(apiKey);
  }
}
