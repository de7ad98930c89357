package org.traduire.translate.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import okhttp3.HttpUrl;
import okhttp3.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.traduire.translate.Health;
import org.traduire.translate.TranslationException;

/** The behaviour every HTTP backend shares, shown with a minimal JSON service. */
class HttpBackendTest {
  private static final String KEY = "sk-FAKE-KEY-0123456789";

  private final MockWebServer server = new MockWebServer();
  private final List<Long> slept = new ArrayList<>();

  @BeforeEach
  void start() throws IOException {
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  /** {"q": [...]} to POST /tr, {"t": [...]} back; a 403 means the key, a 456 the quota. */
  private static final class EchoService implements Service {
    private final HttpUrl base;

    EchoService(HttpUrl base) {
      this.base = base;
    }

    @Override
    public String name() {
      return "echo";
    }

    @Override
    public int maxChars() {
      return 1000;
    }

    @Override
    public int maxSegments() {
      return 10;
    }

    @Override
    public Request request(List<String> segments) {
      var body = Json.object();
      segments.forEach(body.putArray("q")::add);
      return new Request.Builder().url(base.resolve("/tr")).header("Authorization", "Key " + KEY).post(Json.body(body)).build();
    }

    @Override
    public List<String> translations(String body, List<String> segments) throws AnswerException {
      JsonNode t = Json.parse(body).get("t");
      if (t == null || !t.isArray()) {
        throw new AnswerException("answer has no list of translations", true);
      }
      List<String> out = new ArrayList<>();
      t.forEach(n -> out.add(n.asText()));
      return out;
    }

    @Override
    public String hint(int status) {
      return status == 403 ? "ECHO_API_KEY rejected" : "";
    }

    @Override
    public Request probe() {
      return new Request.Builder().url(base.resolve("/health")).build();
    }

    @Override
    public List<String> secrets() {
      return List.of(KEY);
    }
  }

  private HttpBackend backend(HttpSettings settings) {
    RetryPolicy policy = new RetryPolicy(settings.retries(), Duration.ofMillis(100), Duration.ofSeconds(1), new Random(1), Clock.systemUTC());
    return new HttpBackend(new EchoService(server.url("/")), HttpRuntime.create(settings, policy, slept::add));
  }

  private HttpBackend backend() {
    return backend(HttpSettings.DEFAULTS.withRetries(2));
  }

  private static MockResponse json(int code, String body) {
    return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json").body(body).build();
  }

  private static MockResponse ok(String... translations) {
    return json(200, "{\"t\": [" + String.join(",", java.util.Arrays.stream(translations).map(t -> "\"" + t + "\"").toList()) + "]}");
  }

  @Test
  void translatesWithOneRequest() throws Exception {
    server.enqueue(ok("Hello", "World"));
    assertThat(backend().translate(List.of("Bonjour", "Monde"))).containsExactly("Hello", "World");
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(server.takeRequest().getBody().utf8()).isEqualTo("{\"q\":[\"Bonjour\",\"Monde\"]}");
  }

  @Test
  void retriesOn429HonouringRetryAfterSecondsThenSucceeds() throws Exception {
    server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "3").body("{\"message\":\"slow down\"}").build());
    server.enqueue(ok("Hello"));
    assertThat(backend().translate(List.of("Bonjour"))).containsExactly("Hello");
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(slept).containsExactly(TimeUnit.SECONDS.toNanos(3));
  }

  @Test
  void retriesOnServerErrorsWithBackoffThenSucceeds() throws Exception {
    server.enqueue(json(503, "{\"message\":\"busy\"}"));
    server.enqueue(json(502, ""));
    server.enqueue(ok("Hello"));
    HttpBackend b = backend();
    assertThat(b.translate(List.of("Bonjour"))).containsExactly("Hello");
    assertThat(b.requests()).isEqualTo(3);
    assertThat(b.retries()).isEqualTo(2);
    assertThat(slept).hasSize(2);
    assertThat(slept.get(0)).isBetween(TimeUnit.MILLISECONDS.toNanos(50), TimeUnit.MILLISECONDS.toNanos(100));
    assertThat(slept.get(1)).isBetween(TimeUnit.MILLISECONDS.toNanos(100), TimeUnit.MILLISECONDS.toNanos(200));
  }

  @Test
  void givesUpAfterTheBoundedNumberOfAttemptsWithTheServicesWords() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(json(503, "{\"message\":\"Service temporarily unavailable\"}"));
    }
    server.enqueue(ok("never asked"));
    assertThatThrownBy(() -> backend().translate(List.of("Bonjour")))
        .isInstanceOf(TranslationException.class)
        .hasMessage("echo answered 503: Service temporarily unavailable (after 3 attempts)")
        .satisfies(e -> assertThat(((TranslationException) e).fatal()).isFalse());
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void doesNotRetryABadRequestAndTheNextBatchStillGoes() throws Exception {
    server.enqueue(json(400, "{\"error\":\"text too long\"}"));
    server.enqueue(ok("Hello"));
    HttpBackend b = backend();
    assertThatThrownBy(() -> b.translate(List.of("Bonjour")))
        .hasMessage("echo answered 400: text too long")
        .satisfies(e -> assertThat(((TranslationException) e).fatal()).isFalse());
    assertThat(b.translate(List.of("Bonjour"))).containsExactly("Hello");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void aRejectedKeyFailsFastNamesWhatToCheckAndStopsAllFurtherRequests() {
    server.enqueue(json(403, "{\"message\":\"Forbidden\"}"));
    HttpBackend b = backend();
    assertThatThrownBy(() -> b.translate(List.of("Bonjour")))
        .hasMessage("echo: ECHO_API_KEY rejected (403: Forbidden)")
        .satisfies(e -> assertThat(((TranslationException) e).fatal()).isTrue());
    assertThatThrownBy(() -> b.translate(List.of("Encore")))
        .hasMessage("echo: ECHO_API_KEY rejected (403: Forbidden)")
        .satisfies(e -> assertThat(((TranslationException) e).fatal()).isTrue());
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(slept).isEmpty();
  }

  @Test
  void quotaExceededIsNotRetried() {
    server.enqueue(json(456, "{\"message\":\"Quota exceeded\"}"));
    assertThatThrownBy(() -> backend().translate(List.of("Bonjour"))).hasMessage("echo answered 456: Quota exceeded");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aKeyEchoedByTheServiceIsHiddenInTheMessage() {
    server.enqueue(json(403, "{\"message\":\"key " + KEY + " is not valid\"}"));
    assertThatThrownBy(() -> backend().translate(List.of("Bonjour")))
        .hasMessageNotContaining(KEY)
        .hasMessageContaining(Secrets.MASK);
  }

  @Test
  void malformedAnswersAreRetriedThenReported() {
    server.enqueue(json(200, "{\"t\": [\"Hel"));
    server.enqueue(json(200, "<html>proxy error</html>"));
    server.enqueue(json(200, "{\"error\": \"busy\"}"));
    assertThatThrownBy(() -> backend().translate(List.of("Bonjour")))
        .hasMessage("echo: answer has no list of translations (after 3 attempts)");
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void aConnectionClosedMidAnswerIsRetried() throws Exception {
    server.enqueue(new MockResponse.Builder().body("{\"t\": [\"Hello\"]}").onResponseBody(SocketEffect.ShutdownConnection.INSTANCE).build());
    server.enqueue(ok("Hello"));
    assertThat(backend().translate(List.of("Bonjour"))).containsExactly("Hello");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void aServerThatStallsPastTheReadTimeoutIsRetriedThenNamed() {
    HttpSettings quick = new HttpSettings(Duration.ofSeconds(2), Duration.ofMillis(200), Duration.ofSeconds(5), 1, 2, 0, 0);
    server.enqueue(new MockResponse.Builder().body("{\"t\": [\"late\"]}").headersDelay(2, TimeUnit.SECONDS).build());
    server.enqueue(new MockResponse.Builder().body("{\"t\": [\"late\"]}").headersDelay(2, TimeUnit.SECONDS).build());
    assertThatThrownBy(() -> backend(quick).translate(List.of("Bonjour")))
        .hasMessageStartingWith("echo: no answer from http://")
        .hasMessageEndingWith("in time (read timeout) (after 2 attempts)");
  }

  @Test
  void aServerThatIsNotRunningIsNamedWithAHint() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    RetryPolicy policy = new RetryPolicy(1, Duration.ZERO, Duration.ZERO, new Random(1), Clock.systemUTC());
    HttpBackend b = new HttpBackend(new EchoService(HttpUrl.get("http://127.0.0.1:" + port + "/")),
        HttpRuntime.create(HttpSettings.DEFAULTS, policy, slept::add));
    assertThatThrownBy(() -> b.translate(List.of("Bonjour")))
        .hasMessage("echo: cannot connect to http://127.0.0.1:" + port + " (is the server running?) (after 2 attempts)");
  }

  @Test
  void aRetryAfterLongerThanTwoMinutesIsNotWaitedFor() {
    server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "3600").body("{\"message\":\"Too many requests\"}").build());
    assertThatThrownBy(() -> backend().translate(List.of("Bonjour")))
        .hasMessage("echo answered 429: Too many requests (asked to wait 3600 s; not waiting that long)");
    assertThat(slept).isEmpty();
  }

  @Test
  void theRightNumberOfTranslationsIsNotTheBackendsBusinessItPassesThemOn() throws Exception {
    server.enqueue(ok("Hello", "World", "Extra"));
    assertThat(backend().translate(List.of("Bonjour", "Monde"))).hasSize(3);
  }

  @Test
  void checkSaysHowFastTheServiceAnswersOrWhatWentWrong() {
    server.enqueue(json(200, "{}"));
    Health good = backend().check();
    assertThat(good.ok()).isTrue();
    assertThat(good.detail()).matches("answers in \\d+ ms");
    server.enqueue(json(403, "{\"message\":\"Forbidden\"}"));
    Health bad = backend().check();
    assertThat(bad.ok()).isFalse();
    assertThat(bad.detail()).isEqualTo("echo: ECHO_API_KEY rejected (403: Forbidden)");
  }
}
