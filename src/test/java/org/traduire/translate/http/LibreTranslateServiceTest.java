package org.traduire.translate.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.traduire.translate.BackendSetupException;
import org.traduire.translate.Health;
import org.traduire.translate.TranslationException;

class LibreTranslateServiceTest {
  private static final String KEY = "sk-FAKE-KEY-1234567890:fx";
  private static final String OK = "{\"translatedText\": [\"Hello.\"]}";

  private final MockWebServer server = new MockWebServer();
  private final List<Long> slept = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() throws Exception {
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private HttpBackend backend(String key, HttpSettings settings) throws BackendSetupException {
    LibreTranslateService service = LibreTranslateService.create(server.url("/").toString(), key);
    RetryPolicy noWait = new RetryPolicy(2, Duration.ZERO, Duration.ZERO, new Random(1), Clock.systemUTC());
    return new HttpBackend(service, HttpRuntime.create(settings.withRetries(2), noWait, nanos -> slept.add(nanos)));
  }

  private HttpBackend backend() throws BackendSetupException {
    return backend(KEY, HttpSettings.DEFAULTS);
  }

  private static MockResponse answer(int code, String body) {
    return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
  }

  /** The failure of translating {@code segments}, checked to name the backend and never the key. */
  private static TranslationException failure(HttpBackend backend, List<String> segments) {
    TranslationException e = catchThrowableOfType(TranslationException.class, () -> backend.translate(segments));
    assertThat(e).as("translate should fail").isNotNull();
    assertThat(e.getMessage()).startsWith("libretranslate").doesNotContain(KEY).doesNotContain("1234567890");
    assertThat(e.backend()).isEqualTo("libretranslate");
    return e;
  }

  private static BackendSetupException setupFailure(String url, String key) {
    BackendSetupException e = catchThrowableOfType(BackendSetupException.class, () -> LibreTranslateService.create(url, key));
    assertThat(e).as("create should fail").isNotNull();
    assertThat(e.getMessage()).doesNotContain(KEY).doesNotContain("1234567890");
    return e;
  }

  // ---- the request ----

  @Test
  void postsAllSegmentsAsOneListWithTheKeyInTheBody() throws Exception {
    server.enqueue(answer(200, "{\"translatedText\": [\"The cat.\", \"Run ⟦0⟧.\"]}"));

    List<String> out = backend().translate(List.of("Le chat.", "Lancez ⟦0⟧."));

    assertThat(out).containsExactly("The cat.", "Run ⟦0⟧.");
    RecordedRequest sent = server.takeRequest();
    assertThat(sent.getMethod()).isEqualTo("POST");
    assertThat(sent.getUrl().encodedPath()).isEqualTo("/translate");
    assertThat(sent.getUrl().query()).isNull();
    assertThat(sent.getHeaders().get("Content-Type")).startsWith("application/json");
    assertThat(sent.getHeaders().get("Authorization")).isNull();
    assertThat(Json.MAPPER.readTree(sent.getBody().utf8())).isEqualTo(Json.MAPPER.readTree(
        "{\"q\": [\"Le chat.\", \"Lancez ⟦0⟧.\"], \"source\": \"fr\", \"target\": \"en\", \"format\": \"text\","
            + " \"api_key\": \"" + KEY + "\"}"));
    assertThat(sent.getBody().utf8()).contains("⟦0⟧");
  }

  @Test
  void sendsNoKeyFieldWithoutAKey() throws Exception {
    server.enqueue(answer(200, OK));

    backend("", HttpSettings.DEFAULTS).translate(List.of("Bonjour."));

    assertThat(Json.MAPPER.readTree(server.takeRequest().getBody().utf8())).isEqualTo(Json.MAPPER.readTree(
        "{\"q\": [\"Bonjour.\"], \"source\": \"fr\", \"target\": \"en\", \"format\": \"text\"}"));
  }

  @Test
  void defaultServerIsLocalPort5000() throws Exception {
    LibreTranslateService s = LibreTranslateService.create("", null);

    assertThat(s.request(List.of("x")).url().toString()).isEqualTo("http://127.0.0.1:5000/translate");
    assertThat(s.probe().url().toString()).isEqualTo("http://127.0.0.1:5000/languages");
    assertThat(s.secrets()).isEmpty();
  }

  @Test
  void serverUnderAPathKeepsItsPrefix() throws Exception {
    LibreTranslateService s = LibreTranslateService.create("https://example.org/lt/", KEY);

    assertThat(s.request(List.of("x")).url().toString()).isEqualTo("https://example.org/lt/translate");
    assertThat(s.secrets()).containsExactly(KEY);
  }

  @Test
  void limitsAreConservative() throws Exception {
    LibreTranslateService s = LibreTranslateService.create("", "");

    assertThat(s.maxChars()).isEqualTo(2000);
    assertThat(s.maxSegments()).isEqualTo(25);
  }

  @Test
  void probeListsLanguages() throws Exception {
    server.enqueue(answer(200, "[{\"code\": \"fr\", \"name\": \"French\", \"targets\": [\"en\"]}]"));

    Health health = backend().check();

    assertThat(health.ok()).isTrue();
    RecordedRequest sent = server.takeRequest();
    assertThat(sent.getMethod()).isEqualTo("GET");
    assertThat(sent.getUrl().encodedPath()).isEqualTo("/languages");
  }

  // ---- answers ----

  @Test
  void aLoneStringIsAcceptedForOneSegment() throws Exception {
    server.enqueue(answer(200, "{\"translatedText\": \"Hello.\"}"));

    assertThat(backend().translate(List.of("Bonjour."))).containsExactly("Hello.");
  }

  @Test
  void wrongNumberOfTranslationsIsReturnedAsIs() throws Exception {
    server.enqueue(answer(200, OK));

    assertThat(backend().translate(List.of("Bonjour.", "Au revoir."))).containsExactly("Hello.");
  }

  @Test
  void invalidJsonIsRetriedAndThenReported() throws Exception {
    for (int i = 0; i < 3; i++) {
      server.enqueue(answer(200, "Internal proxy error"));
    }

    TranslationException e = failure(backend(), List.of("x"));

    assertThat(e.getMessage()).startsWith("libretranslate: answer is not valid JSON").endsWith("(after 3 attempts)");
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void truncatedJsonIsRetriedThenSucceeds() throws Exception {
    server.enqueue(answer(200, "{\"translatedText\": [\"Hel"));
    server.enqueue(answer(200, OK));
    HttpBackend backend = backend();

    assertThat(backend.translate(List.of("Bonjour."))).containsExactly("Hello.");
    assertThat(backend.retries()).isEqualTo(1);
  }

  @Test
  void answerWithoutTranslatedTextFailsAtOnce() throws Exception {
    server.enqueue(answer(200, "{\"error\": \"Something odd\"}"));

    TranslationException e = failure(backend(), List.of("x"));

    assertThat(e.getMessage()).isEqualTo("libretranslate: answer has no \"translatedText\" (Something odd)");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void translationThatIsNotAStringFails() throws Exception {
    server.enqueue(answer(200, "{\"translatedText\": [\"A\", null]}"));

    assertThat(failure(backend(), List.of("x", "y")).getMessage())
        .isEqualTo("libretranslate: translation 2 is not a string");
  }

  // ---- errors ----

  @Test
  void overTheCharacterLimitIsNotFatalNorRetried() throws Exception {
    server.enqueue(answer(400, "{\"error\": \"Invalid request: request (2500) exceeds text limit (2000)\"}"));

    TranslationException e = failure(backend(), List.of("x"));

    assertThat(e.getMessage())
        .isEqualTo("libretranslate answered 400: Invalid request: request (2500) exceeds text limit (2000)");
    assertThat(e.fatal()).isFalse();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void serverThatWantsAKeyIsFatal() throws Exception {
    server.enqueue(answer(400, "{\"error\": \"Please contact the server operator to get an API key\"}"));
    HttpBackend backend = backend("", HttpSettings.DEFAULTS);

    TranslationException e = failure(backend, List.of("x"));

    assertThat(e.getMessage()).isEqualTo("libretranslate answered 400: Please contact the server operator to get an API key");
    assertThat(e.fatal()).isTrue();
  }

  @Test
  void rejectedKeyIsFatalAndStopsFurtherRequests() throws Exception {
    server.enqueue(answer(403, "{\"error\": \"Invalid API key\"}"));
    HttpBackend backend = backend();

    TranslationException e = failure(backend, List.of("x"));

    assertThat(e.getMessage()).isEqualTo("libretranslate: LIBRETRANSLATE_API_KEY missing or rejected (403: Invalid API key)");
    assertThat(e.fatal()).isTrue();
    assertThat(failure(backend, List.of("y")).fatal()).isTrue();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void keyEchoedInAnErrorIsHidden() throws Exception {
    server.enqueue(answer(403, "{\"error\": \"Invalid API key " + KEY + "\"}"));

    assertThat(failure(backend(), List.of("x")).getMessage()).contains("Invalid API key " + Secrets.MASK);
  }

  @Test
  void slowDownWaitsAsToldThenSucceeds() throws Exception {
    server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "2")
        .body("{\"error\": \"Slowdown: 20 per 1 minute\"}").build());
    server.enqueue(answer(200, OK));
    HttpBackend backend = backend();

    assertThat(backend.translate(List.of("Bonjour."))).containsExactly("Hello.");
    assertThat(slept).containsExactly(Duration.ofSeconds(2).toNanos());
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void serverErrorIsRetriedThenSucceeds() throws Exception {
    server.enqueue(answer(500, "{\"error\": \"Cannot translate text: boom\"}"));
    server.enqueue(answer(200, OK));
    HttpBackend backend = backend();

    assertThat(backend.translate(List.of("Bonjour."))).containsExactly("Hello.");
    assertThat(backend.retries()).isEqualTo(1);
  }

  @Test
  void exhaustedRetriesSayHowManyAttempts() throws Exception {
    for (int i = 0; i < 3; i++) {
      server.enqueue(answer(500, "{\"error\": \"Cannot translate text: boom\"}"));
    }

    TranslationException e = failure(backend(), List.of("x"));

    assertThat(e.getMessage()).isEqualTo("libretranslate answered 500: Cannot translate text: boom (after 3 attempts)");
    assertThat(e.fatal()).isFalse();
  }

  private static HttpSettings shortReadTimeout() {
    return new HttpSettings(Duration.ofSeconds(5), Duration.ofMillis(200), Duration.ofSeconds(10), 2, 4, 0, 0);
  }

  @Test
  void slowAnswerIsRetriedThenSucceeds() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).body(OK).headersDelay(1, TimeUnit.SECONDS).build());
    server.enqueue(answer(200, OK));
    HttpBackend backend = backend(KEY, shortReadTimeout());

    assertThat(backend.translate(List.of("Bonjour."))).containsExactly("Hello.");
    assertThat(backend.retries()).isEqualTo(1);
  }

  @Test
  void noAnswerInTimeGivesAClearMessageAfterRetries() throws Exception {
    for (int i = 0; i < 3; i++) {
      server.enqueue(new MockResponse.Builder().code(200).body(OK).bodyDelay(1, TimeUnit.SECONDS).build());
    }

    TranslationException e = failure(backend(KEY, shortReadTimeout()), List.of("x"));

    assertThat(e.getMessage()).startsWith("libretranslate: no answer from http://").contains("read timeout", "after 3 attempts");
  }

  // ---- setup ----

  @Test
  void keyIsNeverSentOverPlainHttpToAnotherMachine() {
    BackendSetupException e = setupFailure("http://translate.example.org", KEY);

    assertThat(e.getMessage()).contains("libretranslate.url", "http://translate.example.org", "plain HTTP");
  }

  @Test
  void plainHttpToAnotherMachineIsFineWithoutAKey() throws Exception {
    LibreTranslateService s = LibreTranslateService.create("http://translate.example.org:5000", "  ");

    assertThat(s.request(List.of("x")).url().toString()).isEqualTo("http://translate.example.org:5000/translate");
  }

  @Test
  void malformedUrlIsRefused() {
    assertThat(setupFailure("localhost:5000", KEY).getMessage()).contains("libretranslate.url", "localhost:5000");
  }
}
