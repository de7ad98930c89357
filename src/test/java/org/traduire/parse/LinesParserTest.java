package org.traduire.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.traduire.document.Block;
import org.traduire.document.Document;
import org.traduire.document.InputFormat;

class LinesParserTest {
  private final Parser parser = new LinesParser();

  @Test
  void eachLineIsOneBlockAndBlankLinesStayVerbatim() {
    Document doc = parser.parse("Bonjour.\n\n  Au revoir.  \n \t\nFin");

    assertThat(doc.format()).isEqualTo(InputFormat.LINES);
    assertThat(doc.blocks())
        .containsExactly(
            new Block.Paragraph("Bonjour.\n", "Bonjour."),
            new Block.Verbatim("\n"),
            new Block.Paragraph("  Au revoir.  \n", "Au revoir.", "  ", List.of()),
            new Block.Verbatim(" \t\n"),
            new Block.Paragraph("Fin", "Fin"));
  }

  @Test
  void headingLikeLinesAreStillParagraphs() {
    Document doc = parser.parse("# Titre\nSource et images\n");

    assertThat(doc.blocks()).allMatch(b -> b instanceof Block.Paragraph);
    assertThat(doc.blocks()).extracting(Block::text).containsExactly("# Titre", "Source et images");
  }

  @Test
  void lineCountIsPreserved() {
    String sample = Fixtures.sample();

    Document doc = parser.parse(sample);

    assertThat(doc.blocks()).hasSize((int) sample.lines().count());
    assertThat(doc.source()).isEqualTo(sample);
  }
}
