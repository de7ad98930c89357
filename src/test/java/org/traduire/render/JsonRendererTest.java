package org.traduire.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.traduire.document.BilingualDocument;
import org.traduire.document.Detection;
import org.traduire.document.InputFormat;
import org.traduire.document.Section;

class JsonRendererTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static String render(BilingualDocument document) {
    return Golden.render(new JsonRenderer(), document);
  }

  private static String sources(JsonNode root) {
    StringBuilder sb = new StringBuilder();
    root.get("sections")
        .forEach(s -> s.get("blocks").forEach(b -> sb.append(b.get("source").asText())));
    return sb.toString();
  }

  @Test
  void blockSourcesConcatenateBackToTheInput() throws IOException {
    for (BilingualDocument doc : List.of(Samples.article(), Samples.markdown(), Samples.lines())) {
      JsonNode root = MAPPER.readTree(render(doc));

      assertThat(sources(root)).as(doc.name()).isEqualTo(doc.sourceText());
    }
  }

  @Test
  void blocksAreNumberedInDocumentOrderAcrossSections() throws IOException {
    JsonNode root = MAPPER.readTree(render(Samples.article()));

    assertThat(root.get("sections")).hasSize(3);
    int expected = 0;
    for (JsonNode section : root.get("sections")) {
      for (JsonNode block : section.get("blocks")) {
        assertThat(block.get("index").asInt()).isEqualTo(expected++);
      }
    }
    assertThat(expected).isEqualTo(root.at("/summary/blocks").asInt());
  }

  @Test
  void documentsSummaryAndLanguagesUseTheModelsLabels() throws IOException {
    JsonNode root = MAPPER.readTree(render(Samples.markdown()));

    assertThat(root.get("format").asText()).isEqualTo("markdown");
    assertThat(root.at("/language/code").asText()).isEqualTo("fr");
    assertThat(root.at("/language/confidence").asDouble()).isEqualTo(0.93);
    assertThat(root.at("/summary/translated").asInt()).isEqualTo(7);
    assertThat(root.at("/summary/failed").asInt()).isEqualTo(1);
    JsonNode failed = root.at("/sections/1/blocks/4");
    assertThat(failed.get("kind").asText()).isEqualTo("list_item");
    assertThat(failed.get("status").asText()).isEqualTo("failed");
    assertThat(failed.get("note").asText()).isEqualTo("timeout after 30 s");
    assertThat(root.at("/sections/1/blocks/0/level").asInt()).isEqualTo(2);
    assertThat(failed.has("level")).as("level is for headings only").isFalse();
  }

  @Test
  void scriptTagsQuotesAndBackslashesAreEscapedAndRoundTrip() throws IOException {
    String nasty = "He said \"hi\" </script><script>alert('x')</script> \\ \u2028 & > done";
    BilingualDocument doc =
        Samples.document(
            "x",
            InputFormat.TEXT,
            List.of(Samples.para("", "Il a dit « salut ».\n", nasty)),
            List.of(0.9));

    String out = render(doc);

    assertThat(out).doesNotContain("<script>").doesNotContain("</script>").doesNotContain("\u2028");
    assertThat(out).contains("\\\"hi\\\"").contains("\\u003C/script>");
    assertThat(MAPPER.readTree(out).at("/sections/0/blocks/0/translation").asText())
        .isEqualTo(nasty);
  }

  @Test
  void nonAsciiTextIsWrittenAsItIs() {
    String out = render(Samples.article());

    assertThat(out).contains("\"text\": \"Paysage avancé des GPU\"").contains("深度求索");
  }

  @Test
  void outputEndsWithOneLineEndAndLeavesTheWriterOpen() throws IOException {
    java.io.StringWriter writer =
        new java.io.StringWriter() {
          @Override
          public void close() {
            throw new AssertionError("the renderer closed the caller's writer");
          }
        };

    new JsonRenderer().render(Samples.lines(), writer);

    assertThat(writer.toString()).endsWith("}\n").doesNotEndWith("\n\n");
  }

  @Test
  void aDocumentWithoutSectionsIsOneLevelZeroSection() throws IOException {
    BilingualDocument doc = Samples.lines();
    BilingualDocument bare =
        new BilingualDocument(doc.name(), doc.format(), doc.language(), List.of(), doc.blocks());

    JsonNode root = MAPPER.readTree(render(bare));

    assertThat(root.get("sections")).hasSize(1);
    assertThat(root.at("/sections/0/level").asInt()).isZero();
    assertThat(sources(root)).isEqualTo(doc.sourceText());
  }

  @Test
  void sectionsThatSkipBlocksAreRefusedRatherThanLosingText() {
    BilingualDocument doc = Samples.lines();
    BilingualDocument gappy =
        new BilingualDocument(
            doc.name(),
            doc.format(),
            doc.language(),
            List.of(new Section(0, 0, 0, 2, "", Detection.UNKNOWN)),
            doc.blocks());

    assertThatThrownBy(() -> render(gappy))
        .hasMessageContaining("sections end at block 2 but the document has 5 blocks");
  }
}
