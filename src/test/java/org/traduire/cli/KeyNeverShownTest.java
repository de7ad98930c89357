package org.traduire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A recognisable fake key, every HTTP backend, every way a service can fail (the server even
 * echoes the key back), with {@code --verbose}: the key appears nowhere in standard output,
 * standard error or the output file.
 */
class KeyNeverShownTest {
  private static final String KEY = "FAKEKEY-7f3a9c2e-5b1d-4e8f:fx";
  private static final String ARTICLE = "Le marché\n\nLe marché ouvre à huit heures. Les habitants achètent du pain.\n";

  private final MockWebServer server = new MockWebServer();
  @TempDir Path dir;

  @BeforeEach
  void start() throws IOException {
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static MockResponse body(int code, String body) {
    return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json").body(body).build();
  }

  /** Every failure mode, each a fresh response per request, most of them repeating the key. */
  static Stream<Arguments> failures() {
    Map<String, Supplier<MockResponse>> faults = new java.util.LinkedHashMap<>();
    faults.put("400 echoing the key", () -> body(400, "{\"message\":\"bad request for key " + KEY + "\"}"));
    faults.put("401 echoing the key", () -> body(401, "{\"error\":{\"message\":\"Incorrect API key provided: " + KEY + "\"}}"));
    faults.put("403", () -> body(403, "{\"message\":\"Forbidden\"}"));
    faults.put("429 without Retry-After", () -> body(429, "{\"message\":\"Too many requests\"}"));
    faults.put("429 asking to wait too long", () -> new MockResponse.Builder().code(429).setHeader("Retry-After", "999").body("{}").build());
    faults.put("456", () -> body(456, "{\"message\":\"Quota exceeded\"}"));
    faults.put("500 echoing the key", () -> body(500, "Internal error while using " + KEY));
    faults.put("503", () -> body(503, "<html><body>Service Unavailable</body></html>"));
    faults.put("invalid JSON echoing the key", () -> body(200, "{not json " + KEY));
    faults.put("truncated JSON", () -> body(200, "{\"translations\": [{\"text\": \"Hel"));
    faults.put("wrong shape echoing the key", () -> body(200, "{\"unexpected\": \"" + KEY + "\"}"));
    faults.put("200 with an error body", () -> body(200, "{\"error\": \"key " + KEY + " suspended\"}"));
    faults.put("connection closed mid-body", () -> new MockResponse.Builder().body("{\"translations\": [")
        .onResponseBody(SocketEffect.ShutdownConnection.INSTANCE).build());
    faults.put("stall past the read timeout", () -> new MockResponse.Builder().body("{}").headersDelay(2, TimeUnit.SECONDS).build());
    List<Arguments> all = new ArrayList<>();
    for (String backend : List.of("deepl", "libretranslate", "openai")) {
      faults.forEach((name, fault) -> all.add(Arguments.of(backend, name, fault)));
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("failures")
  void theKeyAppearsInNoOutputWhateverTheFailure(String backend, String fault, Supplier<MockResponse> response) throws IOException {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return response.get();
      }
    });
    Path out = dir.resolve("out.json");
    String env = switch (backend) {
      case "deepl" -> "DEEPL_API_KEY";
      case "libretranslate" -> "LIBRETRANSLATE_API_KEY";
      default -> "OPENAI_API_KEY";
    };
    Cli.Result r = Cli.run(ARTICLE.getBytes(StandardCharsets.UTF_8),
        Map.of("XDG_CONFIG_HOME", "/nonexistent", env, KEY),
        // no retries: every failure path is taken at once (retrying is HttpBackendTest's business)
        "--verbose", "-b", backend, "--set", backend + ".url=" + server.url("/"), "--set", "http.retries=0",
        "--set", "http.read_timeout=0.3", "-f", "json", "-o", out.toString());

    assertThat(server.getRequestCount()).as("the backend was asked").isPositive();
    assertThat(r.exit()).as(r.err()).isEqualTo(1);
    assertThat(r.err()).as("stderr").contains(backend).doesNotContain(KEY).doesNotContain("7f3a9c2e");
    assertThat(r.out()).as("stdout").doesNotContain(KEY);
    assertThat(Files.readString(out)).as("output file").doesNotContain(KEY).doesNotContain("7f3a9c2e").contains("\"failed\"");
  }
}
