package org.traduire.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SectionsTest {
  private static Block.Paragraph para(String s) {
    return new Block.Paragraph(s + "\n", s);
  }

  @Test
  void eachHeadingStartsASectionThatRunsToTheNextHeading() {
    Document doc =
        new Document(
            InputFormat.TEXT,
            List.of(
                new Block.Heading(1, "Titre\n", "Titre"),
                new Block.Verbatim("\n"),
                para("Un."),
                new Block.Verbatim("\n"),
                new Block.Heading(2, "Partie\n", "Partie"),
                para("Deux.")));

    List<Section> sections = doc.sections();

    assertThat(sections).extracting(Section::title).containsExactly("Titre", "Partie");
    assertThat(sections).extracting(Section::start).containsExactly(0, 4);
    assertThat(sections).extracting(Section::end).containsExactly(4, 6);
    assertThat(sections).extracting(Section::level).containsExactly(1, 2);
  }

  @Test
  void textBeforeTheFirstHeadingIsALevelZeroSection() {
    Document doc =
        new Document(
            InputFormat.TEXT,
            List.of(para("Avant."), new Block.Heading(2, "Partie\n", "Partie"), para("Après.")));

    List<Section> sections = doc.sections();

    assertThat(sections).extracting(Section::level).containsExactly(0, 2);
    assertThat(sections.get(0).title()).isEmpty();
  }

  @Test
  void aDocumentWithoutHeadingsIsOneSection() {
    Document doc = new Document(InputFormat.LINES, List.of(para("Un."), para("Deux.")));

    assertThat(doc.sections()).singleElement().satisfies(s -> {
      assertThat(s.start()).isZero();
      assertThat(s.end()).isEqualTo(2);
    });
  }

  @Test
  void sourceConcatenatesTheBlocksExactly() {
    Document doc =
        new Document(InputFormat.TEXT, List.of(para("Un."), new Block.Verbatim("\n\n"), para("Deux.")));

    assertThat(doc.source()).isEqualTo("Un.\n\n\nDeux.\n");
  }
}
