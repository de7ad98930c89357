package org.traduire.translate.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.Request;
import org.traduire.translate.BackendSetupException;

/**
 * Apertium APY, the rule-based translator run as a local server: French to English through a
 * chain of installed pairs ({@code fra|cat|eng} by default, as Debian has no direct pair).
 */
public final class ApertiumService implements Service {
  static final String DEFAULT_URL = "http://127.0.0.1:2737";
  static final String DEFAULT_CHAIN = "fra|cat|eng";

  /**
   * Joins a chunk's segments into APY's one {@code q}. With {@code format=txt} a blank line is a
   * paragraph break that every stage keeps and never reorders words across; a single newline is
   * mere whitespace (seen: "Titre\nFin." came back "Fine\nTitle."), and with {@code format=html}
   * even a blank line is.
   */
  static final String SEPARATOR = "\n\n";

  private static final Pattern PIECE_BREAK = Pattern.compile("\n{2,}");
  /** A segment's own line breaks, with the spaces around them, become one space (see request). */
  private static final Pattern LINE_BREAK = Pattern.compile("\\s*\\R\\s*");
  private static final Pattern CODE = Pattern.compile("[a-z]{2,3}(?:_[A-Za-z0-9]+)*");
  /** The marks Apertium puts before a word: unknown ({@code *}), untranslated ({@code @}), not generated ({@code #}). */
  private static final String MARKS = "*@#";

  /** Debian packages holding a pair, by its two languages in either order (variants dropped). */
  private static final Map<Set<String>, String> PACKAGES = Map.of(
      Set.of("fra", "cat"), "apertium-fra-cat",
      Set.of("cat", "eng"), "apertium-eng-cat",
      Set.of("fra", "spa"), "apertium-fr-es",
      Set.of("spa", "eng"), "apertium-eng-spa",
      Set.of("spa", "cat"), "apertium-spa-cat");
  private static final Map<String, String> THREE_LETTERS = Map.of("fr", "fra", "en", "eng", "ca", "cat", "es", "spa");

  private final HttpUrl base;
  private final List<String> chain;

  private ApertiumService(HttpUrl base, List<String> chain) {
    this.base = base;
    this.chain = chain;
  }

  /**
   * The service at {@code url} (setting {@code apertium.url}) translating through {@code chain}
   * (setting {@code apertium.chain}, codes separated by {@code |}); null means the default.
   *
   * @throws BackendSetupException naming the setting whose value is unusable
   */
  public static ApertiumService create(String url, String chain) throws BackendSetupException {
    HttpUrl base = Endpoints.base("apertium.url", url == null ? DEFAULT_URL : url, false);
    return new ApertiumService(base, parseChain(chain == null ? DEFAULT_CHAIN : chain));
  }

  private static List<String> parseChain(String value) throws BackendSetupException {
    List<String> codes = Arrays.stream(value.strip().split("\\|", -1)).map(String::strip).toList();
    if (codes.size() < 2) {
      throw badChain(value, "needs at least two language codes separated by |, e.g. " + DEFAULT_CHAIN);
    }
    for (String c : codes) {
      if (!CODE.matcher(c).matches()) {
        throw badChain(value, "'" + c + "' is not a language code such as fra, cat, eng or cat_valencia");
      }
    }
    if (!language(codes.get(0)).equals("fra") || !language(codes.get(codes.size() - 1)).equals("eng")) {
      throw badChain(value, "must start with fra and end with eng, e.g. " + DEFAULT_CHAIN);
    }
    return codes;
  }

  private static BackendSetupException badChain(String value, String why) {
    return new BackendSetupException("apertium.chain '" + value + "' " + why);
  }

  /** The three-letter language of a code, without its variant: {@code en_US} is {@code eng}. */
  private static String language(String code) {
    String lang = code.split("_", 2)[0];
    return THREE_LETTERS.getOrDefault(lang, lang);
  }

  @Override
  public String name() {
    return "apertium";
  }

  /** The chain changes the answers, the server does not (the same packages answer the same). */
  @Override
  public String memoryKey() {
    return name() + ":" + chain();
  }

  /**
   * Characters per request. The fra|cat|eng chain ran at about 12,000 characters per second here
   * (6,800 with eight requests queued on the same pipeline), so 4,000 take well under a second,
   * far from APY's 10 s server-side timeout even on a loaded machine; bigger batches were no faster.
   */
  @Override
  public int maxChars() {
    return 4000;
  }

  @Override
  public int maxSegments() {
    return 100;
  }

  /** The chain as users write it, e.g. {@code fra|cat|eng}. */
  public String chain() {
    return String.join("|", chain);
  }

  /**
   * One POST for the whole batch: blank segments are not sent (they come back as they are), and
   * a segment's own line breaks become spaces so that the only blank lines are separators. A
   * soft line break inside a paragraph is lost; keeping it would not help, as Apertium moves
   * words across a single newline anyway. {@code format=txt}: the text is plain, so {@code <},
   * {@code &} and {@code *} are words, not markup ({@code html} moved "gras" out of
   * {@code <b>gras</b>}, and let a blank line vanish between segments).
   */
  @Override
  public Request request(List<String> segments) {
    String q = sent(segments).stream().collect(Collectors.joining(SEPARATOR));
    FormBody.Builder form = new FormBody.Builder();
    String path;
    if (chain.size() == 2) {
      path = "translate";
      form.add("langpair", chain());
    } else {
      path = "translateChain";
      form.add("langpairs", chain());
    }
    form.add("q", q).add("markUnknown", "no").add("format", "txt");
    return new Request.Builder().url(Endpoints.resolve(base, path)).post(form.build()).build();
  }

  /** The text sent for each segment that is not blank, in order. */
  private static List<String> sent(List<String> segments) {
    List<String> out = new ArrayList<>();
    for (String s : segments) {
      if (!s.isBlank()) {
        out.add(LINE_BREAK.matcher(s).replaceAll(" ").strip());
      }
    }
    return out;
  }

  @Override
  public List<String> translations(String body, List<String> segments) throws AnswerException {
    JsonNode root = Json.parse(body);
    JsonNode status = root.path("responseStatus");
    if (!status.isMissingNode() && status.asInt() != 200) {
      // Never seen in a 2xx; if it comes, a server-side failure may pass, a refusal will not.
      String details = root.path("responseDetails").asText("");
      throw new AnswerException("answered responseStatus " + status.asText()
          + (details.isEmpty() || details.equals("null") ? "" : ": " + ErrorBodies.oneLine(details)),
          RetryPolicy.retryable(status.asInt()));
    }
    List<String> sent = sent(segments);
    if (sent.isEmpty()) {
      return List.copyOf(segments); // APY answers an empty q without any translatedText
    }
    JsonNode text = root.path("responseData").path("translatedText");
    if (!text.isTextual()) {
      // Valid JSON of another shape: asking again will get the same, so do not retry.
      throw new AnswerException("answer has no responseData.translatedText (is apertium.url an Apertium APY server?)", false);
    }
    List<String> pieces = sent.size() == 1
        ? List.of(text.asText().strip())
        : Arrays.stream(PIECE_BREAK.split(text.asText().strip(), -1)).map(String::strip).toList();
    String all = String.join(SEPARATOR, sent);
    List<String> out = new ArrayList<>();
    int next = 0;
    for (String s : segments) {
      if (s.isBlank()) {
        out.add(s);
      } else if (next < pieces.size()) {
        String source = pieces.size() == sent.size() ? sent.get(next) : all;
        out.add(unmark(pieces.get(next++), source));
      }
    }
    // Extra pieces are kept so that the caller sees the count is wrong and asks one by one.
    while (next < pieces.size()) {
      out.add(unmark(pieces.get(next++), all));
    }
    return out;
  }

  /**
   * {@code translation} without the marks Apertium leaves before words: {@code markUnknown=no}
   * removes one {@code *} per stage, but a chain's first stage marks the word and the second marks
   * it again. A mark is removed only when {@code source} does not hold that character at all, so
   * a star or hash of the author's own survives.
   */
  static String unmark(String translation, String source) {
    String out = translation;
    for (char mark : MARKS.toCharArray()) {
      if (source.indexOf(mark) < 0 && out.indexOf(mark) >= 0) {
        // inside [] the three marks are literal: a run of marks, then the word they mark
        out = out.replaceAll("[" + mark + "]+(?=[^\\s" + mark + "])", "");
      }
    }
    return out;
  }

  /** An unknown pair (400 "That pair is not installed", "Pair fra-cat is not installed", "No path found") fails every request. */
  @Override
  public boolean fatal(int status, String message) {
    return Service.super.fatal(status, message)
        || (status == 400 && (message.contains("not installed") || message.contains("No path found")));
  }

  @Override
  public String hint(int status) {
    if (status == 400) {
      return "the chain " + chain() + " is not installed on the server: " + installAdvice();
    }
    if (status == 404) {
      return "is apertium.url " + base + " an Apertium APY server?";
    }
    return "";
  }

  private String installAdvice() {
    Set<String> packages = new LinkedHashSet<>();
    List<String> unknown = new ArrayList<>();
    for (int i = 0; i + 1 < chain.size(); i++) {
      String pkg = PACKAGES.get(Set.of(language(chain.get(i)), language(chain.get(i + 1))));
      if (pkg == null) {
        unknown.add(chain.get(i) + "-" + chain.get(i + 1));
      } else {
        packages.add(pkg);
      }
    }
    String install = packages.isEmpty() ? "" : "apt-get install " + String.join(" ", packages);
    String others = unknown.isEmpty() ? "" : "install the Apertium data for " + String.join(", ", unknown);
    return install.isEmpty() ? others : others.isEmpty() ? install : install + " and " + others;
  }

  @Override
  public Request probe() {
    return new Request.Builder().url(Endpoints.resolve(base, "listPairs")).get().build();
  }

  @Override
  public List<String> secrets() {
    return List.of();
  }
}
