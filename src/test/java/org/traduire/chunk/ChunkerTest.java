package org.traduire.chunk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.traduire.document.Block;
import org.traduire.document.Detection;
import org.traduire.document.Document;
import org.traduire.document.InputFormat;
import org.traduire.document.Range;
import org.traduire.document.Section;

class ChunkerTest {
  private static final String[] SENTENCES = {
    "Le PDG de Scale AI, Alexandr Wang, a récemment souligné les réalisations de DeepSeek.",
    "M. Wang a dévoilé que la série Hopper de NVIDIA représente l’état actuel de leur technologie.",
    "Ces GPU restent essentiels pour alimenter les avancées de l’IA à l’échelle mondiale !",
    "Le modèle R1 a-t-il vraiment dépassé les performances des modèles américains ?",
    "Selon l’art. 5 du règlement, les exportations de puces sont limitées, etc.",
    "La croissance atteint 3,5 % cette année, soit env. 1.000.000 d’unités.",
    "« Nous tiendrons nos promesses », a déclaré Mme. Dupont.",
    "Il hésita… puis il entra dans la salle de réunion.",
    "Court.",
  };

  private static Block.Paragraph para(String text) {
    return new Block.Paragraph(text + "\n", text);
  }

  private static Block.Heading heading(int level, String text) {
    return new Block.Heading(level, text + "\n", text);
  }

  @Test
  void aBlockThatFitsIsOneWholeSegment() {
    Block.Paragraph p =
        new Block.Paragraph(
            "Lancez npm test.\n", "Lancez npm test.", "", List.of(new Range(7, 15)));
    Document doc = new Document(InputFormat.TEXT, List.of(p));

    List<Chunk> chunks = Chunker.chunk(doc, doc.sections(), 100, 10);

    assertThat(chunks)
        .singleElement()
        .satisfies(
            c ->
                assertThat(c.segments())
                    .containsExactly(
                        new Segment(0, 0, "Lancez npm test.", "", List.of(new Range(7, 15)))));
  }

  @Test
  void aChunkNeverMixesTwoSections() {
    Document doc =
        new Document(
            InputFormat.TEXT,
            List.of(
                heading(1, "Titre"),
                new Block.Verbatim("\n"),
                para("Un. Deux."),
                new Block.Verbatim("\n"),
                heading(2, "Partie"),
                new Block.Verbatim("\n"),
                para("Trois.")));
    List<Section> sections = doc.sections();

    List<Chunk> chunks = Chunker.chunk(doc, sections, 1000, 100);

    assertThat(chunks).extracting(Chunk::section).containsExactly(0, 1);
    assertThat(chunks.get(0).texts()).containsExactly("Titre", "Un. Deux.");
    assertThat(chunks.get(1).texts()).containsExactly("Partie", "Trois.");
    for (Chunk c : chunks) {
      assertThat(c.segments())
          .allSatisfy(s -> assertThat(sections.get(c.section()).contains(s.block())).isTrue());
    }
  }

  @Test
  void codeAndVerbatimBlocksAreNeverInChunks() {
    Document doc =
        new Document(
            InputFormat.MARKDOWN,
            List.of(
                para("Installez le paquet."),
                new Block.Code("```\nnpm install traduire\n```\n"),
                new Block.Verbatim("\n---\n"),
                new Block.Paragraph("   \n", "   "),
                para("Puis lancez-le.")));

    List<Chunk> chunks = Chunker.chunk(doc, doc.sections(), 1000, 100);

    assertThat(chunks)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.segments()).extracting(Segment::block).containsExactly(0, 4);
              assertThat(c.texts()).containsExactly("Installez le paquet.", "Puis lancez-le.");
            });
  }

  @Test
  void sectionsNotGivenAreSkipped() {
    Document doc =
        new Document(
            InputFormat.TEXT,
            List.of(
                heading(1, "Titre"),
                para("Un."),
                heading(2, "Anglais"),
                para("Two."),
                heading(2, "Fin"),
                para("Trois.")));
    List<Section> sections = doc.sections();

    List<Chunk> chunks = Chunker.chunk(doc, List.of(sections.get(0), sections.get(2)), 1000, 100);

    assertThat(chunks).extracting(Chunk::section).containsExactly(0, 2);
    assertThat(chunks)
        .flatExtracting(Chunk::texts)
        .containsExactly("Titre", "Un.", "Fin", "Trois.");
  }

  @Test
  void sectionsComeOutInDocumentOrderWhateverTheOrderGiven() {
    Document doc =
        new Document(
            InputFormat.TEXT, List.of(heading(1, "Un"), heading(2, "Deux"), heading(2, "Trois")));
    List<Section> sections = doc.sections();

    List<Chunk> chunks =
        Chunker.chunk(doc, List.of(sections.get(2), sections.get(0), sections.get(1)), 1000, 100);

    assertThat(chunks).extracting(Chunk::section).containsExactly(0, 1, 2);
  }

  @Test
  void aChunkHoldsAtMostMaxSegmentsSegments() {
    Document doc =
        new Document(
            InputFormat.TEXT,
            List.of(para("Un."), para("Deux."), para("Trois."), para("Quatre."), para("Cinq.")));

    List<Chunk> chunks = Chunker.chunk(doc, doc.sections(), 1000, 2);

    assertThat(chunks).extracting(c -> c.segments().size()).containsExactly(2, 2, 1);
  }

  @Test
  void anOverLongParagraphIsSplitAtSentenceEndsAndRebuildsItsText() {
    String text =
        "Le débat porte sur les GPU. M. Wang a évoqué la demande mondiale.\n"
            + "Les exportations sont limitées\u00A0! Que fera la Chine\u00A0?";
    Document doc = new Document(InputFormat.TEXT, List.of(para(text)));

    List<Chunk> chunks = Chunker.chunk(doc, doc.sections(), 70, 10);

    List<Segment> parts = chunks.stream().flatMap(c -> c.segments().stream()).toList();
    assertThat(parts).extracting(Segment::part).containsExactly(0, 1);
    assertThat(parts)
        .extracting(Segment::text)
        .containsExactly(
            "Le débat porte sur les GPU. M. Wang a évoqué la demande mondiale.",
            "Les exportations sont limitées\u00A0! Que fera la Chine\u00A0?");
    assertThat(parts).extracting(Segment::trailing).containsExactly("\n", "");
    assertThat(rebuild(parts)).isEqualTo(text);
    assertThat(chunks).allSatisfy(c -> assertThat(c.chars()).isLessThanOrEqualTo(70));
  }

  @Test
  void partsHoldAsManyWholeSentencesAsFit() {
    String text = "Un deux trois. Quatre cinq six. Sept huit neuf. Dix onze douze.";
    Document doc = new Document(InputFormat.TEXT, List.of(para(text)));

    List<Chunk> chunks = Chunker.chunk(doc, doc.sections(), 35, 1);

    assertThat(chunks)
        .flatExtracting(Chunk::texts)
        .containsExactly("Un deux trois. Quatre cinq six.", "Sept huit neuf. Dix onze douze.");
  }

  @Test
  void aSentenceLongerThanTheLimitIsCutAtTheLastWhitespaceBeforeIt() {
    String text = "Wang a reconnu l’avance historique des États-Unis dans ce domaine.";
    Document doc = new Document(InputFormat.TEXT, List.of(para(text)));

    List<Segment> parts = segments(Chunker.chunk(doc, doc.sections(), 30, 10));

    assertThat(parts)
        .extracting(Segment::text)
        .containsExactly(
            "Wang a reconnu l’avance", "historique des États-Unis dans", "ce domaine.");
    assertThat(parts).extracting(Segment::trailing).containsExactly(" ", " ", "");
    assertThat(rebuild(parts)).isEqualTo(text);
  }

  @Test
  void aWordLongerThanTheLimitIsCutAtTheLimit() {
    String text = "Anticonstitutionnellement dit.";
    Document doc = new Document(InputFormat.TEXT, List.of(para(text)));

    List<Segment> parts = segments(Chunker.chunk(doc, doc.sections(), 10, 10));

    assertThat(parts)
        .extracting(Segment::text)
        .containsExactly("Anticonsti", "tutionnell", "ement dit.");
    assertThat(rebuild(parts)).isEqualTo(text);
  }

  @Test
  void keepRangesAreShiftedIntoTheirPart() {
    String text = "Lancez npm install maintenant. Puis tapez npm test pour vérifier.";
    int install = text.indexOf("npm install");
    int test = text.indexOf("npm test");
    List<Range> keep = List.of(new Range(install, install + 11), new Range(test, test + 8));
    Document doc =
        new Document(
            InputFormat.MARKDOWN, List.of(new Block.Paragraph(text + "\n", text, "", keep)));

    List<Segment> parts = segments(Chunker.chunk(doc, doc.sections(), 40, 10));

    assertThat(parts).hasSize(2);
    assertThat(parts.get(0).keep()).containsExactly(new Range(7, 18));
    assertThat(parts.get(1).keep()).containsExactly(new Range(11, 19));
    assertThat(kept(parts)).containsExactly("npm install", "npm test");
  }

  @Test
  void aCutNeverFallsInsideAKeepRange() {
    String text =
        "Copiez la commande git clone https://exemple.fr/depot.git puis ouvrez le dossier.";
    int start = text.indexOf("git clone");
    int end = text.indexOf(" puis");
    List<Range> keep = List.of(new Range(start, end));
    Document doc =
        new Document(
            InputFormat.MARKDOWN, List.of(new Block.Paragraph(text + "\n", text, "", keep)));

    List<Segment> parts = segments(Chunker.chunk(doc, doc.sections(), 50, 10));

    assertThat(parts)
        .extracting(Segment::text)
        .containsExactly(
            "Copiez la commande",
            "git clone https://exemple.fr/depot.git puis ouvrez",
            "le dossier.");
    assertThat(kept(parts)).containsExactly("git clone https://exemple.fr/depot.git");
    assertThat(rebuild(parts)).isEqualTo(text);
  }

  @Test
  void aKeepRangeLongerThanTheLimitBecomesAPartOfItsOwn() {
    String text = "Voir https://exemple.fr/un/tres/long/chemin ici.";
    int start = text.indexOf("https");
    int end = text.indexOf(" ici");
    Document doc =
        new Document(
            InputFormat.MARKDOWN,
            List.of(new Block.Paragraph(text + "\n", text, "", List.of(new Range(start, end)))));

    List<Chunk> chunks = Chunker.chunk(doc, doc.sections(), 10, 10);

    assertThat(chunks)
        .flatExtracting(Chunk::texts)
        .containsExactly("Voir", "https://exemple.fr/un/tres/long/chemin", "ici.");
    assertThat(chunks.get(1).segments()).hasSize(1);
    assertThat(rebuild(segments(chunks))).isEqualTo(text);
  }

  @Test
  void noChunkExceedsTheLimitsAndThePartsRebuildEveryBlock() {
    Random random = new Random(20240611);
    for (int round = 0; round < 3000; round++) {
      int maxChars = 1 + random.nextInt(random.nextBoolean() ? 40 : 400);
      Document doc = randomDocument(random, maxChars);
      int maxSegments = 1 + random.nextInt(8);
      List<Section> sections = doc.sections();

      List<Chunk> chunks = Chunker.chunk(doc, sections, maxChars, maxSegments);

      String what = "round " + round + ", maxChars " + maxChars + ", maxSegments " + maxSegments;
      for (Chunk c : chunks) {
        assertThat(c.chars()).as(what).isLessThanOrEqualTo(maxChars);
        assertThat(c.segments().size()).as(what).isLessThanOrEqualTo(maxSegments);
        Section section = sections.get(c.section());
        assertThat(c.segments())
            .as(what)
            .allSatisfy(s -> assertThat(section.contains(s.block())).isTrue());
      }
      Map<Integer, List<Segment>> byBlock = new LinkedHashMap<>();
      for (Segment s : segments(chunks)) {
        byBlock.computeIfAbsent(s.block(), b -> new ArrayList<>()).add(s);
      }
      List<Integer> translatable = new ArrayList<>();
      for (int i = 0; i < doc.blocks().size(); i++) {
        if (doc.blocks().get(i).translatable()) {
          translatable.add(i);
        }
      }
      assertThat(byBlock.keySet()).as(what).containsExactlyElementsOf(translatable);
      byBlock.forEach(
          (block, parts) -> {
            assertThat(parts)
                .as(what)
                .extracting(Segment::part)
                .containsExactlyElementsOf(IntStream.range(0, parts.size()).boxed().toList());
            Block source = doc.blocks().get(block);
            assertThat(rebuild(parts)).as(what).isEqualTo(source.text());
            assertThat(kept(parts))
                .as(what)
                .containsExactlyElementsOf(
                    source.keep().stream()
                        .map(r -> source.text().substring(r.start(), r.end()))
                        .toList());
          });
    }
  }

  @Test
  void rejectsAMaxCharsBelowOne() {
    Document doc = new Document(InputFormat.TEXT, List.of(para("Un.")));

    assertThatThrownBy(() -> Chunker.chunk(doc, doc.sections(), 0, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxChars")
        .hasMessageContaining("0");
  }

  @Test
  void rejectsAMaxSegmentsBelowOne() {
    Document doc = new Document(InputFormat.TEXT, List.of(para("Un.")));

    assertThatThrownBy(() -> Chunker.chunk(doc, doc.sections(), 100, -3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxSegments")
        .hasMessageContaining("-3");
  }

  @Test
  void rejectsASectionOutsideTheDocument() {
    Document doc = new Document(InputFormat.TEXT, List.of(para("Un.")));
    Section tooFar = new Section(0, 0, 0, 5, "", Detection.UNKNOWN);

    assertThatThrownBy(() -> Chunker.chunk(doc, List.of(tooFar), 100, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("5");
  }

  /**
   * Headings, code, blank lines and paragraphs of sample sentences with keep ranges up to maxKeep
   * long.
   */
  private static Document randomDocument(Random random, int maxKeep) {
    List<Block> blocks = new ArrayList<>();
    int count = 1 + random.nextInt(12);
    for (int i = 0; i < count; i++) {
      switch (random.nextInt(5)) {
        case 0 ->
            blocks.add(heading(1 + random.nextInt(3), SENTENCES[random.nextInt(SENTENCES.length)]));
        case 1 -> blocks.add(new Block.Verbatim("\n"));
        case 2 -> blocks.add(new Block.Code("x = 1\n"));
        default -> {
          StringBuilder text = new StringBuilder();
          int sentences = 1 + random.nextInt(10);
          for (int s = 0; s < sentences; s++) {
            if (s > 0) {
              text.append(random.nextInt(4) == 0 ? "\n" : " ");
            }
            text.append(SENTENCES[random.nextInt(SENTENCES.length)]);
          }
          String t = text.toString();
          List<Range> keep = new ArrayList<>();
          int from = 0;
          while (random.nextInt(3) > 0 && from < t.length()) {
            int start = from + random.nextInt(t.length() - from);
            int end = Math.min(t.length(), start + random.nextInt(Math.min(maxKeep, 15) + 1));
            keep.add(new Range(start, end));
            from = end;
          }
          blocks.add(new Block.Paragraph(t + "\n", t, "", keep));
        }
      }
    }
    return new Document(InputFormat.TEXT, blocks);
  }

  private static List<Segment> segments(List<Chunk> chunks) {
    return chunks.stream().flatMap(c -> c.segments().stream()).toList();
  }

  private static String rebuild(List<Segment> parts) {
    StringBuilder sb = new StringBuilder();
    for (Segment s : parts) {
      sb.append(s.text()).append(s.trailing());
    }
    return sb.toString();
  }

  private static List<String> kept(List<Segment> parts) {
    List<String> kept = new ArrayList<>();
    for (Segment s : parts) {
      for (Range r : s.keep()) {
        kept.add(s.text().substring(r.start(), r.end()));
      }
    }
    return kept;
  }
}
