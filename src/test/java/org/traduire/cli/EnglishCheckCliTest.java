package org.traduire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A DeepL that hands back the French unchanged (played by MockWebServer): with the dictionary
 * behind it the dictionary takes those segments; alone, they are kept in French, marked "still
 * French" in the JSON and on the HTML page, counted on stderr, and the exit code is 1.
 */
class EnglishCheckCliTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ARTICLE = "Le marché\n\nLe marché ouvre à huit heures. Les habitants achètent du pain et des fruits.\n\n"
      + "DeepSeek R1\n\nLe train part à midi. Les voyageurs attendent sur le quai avec leurs valises.\n";

  private final MockWebServer server = new MockWebServer();

  @BeforeEach
  void start() throws IOException {
    server.start();
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        try {
          JsonNode body = JSON.readTree(request.getBody().utf8());
          ObjectNode out = JSON.createObjectNode();
          ArrayNode list = out.putArray("translations");
          body.get("text").forEach(t -> list.addObject().put("detected_source_language", "FR").put("text", t.asText()));
          return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(out.toString()).build();
        } catch (IOException e) {
          throw new IllegalStateException(e);
        }
      }
    });
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private Cli.Result run(String backends, String format) {
    return Cli.run(ARTICLE.getBytes(StandardCharsets.UTF_8),
        Map.of("XDG_CONFIG_HOME", "/nonexistent", "DEEPL_API_KEY", "fake-key-123:fx"),
        "-b", backends, "--set", "deepl.url=" + server.url("/"), "-f", format);
  }

  private static List<JsonNode> blocks(String json) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode section : JSON.readTree(json).get("sections")) {
      for (JsonNode block : section.get("blocks")) {
        if (!block.get("text").asText().isEmpty()) {
          out.add(block);
        }
      }
    }
    return out;
  }

  @Test
  void theDictionaryTakesOverWhatDeepLLeftInFrench() throws Exception {
    Cli.Result r = run("deepl,dictionary", "json");

    assertThat(r.exit()).as(r.err()).isZero();
    List<JsonNode> blocks = blocks(r.out());
    assertThat(blocks).extracting(b -> b.get("status").asText()).containsOnly("translated");
    assertThat(blocks).extracting(b -> b.get("backend").asText())
        .containsExactly("dictionary", "dictionary", "deepl", "dictionary");
    assertThat(blocks.get(1).get("translation").asText()).startsWith("The market opens at eight o'clock.");
    assertThat(r.err()).contains("fell back along deepl,dictionary (first because still French");
  }

  @Test
  void aloneTheFrenchIsKeptAndMarkedStillFrenchInTheJsonOnStderrAndByTheExitCode() throws Exception {
    Cli.Result r = run("deepl", "json");

    assertThat(r.exit()).isEqualTo(1);
    List<JsonNode> blocks = blocks(r.out());
    assertThat(blocks).extracting(b -> b.get("status").asText()).containsExactly("failed", "failed", "translated", "failed");
    assertThat(blocks).filteredOn(b -> b.get("status").asText().equals("failed")).allSatisfy(b -> {
      assertThat(b.get("note").asText()).isEqualTo("still French");
      assertThat(b.get("backend").asText()).isEqualTo("deepl");
      assertThat(b.get("translation").asText()).isEqualTo(b.get("text").asText());
    });
    assertThat(r.err()).contains("standard input: 3 of 4 blocks not translated, kept in French; first: still French (deepl)");
  }

  @Test
  void theHtmlPageShowsAFailedBadgeOnEachSegmentLeftInFrench() {
    Cli.Result r = run("deepl", "html");

    assertThat(r.exit()).isEqualTo(1);
    List<Element> failed = Jsoup.parse(r.out()).select(".en.failed");
    assertThat(failed).hasSize(3).allSatisfy(cell -> assertThat(cell.select(".badge").text()).contains("still French"));
  }
}
