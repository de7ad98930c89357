package org.traduire.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.traduire.document.AlignedBlock;
import org.traduire.document.BilingualDocument;
import org.traduire.document.Block;
import org.traduire.document.InputFormat;

class TargetRendererTest {
  private static String render(BilingualDocument document) {
    return Golden.render(new TargetRenderer(), document);
  }

  private static long lineCount(String text) {
    return text.chars().filter(c -> c == '\n').count()
        + (text.endsWith("\n") || text.isEmpty() ? 0 : 1);
  }

  @Test
  void linesInputGivesExactlyOneLinePerInputLine() {
    BilingualDocument corpus = Samples.lines();

    String out = render(corpus);

    assertThat(lineCount(out)).isEqualTo(lineCount(corpus.sourceText())).isEqualTo(5);
    assertThat(out.lines())
        .containsExactly(
            "Hello world.",
            "The cat sleeps on the sofa.",
            "",
            "Il pleut ; prends un parapluie.",
            "End");
  }

  @Test
  void lineEndsOfEveryKindInsideATranslationBecomeSpaces() {
    BilingualDocument corpus =
        Samples.document(
            "c",
            InputFormat.LINES,
            List.of(
                Samples.para("", "Un.\n", "One\r\nand\rtwo\n\n"),
                Samples.para("", "Deux.\n", "Two.")),
            List.of(0.9));

    String out = render(corpus);

    assertThat(out).isEqualTo("One and two\nTwo.\n");
  }

  @Test
  void markdownComesBackAsMarkdownWithTheSameLeadsAndCode() {
    String out = render(Samples.markdown());

    assertThat(out).startsWith("# Installation guide\n\nInstall the tool, then run it:\n\n```sh\n");
    assertThat(out).contains("\n## Steps\n\n- Download the archive.\n- Check the checksum");
    assertThat(out).contains("\n> Translation is a difficult art");
    assertThat(out).contains("\n---\n");
  }

  @Test
  void textInputKeepsItsBlankLines() {
    String out = render(Samples.article());

    assertThat(out)
        .startsWith("DeepSeek's R1 model: competing with the giants\n\nPlease note")
        .contains("investment advice.\n\n\n\nAdvanced GPU landscape\n");
  }

  @Test
  void failedBlocksAreWrittenInFrenchWithoutAMark() {
    String out = render(Samples.article());

    assertThat(out).contains("\nSelon Wang, le modèle R1 a dépassé les modèles de premier plan.\n");
    assertThat(out).doesNotContain("untranslated").doesNotContain("quota");
  }

  @Test
  void aLastLineWithoutLineEndStaysWithoutOne() {
    assertThat(render(Samples.lines())).endsWith("\nEnd");
  }

  @Test
  void blocksWithNoTextAreWrittenAsTheyCame() {
    BilingualDocument doc =
        Samples.document(
            "e.md",
            InputFormat.MARKDOWN,
            List.of(
                AlignedBlock.kept(new Block.ListItem("-\n", "", "- ", List.of()), "empty"),
                Samples.item("- ", "Un.", "One.")),
            List.of(0.9));

    assertThat(render(doc)).isEqualTo("-\n- One.\n");
  }
}
