package org.traduire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.traduire.translate.Backend;
import org.traduire.translate.TranslationException;
import org.traduire.translate.dictionary.DictionaryBackend;
import org.traduire.translate.glossary.Glossary;
import org.traduire.translate.glossary.ProtectedTerms;
import org.traduire.translate.glossary.Term;

/**
 * A glossary of the sample article's names and terms through each backend (the dictionary, and
 * DeepL, LibreTranslate and OpenAI-compatible servers played by MockWebServer): every term comes
 * out as the glossary says, in every output format. The servers answer with the dictionary's
 * English; DeepL's applies the glossary it was given when a translation names its id, OpenAI's the
 * terms its prompt lists, as the real services do; LibreTranslate knows no glossary.
 */
class GlossaryCliTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Backend DICTIONARY = DictionaryBackend.create();

  @TempDir Path dir;
  private final MockWebServer server = new MockWebServer();
  private final Map<String, Glossary> deeplGlossaries = new ConcurrentHashMap<>();
  private final List<String> openAiGlossaryMessages = java.util.Collections.synchronizedList(new ArrayList<>());
  private Path glossary;

  @BeforeEach
  void start() throws IOException {
    server.start();
    glossary = SampleTerms.write(dir);
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        try {
          return answer(request);
        } catch (Exception e) {
          return new MockResponse.Builder().code(500).body("{\"message\": \"" + e + "\"}").build();
        }
      }
    });
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static MockResponse json(int code, Object body) throws IOException {
    return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json")
        .body(body instanceof String s ? s : JSON.writeValueAsString(body)).build();
  }

  /** The dictionary's English of {@code texts}, with {@code terms} applied first as a glossary service would. */
  private static List<String> english(List<String> texts, Glossary terms) throws TranslationException {
    return ProtectedTerms.wrap(DICTIONARY, terms).translate(texts);
  }

  private MockResponse answer(RecordedRequest r) throws Exception {
    String path = r.getUrl().encodedPath();
    String body = r.getBody() == null ? "" : r.getBody().utf8();
    switch (path) {
      case "/v2/glossaries": {
        JsonNode g = JSON.readTree(body);
        List<Term> terms = new ArrayList<>();
        for (String line : g.get("entries").asText().split("\n")) {
          String[] cols = line.split("\t");
          terms.add(Term.of(cols[0], cols[1]));
        }
        String id = "g-" + (deeplGlossaries.size() + 1);
        deeplGlossaries.put(id, Glossary.of(terms));
        return json(201, "{\"glossary_id\": \"" + id + "\", \"ready\": true}");
      }
      case "/v2/translate": {
        JsonNode req = JSON.readTree(body);
        List<String> texts = new ArrayList<>();
        req.get("text").forEach(t -> texts.add(t.asText()));
        Glossary g = req.has("glossary_id") ? deeplGlossaries.get(req.get("glossary_id").asText()) : Glossary.NONE;
        ObjectNode out = JSON.createObjectNode();
        ArrayNode list = out.putArray("translations");
        for (String t : english(texts, g)) {
          list.addObject().put("detected_source_language", "FR").put("text", t);
        }
        return json(200, out);
      }
      case "/translate": {
        JsonNode req = JSON.readTree(body);
        List<String> texts = new ArrayList<>();
        req.get("q").forEach(t -> texts.add(t.asText()));
        ObjectNode out = JSON.createObjectNode();
        ArrayNode list = out.putArray("translatedText");
        english(texts, Glossary.NONE).forEach(list::add);
        return json(200, out);
      }
      case "/v1/chat/completions": {
        JsonNode req = JSON.readTree(body);
        List<Term> terms = new ArrayList<>();
        JsonNode numbered = null;
        for (JsonNode m : req.get("messages")) {
          String content = m.get("content").asText();
          if (m.get("role").asText().equals("user")) {
            numbered = JSON.readTree(content);
          } else if (content.contains("\n\nGlossary:")) {
            String glossaryPart = content.substring(content.indexOf("\n\nGlossary:") + 2);
            openAiGlossaryMessages.add(glossaryPart);
            JSON.readTree(glossaryPart.substring(glossaryPart.indexOf('{'))).properties()
                .forEach(e -> terms.add(Term.of(e.getKey(), e.getValue().asText())));
          }
        }
        List<String> keys = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        numbered.properties().forEach(e -> {
          keys.add(e.getKey());
          texts.add(e.getValue().asText());
        });
        List<String> done = english(texts, Glossary.of(terms));
        ObjectNode content = JSON.createObjectNode();
        for (int i = 0; i < keys.size(); i++) {
          content.put(keys.get(i), done.get(i));
        }
        ObjectNode out = JSON.createObjectNode();
        ObjectNode choice = out.putArray("choices").addObject();
        choice.put("finish_reason", "stop");
        choice.putObject("message").put("role", "assistant").put("content", content.toString());
        return json(200, out);
      }
      default:
        return json(404, "{\"message\": \"no such path " + path + "\"}");
    }
  }

  private Map<String, String> env() {
    Map<String, String> env = new HashMap<>(Map.of("XDG_CONFIG_HOME", "/nonexistent", "COLUMNS", "100",
        "XDG_CACHE_HOME", dir.resolve("cache").toString(), "DEEPL_API_KEY", "fake-key-123:fx"));
    return env;
  }

  private Cli.Result run(String backend, String format) {
    String url = server.url("/").toString();
    return Cli.run(new byte[0], env(), "-b", backend, "--glossary", glossary.toString(), "-f", format, "--width", "200",
        "--set", "deepl.url=" + url, "--set", "libretranslate.url=" + url, "--set", "openai.url=" + url,
        SampleTerms.SAMPLE);
  }

  static List<String> formats() {
    return SampleTerms.FORMATS;
  }

  @ParameterizedTest
  @MethodSource("formats")
  void theDictionaryPutsEveryTermAsTheGlossarySays(String format) throws Exception {
    Cli.Result r = run("dictionary", format);

    assertThat(r.exit()).as(r.err()).isZero();
    SampleTerms.assertEveryTerm(format, r.out());
  }

  @ParameterizedTest
  @MethodSource("formats")
  void deeplGetsTheGlossaryThroughItsApiAndEveryTermComesOut(String format) throws Exception {
    Cli.Result r = run("deepl", format);

    assertThat(r.exit()).as(r.err()).isZero();
    SampleTerms.assertEveryTerm(format, r.out());
    assertThat(deeplGlossaries).hasSize(1);
  }

  @ParameterizedTest
  @MethodSource("formats")
  void libreTranslateGetsTheTermsAsPlaceholdersAndEveryTermComesOut(String format) throws Exception {
    Cli.Result r = run("libretranslate", format);

    assertThat(r.exit()).as(r.err()).isZero();
    SampleTerms.assertEveryTerm(format, r.out());
  }

  @ParameterizedTest
  @MethodSource("formats")
  void anOpenAiModelGetsTheTermsOfEachBatchInItsPromptAndEveryTermComesOut(String format) throws Exception {
    Cli.Result r = run("openai", format);

    assertThat(r.exit()).as(r.err()).isZero();
    SampleTerms.assertEveryTerm(format, r.out());
    // each request lists the terms of its own batch: the plural never occurs in the sample, "puces" in some sections only
    assertThat(openAiGlossaryMessages).isNotEmpty()
        .noneSatisfy(m -> assertThat(m).contains("processeurs graphiques"))
        .anySatisfy(m -> assertThat(m).contains("\"puces\":\"chips\""))
        .anySatisfy(m -> assertThat(m).doesNotContain("puces"));
  }

  @Test
  void theGlossaryFileCanComeFromTheConfig() throws Exception {
    Path config = Files.writeString(dir.resolve("config.properties"), "glossary.file=" + glossary + "\n");

    Cli.Result r = Cli.run(new byte[0], env(), "--config", config.toString(), "-f", "target", SampleTerms.SAMPLE);

    assertThat(r.exit()).as(r.err()).isZero();
    SampleTerms.assertEveryTerm("target", r.out());
  }

  @Test
  void aMalformedGlossaryLineIsAUsageErrorNamingFileAndLine() throws Exception {
    Path bad = Files.writeString(dir.resolve("bad.csv"), "PDG,CEO\nprocesseur\n");

    Cli.Result r = Cli.run(new byte[0], env(), "--glossary", bad.toString(), SampleTerms.SAMPLE);

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err().strip()).isEqualTo("traduire: " + bad + ":2: expected french,english[,case][,pos], found 1 column");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void anInvalidProtectPatternIsAUsageErrorNamingTheKey() {
    Cli.Result r = Cli.run(new byte[0], env(), "--set", "protect.patterns=ACME-\\d+;;(unclosed", SampleTerms.SAMPLE);

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err().strip()).isEqualTo(
        "traduire: protect.patterns: '(unclosed' is not a valid regular expression (Unclosed group at 9)");
  }

  @Test
  void protectPatternsKeepTheirMatchesAsTheyAre() {
    Cli.Result r = Cli.run("Le Projet Phénix avance bien.\n".getBytes(StandardCharsets.UTF_8), env(),
        "--set", "protect.patterns=Projet Phénix", "-f", "target");

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("Projet Phénix").doesNotContain("Project");
  }
}
