package org.traduire.translate.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Request;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.traduire.translate.BackendSetupException;
import org.traduire.translate.Health;
import org.traduire.translate.TranslationException;

class DeeplServiceTest {
  private static final String KEY = "sk-FAKE-KEY-1234567890:fx";
  private static final String OK = "{\"translations\": [{\"detected_source_language\": \"FR\", \"text\": \"Hello.\"}]}";

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

  private DeeplService service() throws BackendSetupException {
    return DeeplService.create(KEY, server.url("/").toString(), "EN-US");
  }

  private HttpBackend backend(HttpSettings settings) throws BackendSetupException {
    RetryPolicy noWait = new RetryPolicy(2, Duration.ZERO, Duration.ZERO, new Random(1), Clock.systemUTC());
    return new HttpBackend(service(), HttpRuntime.create(settings.withRetries(2), noWait, nanos -> slept.add(nanos)));
  }

  private HttpBackend backend() throws BackendSetupException {
    return backend(HttpSettings.DEFAULTS);
  }

  private static MockResponse answer(int code, String body) {
    return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
  }

  /** The failure of translating {@code segments}, checked to name the backend and never the key. */
  private static TranslationException failure(HttpBackend backend, List<String> segments) {
    TranslationException e = catchThrowableOfType(TranslationException.class, () -> backend.translate(segments));
    assertThat(e).as("translate should fail").isNotNull();
    assertThat(e.getMessage()).startsWith("deepl").doesNotContain(KEY).doesNotContain("1234567890");
    assertThat(e.backend()).isEqualTo("deepl");
    return e;
  }

  private static BackendSetupException setupFailure(String key, String url, String lang) {
    BackendSetupException e = catchThrowableOfType(BackendSetupException.class, () -> DeeplService.create(key, url, lang));
    assertThat(e).as("create should fail").isNotNull();
    assertThat(e.getMessage()).doesNotContain(KEY).doesNotContain("1234567890");
    return e;
  }

  private static String bodyOf(Request request) throws Exception {
    Buffer buffer = new Buffer();
    request.body().writeTo(buffer);
    return buffer.readUtf8();
  }

  // ---- the request ----

  @Test
  void postsTextsWithAuthHeaderAndDocumentedJsonBody() throws Exception {
    server.enqueue(answer(200, "{\"translations\": [{\"detected_source_language\": \"FR\", \"text\": \"The cat.\"},"
        + " {\"detected_source_language\": \"FR\", \"text\": \"The \\\"dog\\\".\"}]}"));

    List<String> out = backend().translate(List.of("Le chat.", "Le \"chien\"."));

    assertThat(out).containsExactly("The cat.", "The \"dog\".");
    RecordedRequest sent = server.takeRequest();
    assertThat(sent.getMethod()).isEqualTo("POST");
    assertThat(sent.getUrl().encodedPath()).isEqualTo("/v2/translate");
    assertThat(sent.getUrl().query()).isNull();
    assertThat(sent.getHeaders().get("Authorization")).isEqualTo("DeepL-Auth-Key " + KEY);
    assertThat(sent.getHeaders().get("Content-Type")).startsWith("application/json");
    JsonNode body = Json.MAPPER.readTree(sent.getBody().utf8());
    assertThat(body).isEqualTo(Json.MAPPER.readTree("{\"text\": [\"Le chat.\", \"Le \\\"chien\\\".\"],"
        + " \"source_lang\": \"FR\", \"target_lang\": \"EN-US\", \"split_sentences\": \"nonewlines\","
        + " \"preserve_formatting\": true}"));
  }

  @Test
  void placeholdersGoOutAndComeBackUntouched() throws Exception {
    server.enqueue(answer(200, "{\"translations\": [{\"text\": \"Run ⟦0⟧ then ⟦1⟧.\"}]}"));

    List<String> out = backend().translate(List.of("Lancez ⟦0⟧ puis ⟦1⟧."));

    assertThat(out).containsExactly("Run ⟦0⟧ then ⟦1⟧.");
    assertThat(server.takeRequest().getBody().utf8()).contains("\"Lancez ⟦0⟧ puis ⟦1⟧.\"");
  }

  @Test
  void targetLanguageIsCaseInsensitiveAndSentUpperCase() throws Exception {
    DeeplService gb = DeeplService.create(KEY, "", "en-gb");

    assertThat(Json.MAPPER.readTree(bodyOf(gb.request(List.of("x")))).get("target_lang").asText()).isEqualTo("EN-GB");
    assertThat(Json.MAPPER.readTree(bodyOf(DeeplService.create(KEY, "", "").request(List.of("x"))))
        .get("target_lang").asText()).isEqualTo("EN-US");
  }

  @Test
  void freeKeyGoesToApiFreeAndOtherKeysToPro() throws Exception {
    DeeplService free = DeeplService.create(KEY, "", "EN-US");
    DeeplService pro = DeeplService.create("0f1e2d3c-aaaa-bbbb-cccc-123456789abc", null, "EN-US");

    assertThat(free.request(List.of("x")).url().toString()).isEqualTo("https://api-free.deepl.com/v2/translate");
    assertThat(free.probe().url().toString()).isEqualTo("https://api-free.deepl.com/v2/usage");
    assertThat(pro.request(List.of("x")).url().toString()).isEqualTo("https://api.deepl.com/v2/translate");
  }

  @Test
  void givenUrlWinsOverTheKeysHost() throws Exception {
    DeeplService s = DeeplService.create(KEY, "https://deepl-proxy.example.com/api/", "EN-US");

    assertThat(s.request(List.of("x")).url().toString()).isEqualTo("https://deepl-proxy.example.com/api/v2/translate");
  }

  @Test
  void limitsAreFiftyTextsAndABodyUnder128KiBWhateverTheCharacters() throws Exception {
    DeeplService service = DeeplService.create(KEY, "", "EN-GB");
    assertThat(service.maxSegments()).isEqualTo(50);
    int perSegment = service.maxChars() / service.maxSegments();
    // a control character (6-byte escape), a quote (2 bytes), a 3-byte character, a surrogate pair
    for (String unit : List.of("\u0001", "\"", "⟦", "\uD83D\uDE00")) {
      List<String> segments = Collections.nCopies(service.maxSegments(), unit.repeat(perSegment / unit.length()));
      assertThat(segments.stream().mapToInt(String::length).sum()).isEqualTo(service.maxChars());

      long bytes = service.request(segments).body().contentLength();

      assertThat(bytes).as("body made of %s", unit).isLessThan(128 * 1024);
    }
  }

  @Test
  void probeAsksForUsageWithTheKey() throws Exception {
    server.enqueue(answer(200, "{\"character_count\": 180118, \"character_limit\": 500000}"));

    Health health = backend().check();

    assertThat(health.ok()).isTrue();
    RecordedRequest sent = server.takeRequest();
    assertThat(sent.getMethod()).isEqualTo("GET");
    assertThat(sent.getUrl().encodedPath()).isEqualTo("/v2/usage");
    assertThat(sent.getHeaders().get("Authorization")).isEqualTo("DeepL-Auth-Key " + KEY);
  }

  @Test
  void probeReportsARejectedKeyWithoutShowingIt() throws Exception {
    server.enqueue(answer(403, "{\"message\": \"Authorization failure, check auth_key\"}"));

    Health health = backend().check();

    assertThat(health.ok()).isFalse();
    assertThat(health.detail()).contains("DEEPL_API_KEY rejected", "403").doesNotContain(KEY);
  }

  // ---- errors ----

  @Test
  void badRequestIsNotFatalAndKeepsMessageAndDetail() throws Exception {
    server.enqueue(answer(400, "{\"message\": \"Bad request\", \"detail\": \"Value for 'target_lang' not supported.\"}"));

    TranslationException e = failure(backend(), List.of("x"));

    assertThat(e.getMessage()).isEqualTo("deepl answered 400: Bad request: Value for 'target_lang' not supported.");
    assertThat(e.fatal()).isFalse();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void rejectedKeyIsFatalAndStopsFurtherRequests() throws Exception {
    server.enqueue(answer(403, "{\"message\": \"Authorization failure, check auth_key\"}"));
    HttpBackend backend = backend();

    TranslationException e = failure(backend, List.of("x"));

    assertThat(e.getMessage()).isEqualTo("deepl: DEEPL_API_KEY rejected (403: Authorization failure, check auth_key)");
    assertThat(e.fatal()).isTrue();

    TranslationException again = failure(backend, List.of("y"));

    assertThat(again.fatal()).isTrue();
    assertThat(again.getMessage()).isEqualTo(e.getMessage());
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void keyEchoedInAnErrorIsHidden() throws Exception {
    server.enqueue(answer(403, "{\"message\": \"Unknown key " + KEY + "\"}"));

    TranslationException e = failure(backend(), List.of("x"));

    assertThat(e.getMessage()).contains("Unknown key " + Secrets.MASK);
  }

  @Test
  void notFoundIsFatalAndPointsAtTheUrl() throws Exception {
    server.enqueue(answer(404, "{\"message\": \"Not found\"}"));

    TranslationException e = failure(backend(), List.of("x"));

    assertThat(e.getMessage()).isEqualTo("deepl: not found: check deepl.url (404: Not found)");
    assertThat(e.fatal()).isTrue();
  }

  @Test
  void requestTooLargeIsNotFatalNorRetried() throws Exception {
    server.enqueue(new MockResponse.Builder().code(413)
        .body("<html>\n<head><title>413 Request Entity Too Large</title></head>\n<body></body></html>").build());

    TranslationException e = failure(backend(), List.of("x"));

    assertThat(e.getMessage()).isEqualTo("deepl: request too large for DeepL (413: 413 Request Entity Too Large)");
    assertThat(e.fatal()).isFalse();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void quotaExceededIsFatalWithItsHint() throws Exception {
    server.enqueue(answer(456, "{\"message\": \"Quota exceeded\"}"));
    HttpBackend backend = backend();

    TranslationException e = failure(backend, List.of("x"));

    assertThat(e.getMessage()).isEqualTo("deepl: DeepL quota exceeded for this billing period (456: Quota exceeded)");
    assertThat(e.fatal()).isTrue();
    failure(backend, List.of("y"));
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void tooManyRequestsWaitsAsToldThenSucceeds() throws Exception {
    server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "2")
        .body("{\"message\": \"Too many requests\"}").build());
    server.enqueue(answer(200, OK));
    HttpBackend backend = backend();

    assertThat(backend.translate(List.of("Bonjour."))).containsExactly("Hello.");
    assertThat(slept).containsExactly(Duration.ofSeconds(2).toNanos());
    assertThat(backend.retries()).isEqualTo(1);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @ParameterizedTest
  @ValueSource(ints = {500, 503, 504})
  void temporaryServerErrorIsRetriedThenSucceeds(int status) throws Exception {
    server.enqueue(answer(status, "{\"message\": \"Temporary error\"}"));
    server.enqueue(answer(200, OK));
    HttpBackend backend = backend();

    assertThat(backend.translate(List.of("Bonjour."))).containsExactly("Hello.");
    assertThat(backend.retries()).isEqualTo(1);
  }

  @Test
  void exhaustedRetriesSayHowManyAttempts() throws Exception {
    for (int i = 0; i < 3; i++) {
      server.enqueue(answer(503, "{\"message\": \"Service unavailable\"}"));
    }

    TranslationException e = failure(backend(), List.of("x"));

    assertThat(e.getMessage()).isEqualTo("deepl answered 503: Service unavailable (after 3 attempts)");
    assertThat(e.fatal()).isFalse();
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void exhaustedRetriesOnTooManyRequestsKeepTheHint() throws Exception {
    for (int i = 0; i < 3; i++) {
      server.enqueue(answer(429, "{\"message\": \"Too many requests\"}"));
    }

    TranslationException e = failure(backend(), List.of("x"));

    assertThat(e.getMessage()).contains("DeepL asks to slow down", "429: Too many requests", "after 3 attempts");
    assertThat(e.fatal()).isFalse();
  }

  private static HttpSettings shortReadTimeout() {
    return new HttpSettings(Duration.ofSeconds(5), Duration.ofMillis(200), Duration.ofSeconds(10), 2, 4, 0, 0);
  }

  @Test
  void slowAnswerIsRetriedThenSucceeds() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).body(OK).bodyDelay(1, TimeUnit.SECONDS).build());
    server.enqueue(answer(200, OK));
    HttpBackend backend = backend(shortReadTimeout());

    assertThat(backend.translate(List.of("Bonjour."))).containsExactly("Hello.");
    assertThat(backend.retries()).isEqualTo(1);
  }

  @Test
  void noAnswerInTimeGivesAClearMessageAfterRetries() throws Exception {
    for (int i = 0; i < 3; i++) {
      server.enqueue(new MockResponse.Builder().code(200).body(OK).headersDelay(1, TimeUnit.SECONDS).build());
    }

    TranslationException e = failure(backend(shortReadTimeout()), List.of("x"));

    assertThat(e.getMessage()).startsWith("deepl: no answer from http://").contains("read timeout", "after 3 attempts");
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  // ---- answers ----

  @Test
  void invalidJsonIsRetriedAndThenReported() throws Exception {
    for (int i = 0; i < 3; i++) {
      server.enqueue(answer(200, "<html>Service temporarily unavailable</html>"));
    }

    TranslationException e = failure(backend(), List.of("x"));

    assertThat(e.getMessage()).startsWith("deepl: answer is not valid JSON").endsWith("(after 3 attempts)");
  }

  @Test
  void truncatedJsonIsRetriedThenSucceeds() throws Exception {
    server.enqueue(answer(200, "{\"translations\": [{\"detected_source_language\": \"FR\", \"text\": \"Hel"));
    server.enqueue(answer(200, OK));
    HttpBackend backend = backend();

    assertThat(backend.translate(List.of("Bonjour."))).containsExactly("Hello.");
    assertThat(backend.retries()).isEqualTo(1);
  }

  @Test
  void emptyAnswerIsRetriedThenSucceeds() throws Exception {
    server.enqueue(answer(200, ""));
    server.enqueue(answer(200, OK));
    HttpBackend backend = backend();

    assertThat(backend.translate(List.of("Bonjour."))).containsExactly("Hello.");
    assertThat(backend.retries()).isEqualTo(1);
  }

  @Test
  void answerWithoutTranslationsFailsAtOnceWithWhatItSaid() throws Exception {
    server.enqueue(answer(200, "{\"message\": \"Unexpected\"}"));

    TranslationException e = failure(backend(), List.of("x"));

    assertThat(e.getMessage()).isEqualTo("deepl: answer has no \"translations\" list (Unexpected)");
    assertThat(e.fatal()).isFalse();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void translationWithoutTextFails() throws Exception {
    server.enqueue(answer(200, "{\"translations\": [{\"text\": \"A\"}, {\"detected_source_language\": \"FR\"}]}"));

    TranslationException e = failure(backend(), List.of("x", "y"));

    assertThat(e.getMessage()).isEqualTo("deepl: translation 2 has no \"text\"");
  }

  @Test
  void wrongNumberOfTranslationsIsReturnedAsIs() throws Exception {
    server.enqueue(answer(200, OK));

    List<String> out = backend().translate(List.of("Bonjour.", "Au revoir."));

    assertThat(out).containsExactly("Hello.");
  }

  // ---- setup ----

  @Test
  void missingKeyIsASetupError() {
    for (String key : new String[] {null, "", "   "}) {
      assertThat(setupFailure(key, "", "EN-US").getMessage())
          .isEqualTo("DEEPL_API_KEY is not set (or deepl.api_key in the config)");
    }
  }

  @Test
  void keyThatCannotGoInAHeaderIsRefusedWithoutShowingIt() {
    BackendSetupException e = setupFailure("sk-FAKE-KEY\n1234567890:fx", "", "EN-US");

    assertThat(e.getMessage()).contains("DEEPL_API_KEY").doesNotContain("sk-FAKE");
  }

  @Test
  void plainHttpToAnotherMachineIsRefused() {
    BackendSetupException e = setupFailure(KEY, "http://deepl.example.com", "EN-US");

    assertThat(e.getMessage()).contains("deepl.url", "http://deepl.example.com", "plain HTTP");
  }

  @Test
  void malformedUrlIsRefused() {
    assertThat(setupFailure(KEY, "api.deepl.com", "EN-US").getMessage()).contains("deepl.url", "api.deepl.com");
  }

  @Test
  void targetOtherThanAmericanOrBritishEnglishIsRefused() {
    List<String> messages = new ArrayList<>();
    for (String lang : List.of("DE", "EN", "en-au")) {
      messages.add(setupFailure(KEY, "", lang).getMessage());
    }

    assertThat(messages).containsExactly(
        "deepl.target_lang 'DE' is not EN-US or EN-GB",
        "deepl.target_lang 'EN' is not EN-US or EN-GB",
        "deepl.target_lang 'en-au' is not EN-US or EN-GB");
  }

  @Test
  void onlyTheKeyIsSecret() throws Exception {
    assertThat(service().secrets()).containsExactly(KEY);
  }
}
