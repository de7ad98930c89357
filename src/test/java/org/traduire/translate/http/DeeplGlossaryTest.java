package org.traduire.translate.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.traduire.translate.TranslationException;
import org.traduire.translate.glossary.Glossary;

/**
 * The glossary as a DeepL glossary: made once through {@code POST /v2/glossaries}, its id sent
 * with every translation, remembered by the SHA-256 of its terms and reused by the next run while
 * the file is unchanged, made again when the terms change or DeepL lost it.
 */
class DeeplGlossaryTest {
  private static final String KEY = "sk-FAKE-KEY-1234567890:fx";
  private static final String TRANSLATED = "{\"translations\": [{\"detected_source_language\": \"FR\", \"text\": \"The CEO of DeepSeek.\"}]}";

  @TempDir Path dir;
  private final MockWebServer server = new MockWebServer();
  private Path cache;

  @BeforeEach
  void start() throws Exception {
    server.start();
    cache = dir.resolve("cache").resolve("deepl-glossaries.json");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static MockResponse answer(int code, String body) {
    return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
  }

  private static MockResponse created(String id) {
    return answer(201, "{\"glossary_id\": \"" + id + "\", \"ready\": true, \"name\": \"traduire\", \"source_lang\": \"fr\","
        + " \"target_lang\": \"en\", \"creation_time\": \"2025-01-01T00:00:00Z\", \"entry_count\": 2}");
  }

  private Path glossaryFile(String text) throws Exception {
    return Files.writeString(dir.resolve("terms.tsv"), text);
  }

  /** A backend as one run makes it: the glossary read from the file now, the ids in {@code cache}. */
  private HttpBackend run(Path file) throws Exception {
    Glossary glossary = Glossary.read(List.of(file));
    DeeplService service = DeeplService.create(KEY, server.url("/").toString(), "EN-US").withGlossary(glossary, cache);
    RetryPolicy noWait = new RetryPolicy(1, Duration.ZERO, Duration.ZERO, new Random(1), Clock.systemUTC());
    return new HttpBackend(service, HttpRuntime.create(HttpSettings.DEFAULTS, noWait, nanos -> { }));
  }

  private static JsonNode json(RecordedRequest r) throws Exception {
    return Json.MAPPER.readTree(r.getBody().utf8());
  }

  @Test
  void theGlossaryIsMadeOnceAndItsIdGoesWithEveryTranslation() throws Exception {
    Path file = glossaryFile("# terms\nDeepSeek\tDeepSeek\texact\nPDG\tCEO\n");
    server.enqueue(created("g-1"));
    server.enqueue(answer(200, TRANSLATED));
    server.enqueue(answer(200, TRANSLATED));
    HttpBackend deepl = run(file);

    deepl.translate(List.of("Le PDG de DeepSeek."));
    deepl.translate(List.of("Le PDG de DeepSeek."));

    RecordedRequest create = server.takeRequest();
    assertThat(create.getMethod()).isEqualTo("POST");
    assertThat(create.getUrl().encodedPath()).isEqualTo("/v2/glossaries");
    assertThat(create.getHeaders().get("Authorization")).isEqualTo("DeepL-Auth-Key " + KEY);
    JsonNode body = json(create);
    assertThat(body.get("source_lang").asText()).isEqualTo("fr");
    assertThat(body.get("target_lang").asText()).isEqualTo("en");
    assertThat(body.get("entries_format").asText()).isEqualTo("tsv");
    assertThat(body.get("entries").asText()).isEqualTo("DeepSeek\tDeepSeek\nPDG\tCEO\n");
    assertThat(body.get("name").asText()).startsWith("traduire terms.tsv ");
    for (int i = 0; i < 2; i++) {
      RecordedRequest translate = server.takeRequest();
      assertThat(translate.getUrl().encodedPath()).isEqualTo("/v2/translate");
      assertThat(json(translate).get("glossary_id").asText()).isEqualTo("g-1");
      assertThat(json(translate).get("source_lang").asText()).isEqualTo("FR");
    }
    assertThat(server.getRequestCount()).isEqualTo(3);
    String remembered = Files.readString(cache);
    assertThat(remembered).contains("\"g-1\"", Glossary.read(List.of(file)).sha256()).doesNotContain(KEY, "1234567890");
  }

  @Test
  void theNextRunWithTheSameTermsChecksTheRememberedGlossaryAndReusesIt() throws Exception {
    Path file = glossaryFile("DeepSeek\tDeepSeek\nPDG\tCEO\n");
    server.enqueue(created("g-1"));
    server.enqueue(answer(200, TRANSLATED));
    run(file).translate(List.of("Le PDG."));
    server.takeRequest();
    server.takeRequest();
    Files.writeString(file, "# only a comment changed\nDeepSeek\tDeepSeek\nPDG\tCEO\n");
    server.enqueue(answer(200, "{\"glossary_id\": \"g-1\", \"ready\": true, \"entry_count\": 2}"));
    server.enqueue(answer(200, TRANSLATED));

    run(file).translate(List.of("Le PDG."));

    RecordedRequest check = server.takeRequest();
    assertThat(check.getMethod()).isEqualTo("GET");
    assertThat(check.getUrl().encodedPath()).isEqualTo("/v2/glossaries/g-1");
    assertThat(json(server.takeRequest()).get("glossary_id").asText()).isEqualTo("g-1");
    assertThat(server.getRequestCount()).as("no second glossary").isEqualTo(4);
  }

  @Test
  void changedTermsMakeANewGlossaryAndTheOldOneIsDeleted() throws Exception {
    Path file = glossaryFile("PDG\tCEO\n");
    server.enqueue(created("g-1"));
    server.enqueue(answer(200, TRANSLATED));
    run(file).translate(List.of("Le PDG."));
    server.takeRequest();
    server.takeRequest();
    Files.writeString(file, "PDG\tchief executive\n");
    server.enqueue(created("g-2"));
    server.enqueue(new MockResponse.Builder().code(204).build());
    server.enqueue(answer(200, TRANSLATED));

    run(file).translate(List.of("Le PDG."));

    RecordedRequest create = server.takeRequest();
    assertThat(create.getUrl().encodedPath()).isEqualTo("/v2/glossaries");
    assertThat(json(create).get("entries").asText()).isEqualTo("PDG\tchief executive\n");
    RecordedRequest delete = server.takeRequest();
    assertThat(delete.getMethod()).isEqualTo("DELETE");
    assertThat(delete.getUrl().encodedPath()).isEqualTo("/v2/glossaries/g-1");
    assertThat(json(server.takeRequest()).get("glossary_id").asText()).isEqualTo("g-2");
    assertThat(Files.readString(cache)).contains("g-2").doesNotContain("g-1");
  }

  @Test
  void aGlossaryDeepLNoLongerHasIsMadeAgain() throws Exception {
    Path file = glossaryFile("PDG\tCEO\n");
    server.enqueue(created("g-1"));
    server.enqueue(answer(200, TRANSLATED));
    run(file).translate(List.of("Le PDG."));
    server.takeRequest();
    server.takeRequest();
    server.enqueue(answer(404, "{\"message\": \"Glossary not found\"}"));
    server.enqueue(created("g-3"));
    server.enqueue(answer(200, TRANSLATED));

    run(file).translate(List.of("Le PDG."));

    assertThat(server.takeRequest().getMethod()).isEqualTo("GET");
    assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/v2/glossaries");
    assertThat(json(server.takeRequest()).get("glossary_id").asText()).isEqualTo("g-3");
  }

  @Test
  void aRefusedGlossaryStopsDeepLForTheRunSoThatNothingIsTranslatedWithoutIt() throws Exception {
    Path file = glossaryFile("PDG\tCEO\n");
    server.enqueue(answer(400, "{\"message\": \"Unsupported glossary language pair\"}"));
    HttpBackend deepl = run(file);

    TranslationException first = catchThrowableOfType(TranslationException.class, () -> deepl.translate(List.of("Le PDG.")));
    TranslationException second = catchThrowableOfType(TranslationException.class, () -> deepl.translate(List.of("Le PDG.")));

    assertThat(first.fatal()).isTrue();
    assertThat(first.getMessage()).isEqualTo("deepl: could not create the glossary (1 term from " + file
        + "): 400 Unsupported glossary language pair");
    assertThat(second.getMessage()).isEqualTo(first.getMessage());
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void theCacheFollowsXdgCacheHomeThenHome() {
    assertThat(DeeplService.glossaryCache("", Map.of("XDG_CACHE_HOME", "/x", "HOME", "/h")))
        .isEqualTo(Path.of("/x/traduire/deepl-glossaries.json"));
    assertThat(DeeplService.glossaryCache("", Map.of("HOME", "/h"))).isEqualTo(Path.of("/h/.cache/traduire/deepl-glossaries.json"));
    assertThat(DeeplService.glossaryCache(" /c/g.json ", Map.of("HOME", "/h"))).isEqualTo(Path.of("/c/g.json"));
  }
}
