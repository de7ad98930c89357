package org.traduire.translate.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.traduire.translate.BackendSetupException;
import org.traduire.translate.Health;
import org.traduire.translate.TranslationException;

class OpenAiServiceTest {
  private static final String KEY = "sk-FAKE-KEY-1234567890";
  private static final List<String> TWO = List.of("Bonjour ⟦1⟧ le monde.", "Deux « guillemets », 3 €.");

  private final MockWebServer server = new MockWebServer();
  private final List<Long> slept = new ArrayList<>();

  @BeforeEach
  void start() throws IOException {
    server.start(InetAddress.getLoopbackAddress(), 0);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private HttpBackend backend(String path, String key) throws BackendSetupException {
    OpenAiService service = OpenAiService.create(server.url(path).toString(), "gpt-test", key);
    RetryPolicy retry = new RetryPolicy(2, Duration.ZERO, Duration.ZERO, new Random(1), Clock.systemUTC());
    return new HttpBackend(service, HttpRuntime.create(HttpSettings.DEFAULTS.withRetries(2), retry, slept::add));
  }

  private HttpBackend backend() throws BackendSetupException {
    return backend("/", KEY);
  }

  /** A 200 whose one choice says {@code content}, finished for {@code finish}. */
  private static MockResponse answer(String content, String finish) {
    JsonNode body = Json.object().set("choices", Json.MAPPER.createArrayNode().add(Json.object()
        .put("index", 0)
        .put("finish_reason", finish)
        .set("message", Json.object().put("role", "assistant").put("content", content))));
    return json(200, body.toString());
  }

  private static MockResponse answer(String content) {
    return answer(content, "stop");
  }

  private static MockResponse json(int status, String body) {
    return new MockResponse.Builder().code(status).addHeader("Content-Type", "application/json").body(body).build();
  }

  private static MockResponse error(int status, String message) {
    return json(status, "{\"error\": {\"message\": \"" + message + "\", \"type\": \"invalid_request_error\", \"param\": null, \"code\": null}}");
  }

  /** The failure of translating {@code segments}, checked never to show the key. */
  private static TranslationException failure(HttpBackend backend, List<String> segments) {
    TranslationException e = catchThrowableOfType(TranslationException.class, () -> backend.translate(segments));
    assertThat(e).as("translate should fail").isNotNull();
    assertThat(e.getMessage()).doesNotContain(KEY);
    return e;
  }

  private RecordedRequest taken() throws InterruptedException {
    RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(r).as("a request reached the server").isNotNull();
    return r;
  }

  @Test
  void sendsOneChatCompletionWithTheSegmentsNumberedFromOne() throws Exception {
    server.enqueue(answer("{\"1\": \"Hello ⟦1⟧ world.\", \"2\": \"Two “quotes”, €3.\"}"));

    List<String> out = backend().translate(TWO);

    assertThat(out).containsExactly("Hello ⟦1⟧ world.", "Two “quotes”, €3.");
    RecordedRequest r = taken();
    assertThat(r.getMethod()).isEqualTo("POST");
    assertThat(r.getUrl().encodedPath()).isEqualTo("/v1/chat/completions");
    assertThat(r.getHeaders().get("Authorization")).isEqualTo("Bearer " + KEY);
    assertThat(r.getHeaders().get("Content-Type")).startsWith("application/json");
    JsonNode body = Json.MAPPER.readTree(r.getBody().utf8());
    assertThat(body.path("model").asText()).isEqualTo("gpt-test");
    assertThat(body.path("temperature").isNumber()).isTrue();
    assertThat(body.path("temperature").asDouble()).isZero();
    assertThat(body.path("response_format").path("type").asText()).isEqualTo("json_object");
    JsonNode messages = body.path("messages");
    assertThat(messages.size()).isEqualTo(2);
    assertThat(messages.path(0).path("role").asText()).isEqualTo("system");
    assertThat(messages.path(0).path("content").asText()).contains("French", "English", "⟦n⟧", "ONLY a JSON object");
    assertThat(messages.path(1).path("role").asText()).isEqualTo("user");
    JsonNode numbered = Json.MAPPER.readTree(messages.path(1).path("content").asText());
    assertThat(numbered.properties()).hasSize(2);
    assertThat(numbered.path("1").asText()).isEqualTo(TWO.get(0));
    assertThat(numbered.path("2").asText()).isEqualTo(TWO.get(1));
  }

  @Test
  void sendsNoAuthorizationWithoutAKey() throws Exception {
    server.enqueue(answer("{\"1\": \"Hello.\"}"));

    assertThat(backend("/", null).translate(List.of("Bonjour."))).containsExactly("Hello.");

    assertThat(taken().getHeaders().get("Authorization")).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "/", "/v1", "/v1/", "/V1/"})
  void acceptsTheBaseUrlWithOrWithoutV1(String path) throws Exception {
    server.enqueue(answer("{\"1\": \"Hello.\"}"));

    backend(path, null).translate(List.of("Bonjour."));

    assertThat(taken().getUrl().encodedPath()).isEqualTo("/v1/chat/completions");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/proxy", "/proxy/", "/proxy/v1", "/proxy/v1/"})
  void keepsAPathPrefixBeforeV1(String path) throws Exception {
    server.enqueue(answer("{\"1\": \"Hello.\"}"));

    backend(path, null).translate(List.of("Bonjour."));

    assertThat(taken().getUrl().encodedPath()).isEqualTo("/proxy/v1/chat/completions");
  }

  @Test
  void readsJsonContentInsideACodeFence() throws Exception {
    server.enqueue(answer("```json\n{\"1\": \"Hello.\", \"2\": \"Bye.\"}\n```"));

    assertThat(backend().translate(List.of("Bonjour.", "Au revoir."))).containsExactly("Hello.", "Bye.");
  }

  @Test
  void failsWithoutRetryingWhenTheAnswerIsCutAtTheLengthLimit() throws Exception {
    server.enqueue(answer("{\"1\": \"Hello.\", \"2\": \"By", "length"));
    HttpBackend backend = backend();

    TranslationException e = failure(backend, List.of("Bonjour.", "Au revoir."));

    assertThat(e.getMessage()).startsWith("openai: ").contains("finish_reason: length");
    assertThat(e.fatal()).isFalse(); // the caller splits the batch
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void namesTheMissingNumbersRatherThanGuessing() throws Exception {
    server.enqueue(answer("{\"1\": \"One.\", \"2\": \"Two.\", \"3\": \"Three.\"}"));
    HttpBackend backend = backend();

    TranslationException e = failure(backend, List.of("Un.", "Deux.", "Trois.", "Quatre.", "Cinq."));

    assertThat(e.getMessage()).isEqualTo("openai: answer has 3 of 5 numbered translations; missing 4, 5");
    assertThat(e.fatal()).isFalse();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void refusesExtraNumbersAndOtherKeys() throws Exception {
    server.enqueue(answer("{\"1\": \"One.\", \"2\": \"Two.\", \"3\": \"Three?\", \"note\": \"I translated both.\"}"));

    TranslationException e = failure(backend(), List.of("Un.", "Deux."));

    assertThat(e.getMessage()).isEqualTo("openai: answer has 2 of 2 numbered translations; unexpected 3, note");
  }

  @Test
  void refusesValuesThatAreNotText() throws Exception {
    server.enqueue(answer("{\"1\": \"One.\", \"2\": [\"Two.\"], \"3\": \"\"}"));

    TranslationException e = failure(backend(), List.of("Un.", "Deux.", "Trois."));

    assertThat(e.getMessage()).isEqualTo("openai: answer has 1 of 3 numbered translations; not text 2; blank 3");
  }

  @Test
  void retriesAnAnswerThatIsNotJsonThenSucceeds() throws Exception {
    server.enqueue(answer("Voici la traduction : Hello."));
    server.enqueue(answer("{\"1\": \"Hello.\"}"));
    HttpBackend backend = backend();

    assertThat(backend.translate(List.of("Bonjour."))).containsExactly("Hello.");
    assertThat(backend.retries()).isEqualTo(1);
  }

  @Test
  void failsAfterEveryAttemptAnswersSomethingOtherThanJson() throws Exception {
    for (int i = 0; i < 3; i++) {
      server.enqueue(answer("Hello."));
    }

    TranslationException e = failure(backend(), List.of("Bonjour."));

    assertThat(e.getMessage()).isEqualTo("openai: the model did not answer with a JSON object: Hello. (after 3 attempts)");
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void retriesAnAnswerWithoutContent() throws Exception {
    server.enqueue(json(200, "{\"choices\": []}"));
    server.enqueue(json(200, "{\"choices\": [{\"message\": {\"role\": \"assistant\", \"content\": null}, \"finish_reason\": \"stop\"}]}"));
    server.enqueue(answer("{\"1\": \"Hello.\"}"));

    assertThat(backend().translate(List.of("Bonjour."))).containsExactly("Hello.");
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void retriesATruncatedBodyThenSucceeds() throws Exception {
    server.enqueue(json(200, "{\"choices\": [{\"message\": {\"content\": \"{\\\"1\\\": \\\"Hel"));
    server.enqueue(answer("{\"1\": \"Hello.\"}"));

    assertThat(backend().translate(List.of("Bonjour."))).containsExactly("Hello.");
  }

  @Test
  void saysTheBodyIsNotJsonWhenItStaysTruncated() throws Exception {
    for (int i = 0; i < 3; i++) {
      server.enqueue(json(200, "{\"choices\": [{\"message\": {\"content\": \"{\\\"1\\\": \\\"Hel"));
    }

    TranslationException e = failure(backend(), List.of("Bonjour."));

    assertThat(e.getMessage()).startsWith("openai: answer is not valid JSON").endsWith("(after 3 attempts)");
  }

  @Test
  void stopsAtARefusalWithoutRetrying() throws Exception {
    server.enqueue(json(200, "{\"choices\": [{\"message\": {\"content\": null, \"refusal\": \"I can't help with that.\"}, \"finish_reason\": \"stop\"}]}"));

    TranslationException e = failure(backend(), List.of("Bonjour."));

    assertThat(e.getMessage()).isEqualTo("openai: the model refused: I can't help with that.");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void rejectedKeyIsFatalAndNothingMoreIsSent() throws Exception {
    server.enqueue(error(401, "Incorrect API key provided: sk-FAKE-***********7890. You can find your API key at https://platform.openai.com/account/api-keys."));
    HttpBackend backend = backend();

    TranslationException first = failure(backend, List.of("Bonjour."));
    TranslationException second = failure(backend, List.of("Au revoir."));

    assertThat(first.getMessage()).isEqualTo("openai: OPENAI_API_KEY rejected (401: Incorrect API key provided: sk-FAKE-***********7890."
        + " You can find your API key at https://platform.openai.com/account/api-keys.)");
    assertThat(first.fatal()).isTrue();
    assertThat(second.fatal()).isTrue();
    assertThat(second.getMessage()).isEqualTo(first.getMessage());
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void hidesTheKeyWhenTheServerEchoesIt() throws Exception {
    server.enqueue(error(401, "Incorrect API key provided: " + KEY));

    TranslationException e = failure(backend(), List.of("Bonjour."));

    assertThat(e.getMessage()).contains("Incorrect API key provided: " + Secrets.MASK);
  }

  @Test
  void asksForAKeyWhenALocalServerWantsOne() throws Exception {
    server.enqueue(error(401, "Unauthorized"));

    TranslationException e = failure(backend("/", null), List.of("Bonjour."));

    assertThat(e.getMessage()).isEqualTo("openai: the server wants an API key: set OPENAI_API_KEY or openai.api_key (401: Unauthorized)");
  }

  @Test
  void unknownModelIsFatalAndNamesTheModel() throws Exception {
    server.enqueue(error(404, "The model `gpt-test` does not exist or you do not have access to it."));
    HttpBackend backend = backend();

    TranslationException e = failure(backend, List.of("Bonjour."));
    TranslationException again = failure(backend, List.of("Bonjour."));

    assertThat(e.getMessage()).isEqualTo("openai: unknown model 'gpt-test' or wrong openai.url"
        + " (404: The model `gpt-test` does not exist or you do not have access to it.)");
    assertThat(e.fatal()).isTrue();
    assertThat(again.fatal()).isTrue();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void serverThatRefusesJsonModeIsFatal() throws Exception {
    // LM Studio's answer to response_format json_object: every request would get it.
    server.enqueue(json(400, "{\"error\": \"'response_format.type' must be 'json_schema' or 'text'\"}"));
    HttpBackend backend = backend("/", null);

    TranslationException e = failure(backend, List.of("Bonjour."));
    failure(backend, List.of("Bonjour."));

    assertThat(e.getMessage()).isEqualTo("openai answered 400: 'response_format.type' must be 'json_schema' or 'text'");
    assertThat(e.fatal()).isTrue();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void otherBadRequestsAreNeitherRetriedNorFatal() throws Exception {
    server.enqueue(error(400, "This model's maximum context length is 4096 tokens."));

    TranslationException e = failure(backend(), List.of("Bonjour."));

    assertThat(e.fatal()).isFalse();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void waitsAsToldAfter429ThenSucceeds() throws Exception {
    server.enqueue(new MockResponse.Builder(error(429, "Rate limit reached for requests")).addHeader("Retry-After", "7").build());
    server.enqueue(answer("{\"1\": \"Hello.\"}"));
    HttpBackend backend = backend();

    assertThat(backend.translate(List.of("Bonjour."))).containsExactly("Hello.");

    assertThat(slept).contains(Duration.ofSeconds(7).toNanos());
    assertThat(backend.requests()).isEqualTo(2);
  }

  @Test
  void retries503ThenSucceeds() throws Exception {
    server.enqueue(error(503, "The server is overloaded or not ready yet."));
    server.enqueue(answer("{\"1\": \"Hello.\"}"));
    HttpBackend backend = backend();

    assertThat(backend.translate(List.of("Bonjour."))).containsExactly("Hello.");
    assertThat(backend.retries()).isEqualTo(1);
  }

  @Test
  void reportsTheServiceMessageAfterRepeated500s() throws Exception {
    for (int i = 0; i < 3; i++) {
      server.enqueue(error(500, "The server had an error while processing your request."));
    }

    TranslationException e = failure(backend(), List.of("Bonjour."));

    assertThat(e.getMessage()).isEqualTo("openai answered 500: The server had an error while processing your request. (after 3 attempts)");
    assertThat(e.fatal()).isFalse();
  }

  @Test
  void treatsAnExhaustedQuotaAsFatal() throws Exception {
    OpenAiService service = OpenAiService.create(null, "gpt-4o-mini", KEY);

    assertThat(service.fatal(429, "You exceeded your current quota, please check your plan and billing details.")).isTrue();
    assertThat(service.fatal(429, "Rate limit reached for gpt-4o-mini on requests per min (RPM): Limit 3.")).isFalse();
  }

  @Test
  void checksTheServiceByListingModels() throws Exception {
    server.enqueue(json(200, "{\"object\": \"list\", \"data\": [{\"id\": \"gpt-test\", \"object\": \"model\"}]}"));

    Health health = backend("/v1/", KEY).check();

    assertThat(health.ok()).isTrue();
    RecordedRequest r = taken();
    assertThat(r.getMethod()).isEqualTo("GET");
    assertThat(r.getUrl().encodedPath()).isEqualTo("/v1/models");
    assertThat(r.getHeaders().get("Authorization")).isEqualTo("Bearer " + KEY);
  }

  @Test
  void declaresItsLimitsAndItsKey() throws Exception {
    OpenAiService service = OpenAiService.create(null, "gpt-4o-mini", KEY);

    assertThat(service.name()).isEqualTo("openai");
    assertThat(service.maxSegments()).isEqualTo(40);
    assertThat(service.maxChars()).isEqualTo(6000);
    assertThat(service.secrets()).containsExactly(KEY);
    assertThat(OpenAiService.create("http://127.0.0.1:11434", "llama3.1", null).secrets()).isEmpty();
  }

  @Test
  void defaultsToTheOpenAiApi() throws Exception {
    OpenAiService service = OpenAiService.create(" ", "gpt-4o-mini", KEY);

    assertThat(service.request(List.of("Bonjour.")).url().toString()).isEqualTo("https://api.openai.com/v1/chat/completions");
    assertThat(service.probe().url().toString()).isEqualTo("https://api.openai.com/v1/models");
  }

  @Test
  void refusesTheOpenAiApiWithoutAKey() {
    assertThatThrownBy(() -> OpenAiService.create(null, "gpt-4o-mini", " "))
        .isInstanceOf(BackendSetupException.class)
        .hasMessageStartingWith("OPENAI_API_KEY is not set");
    assertThatThrownBy(() -> OpenAiService.create("https://api.openai.com/v1", "gpt-4o-mini", null))
        .hasMessageStartingWith("OPENAI_API_KEY is not set");
  }

  @Test
  void refusesABlankModel() {
    assertThatThrownBy(() -> OpenAiService.create("http://127.0.0.1:11434", " ", null))
        .isInstanceOf(BackendSetupException.class)
        .hasMessageStartingWith("openai.model is not set");
  }

  @Test
  void refusesAUrlThatIsNotHttp() {
    assertThatThrownBy(() -> OpenAiService.create("ftp://example.com", "m", null))
        .isInstanceOf(BackendSetupException.class)
        .hasMessageContaining("openai.url");
  }

  @Test
  void refusesToSendTheKeyOverPlainHttpToAnotherMachine() {
    Throwable e = catchThrowableOfType(BackendSetupException.class, () -> OpenAiService.create("http://10.0.0.5:8000/v1", "m", KEY));

    assertThat(e).isNotNull();
    assertThat(e.getMessage()).contains("openai.url").doesNotContain(KEY);
  }

  @Test
  void refusesAKeyWithSpacesInsideWithoutShowingIt() {
    Throwable e = catchThrowableOfType(BackendSetupException.class, () -> OpenAiService.create(null, "m", "sk-FAKE KEY-1234567890"));

    assertThat(e).isNotNull();
    assertThat(e.getMessage()).contains("openai.api_key").doesNotContain("FAKE");
  }

  @Test
  void stripsACodeFenceWithOrWithoutALanguage() {
    assertThat(OpenAiService.unfenced("```json\n{\"1\": \"a\"}\n```")).isEqualTo("{\"1\": \"a\"}");
    assertThat(OpenAiService.unfenced("  ```\n{\"1\": \"a\"}```  ")).isEqualTo("{\"1\": \"a\"}");
    assertThat(OpenAiService.unfenced("{\"1\": \"a\"}")).isEqualTo("{\"1\": \"a\"}");
  }
}
