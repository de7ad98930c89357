package org.traduire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The HTTP backends from the command line: settings, fallback chains, what stderr and JSON say. */
class HttpBackendCliTest {
  private static final String ARTICLE = "Le marché\n\nLe marché ouvre à huit heures. Les habitants achètent du pain et des fruits.\n\n"
      + "La gare\n\nLe train part à midi. Les voyageurs attendent sur le quai avec leurs valises.\n";

  private final MockWebServer server = new MockWebServer();
  private final ObjectMapper json = new ObjectMapper();

  @BeforeEach
  void start() throws IOException {
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private Map<String, String> env(String... pairs) {
    Map<String, String> env = new HashMap<>(Map.of("XDG_CONFIG_HOME", "/nonexistent", "COLUMNS", "100"));
    for (int i = 0; i < pairs.length; i += 2) {
      env.put(pairs[i], pairs[i + 1]);
    }
    return env;
  }

  private Cli.Result run(Map<String, String> env, String... args) {
    return Cli.run(ARTICLE.getBytes(java.nio.charset.StandardCharsets.UTF_8), env, args);
  }

  /**
   * DeepL's answer: "EN " before the dictionary's English of each text sent (an answer that is
   * still French would be refused by the English check).
   */
  private static MockResponse deeplEcho(RecordedRequest request) throws IOException {
    JsonNode body = new ObjectMapper().readTree(request.getBody().utf8());
    StringBuilder out = new StringBuilder("{\"translations\": [");
    for (int i = 0; i < body.get("text").size(); i++) {
      out.append(i == 0 ? "" : ",").append("{\"detected_source_language\":\"FR\",\"text\":")
          .append(new ObjectMapper().writeValueAsString("EN " + english(body.get("text").get(i).asText()))).append('}');
    }
    return new MockResponse.Builder().setHeader("Content-Type", "application/json").body(out.append("]}").toString()).build();
  }

  private static String english(String french) {
    try {
      return org.traduire.translate.dictionary.DictionaryBackend.create().translate(List.of(french)).get(0);
    } catch (org.traduire.translate.TranslationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> backendsOfTranslatedBlocks(JsonNode doc) {
    List<String> names = new ArrayList<>();
    for (JsonNode section : doc.get("sections")) {
      for (JsonNode block : section.get("blocks")) {
        if (block.get("status").asText().equals("translated")) {
          names.add(block.get("backend").asText());
        }
      }
    }
    return names;
  }

  @Test
  void deeplTranslatesWithTheKeyFromTheEnvironmentAndTheVariantFromSet() throws Exception {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        try {
          return deeplEcho(request);
        } catch (IOException e) {
          throw new IllegalStateException(e);
        }
      }
    });
    Cli.Result r = run(env("DEEPL_API_KEY", "fake-key-123:fx"),
        "-b", "deepl", "--set", "deepl.url=" + server.url("/"), "--set", "deepl.target_lang=EN-GB", "-f", "target");

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("EN The market", "EN The train leaves at noon.");
    RecordedRequest first = server.takeRequest();
    assertThat(first.getUrl().encodedPath()).isEqualTo("/v2/translate");
    assertThat(first.getHeaders().get("Authorization")).isEqualTo("DeepL-Auth-Key fake-key-123:fx");
    assertThat(first.getBody().utf8()).contains("\"target_lang\":\"EN-GB\"");
  }

  @Test
  void aSecondRunFindsEverySegmentInTheTranslationMemoryAndSendsNothing() throws Exception {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        try {
          return deeplEcho(request);
        } catch (IOException e) {
          throw new IllegalStateException(e);
        }
      }
    });
    Map<String, String> env = env("DEEPL_API_KEY", "fake-key-123", "XDG_CACHE_HOME",
        java.nio.file.Files.createTempDirectory("traduire-cache").toString());
    String[] args = {"-b", "deepl", "--set", "deepl.url=" + server.url("/"), "-f", "json"};
    Cli.Result first = run(env, args);
    int sent = server.getRequestCount();
    Cli.Result second = run(env, args);

    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(second.exit()).as(second.err()).isZero();
    assertThat(sent).isPositive();
    assertThat(server.getRequestCount()).as("requests of the second run").isEqualTo(sent);
    assertThat(second.out()).as("the same document, backends included").isEqualTo(first.out());
    assertThat(second.err()).containsPattern("translation memory: (\\d+) of \\1 segments found \\(100%\\), 0 sent");

    run(env, "--no-cache", "-b", "deepl", "--set", "deepl.url=" + server.url("/"), "-f", "json");
    assertThat(server.getRequestCount()).as("--no-cache asks again").isGreaterThan(sent);
  }

  @Test
  void aRejectedKeyFallsBackToTheDictionaryAndSaysSo() throws Exception {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return new MockResponse.Builder().code(403).body("{\"message\":\"Wrong key\"}").build();
      }
    });
    Cli.Result r = run(env("DEEPL_API_KEY", "fake-key-123"),
        "-b", "deepl,dictionary", "--set", "deepl.url=" + server.url("/"), "-j", "1", "-f", "json");

    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode doc = json.readTree(r.out());
    assertThat(doc.at("/summary/failed").asInt()).isZero();
    assertThat(backendsOfTranslatedBlocks(doc)).isNotEmpty().containsOnly("dictionary");
    assertThat(r.err()).contains("fell back along deepl,dictionary", "DEEPL_API_KEY rejected (403: Wrong key)");
    assertThat(server.getRequestCount()).as("a rejected key is tried once, not once per chunk (one request in flight)").isEqualTo(1);
  }

  @Test
  void onlyTheChunksThatFailedFallBackAndTheJsonSaysWhichBackendDidEach() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        try {
          // the first section's request succeeds; the second's fails every time
          return request.getBody().utf8().contains("marché") ? deeplEcho(request)
              : new MockResponse.Builder().code(503).body("{\"message\":\"busy\"}").build();
        } catch (IOException e) {
          throw new IllegalStateException(e);
        } finally {
          calls.incrementAndGet();
        }
      }
    });
    Cli.Result r = run(env("DEEPL_API_KEY", "fake-key-123"),
        "-b", "deepl,dictionary", "--set", "deepl.url=" + server.url("/"), "--set", "http.retries=1", "-j", "1", "-f", "json");

    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode doc = json.readTree(r.out());
    assertThat(backendsOfTranslatedBlocks(doc)).contains("deepl", "dictionary");
    assertThat(r.err()).containsPattern("\\d+ chunks? fell back along deepl,dictionary \\(first because deepl answered 503: busy \\(after 2 attempts\\)\\)");
  }

  @Test
  void withoutAFallbackAFailedBackendLeavesTheFrenchMarkedAndExitsOne() throws Exception {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return new MockResponse.Builder().code(456).body("{\"message\":\"Quota exceeded\"}").build();
      }
    });
    Cli.Result r = run(env("DEEPL_API_KEY", "fake-key-123"), "-b", "deepl", "--set", "deepl.url=" + server.url("/"), "-f", "json");

    assertThat(r.exit()).isEqualTo(1);
    JsonNode doc = json.readTree(r.out());
    assertThat(doc.at("/summary/translated").asInt()).isZero();
    assertThat(doc.at("/summary/failed").asInt()).isPositive();
    assertThat(r.err()).contains("deepl: DeepL quota exceeded").doesNotContain("Exception");
  }

  @Test
  void aMissingKeyIsAUsageErrorNamingTheVariable() {
    Cli.Result r = run(env(), "-b", "deepl");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).startsWith("traduire: DEEPL_API_KEY is not set");
  }

  @Test
  void aKeyIsNeverSentOverPlainHttpToAnotherMachine() {
    Cli.Result r = run(env("LIBRETRANSLATE_API_KEY", "fake-key-123"), "-b", "libretranslate",
        "--set", "libretranslate.url=http://translate.example.com");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("libretranslate.url http://translate.example.com", "never sent over plain HTTP")
        .doesNotContain("fake-key-123");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void aBadHttpSettingIsAUsageErrorNamingTheKey() {
    Cli.Result r = run(env(), "-b", "apertium", "--set", "http.read_timeout=soon");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("http.read_timeout 'soon' must be a number of seconds");
  }

  @Test
  void anUnknownSetKeyIsAUsageErrorWithASuggestion() {
    Cli.Result r = run(env(), "--set", "deepl.target-lang=EN-GB");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--set deepl.target-lang: no such config key", "deepl.target_lang");
  }

  @Test
  void backendsListsEveryBackendAndShowsKeysOnlyAsSet() {
    Cli.Result r = run(env("DEEPL_API_KEY", "fake-key-123:fx"), "backends");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("dictionary *", "apertium", "libretranslate", "deepl", "openai",
        "apertium.chain  fra|cat|eng", "deepl.api_key      set   (from $DEEPL_API_KEY)")
        .doesNotContain("fake-key-123");
  }

  @Test
  void backendsCheckAsksEachConfiguredBackendAndFailsWhenOneDoesNotAnswer() {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return request.getUrl().encodedPath().equals("/listPairs")
            ? new MockResponse.Builder().body("{\"responseData\": [], \"responseStatus\": 200}").build()
            : new MockResponse.Builder().code(500).body("{\"error\":\"down\"}").build();
      }
    });
    Cli.Result r = run(env(), "backends", "--check", "--set", "apertium.url=" + server.url("/"),
        "--set", "libretranslate.url=" + server.url("/"));
    assertThat(r.out()).containsPattern("apertium.chain  fra\\|cat\\|eng\\n  check: ok, answers in \\d+ ms")
        .contains("check: FAILED: libretranslate answered 500: down", "check: not configured: DEEPL_API_KEY is not set");
    assertThat(r.exit()).isEqualTo(1);
  }
}
