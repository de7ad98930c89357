package org.traduire.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.traduire.document.AlignedBlock;
import org.traduire.document.BilingualDocument;
import org.traduire.document.InputFormat;
import org.traduire.document.Status;
import org.traduire.input.SourceText;

class PipelineTest {
  private static final String MARKDOWN =
      "# Titre\n\nLancez `make all` puis lisez [la doc](https://ex.org/a).\n\n"
          + "```sh\nmake all\n```\n\n- premier point\n- second point\n";

  private static BilingualDocument run(Fakes.Recording backend, String text, InputFormat format)
      throws Exception {
    Plan plan = new Planner(Fakes.DETECTOR, format, false, backend.maxChars(), 50)
        .plan(new SourceText("a.md", text, "UTF-8", false));
    return new Pipeline(backend, 1).run(plan);
  }

  @Test
  void sourceSideReproducesTheInputExactly() throws Exception {
    BilingualDocument doc = run(Fakes.Recording.upperCase(), MARKDOWN, InputFormat.MARKDOWN);

    assertThat(doc.sourceText()).isEqualTo(MARKDOWN);
  }

  @Test
  void codeIsKeptAndInlineCodeAndLinkTargetsAreNeverSent() throws Exception {
    Fakes.Recording backend = Fakes.Recording.upperCase();

    BilingualDocument doc = run(backend, MARKDOWN, InputFormat.MARKDOWN);

    String sent = String.join("\n", backend.batches.stream().flatMap(List::stream).toList());
    assertThat(sent).doesNotContain("make all").doesNotContain("https://ex.org/a");
    assertThat(doc.blocks())
        .filteredOn(b -> b.source().text().contains("Lancez"))
        .singleElement()
        .extracting(AlignedBlock::translation)
        .isEqualTo("LANCEZ `make all` PUIS LISEZ [LA DOC](https://ex.org/a).");
    assertThat(doc.blocks())
        .filteredOn(b -> b.source().source().startsWith("```"))
        .singleElement()
        .extracting(AlignedBlock::status)
        .isEqualTo(Status.KEPT);
  }

  @Test
  void everyTranslatableBlockIsTranslatedWithTheBackendNamed() throws Exception {
    BilingualDocument doc = run(Fakes.Recording.upperCase(), MARKDOWN, InputFormat.MARKDOWN);

    assertThat(doc.blocks())
        .filteredOn(b -> b.source().translatable())
        .allSatisfy(b -> {
          assertThat(b.status()).isEqualTo(Status.TRANSLATED);
          assertThat(b.backend()).isEqualTo("fake");
        });
  }

  @Test
  void wrongNumberOfTranslationsIsRetriedOneSegmentAtATime() throws Exception {
    Fakes.Recording backend =
        new Fakes.Recording(l -> l.size() > 1 ? List.of("only one") : List.of(l.get(0) + "!"));

    BilingualDocument doc = run(backend, "Un.\nDeux.\nTrois.\n", InputFormat.LINES);

    assertThat(doc.blocks()).extracting(AlignedBlock::translation).containsExactly("Un.!", "Deux.!", "Trois.!");
    assertThat(backend.batches).hasSize(4);
  }

  @Test
  void failedBatchKeepsTheFrenchMarkedWithTheReason() throws Exception {
    Fakes.Recording backend = new Fakes.Recording(l -> null);

    BilingualDocument doc = run(backend, "Un.\nDeux.\n", InputFormat.LINES);

    assertThat(doc.blocks()).allSatisfy(b -> {
      assertThat(b.status()).isEqualTo(Status.FAILED);
      assertThat(b.note()).isEqualTo("fake answered 503 Service Unavailable");
    });
    assertThat(doc.blocks()).extracting(AlignedBlock::translation).containsExactly("Un.", "Deux.");
  }

  @Test
  void backendBugFailsItsBatchButTheDocumentIsStillAssembled() throws Exception {
    Fakes.Recording backend =
        new Fakes.Recording(l -> {
          throw new IllegalStateException("boom");
        });

    BilingualDocument doc = run(backend, "Un.\nDeux.\n", InputFormat.LINES);

    assertThat(doc.sourceText()).isEqualTo("Un.\nDeux.\n");
    assertThat(doc.blocks()).allSatisfy(b -> assertThat(b.note()).contains("internal error", "boom"));
  }

  @Test
  void oneBadSegmentInABatchFailsAloneAndTheOthersAreTranslated() throws Exception {
    Fakes.Recording backend =
        new Fakes.Recording(l -> {
          if (l.contains("Deux.")) {
            throw new IllegalStateException("cannot parse Deux");
          }
          return l.stream().map(String::toUpperCase).toList();
        });

    BilingualDocument doc = run(backend, "Un.\nDeux.\nTrois.\n", InputFormat.LINES);

    assertThat(doc.blocks()).extracting(AlignedBlock::status)
        .containsExactly(Status.TRANSLATED, Status.FAILED, Status.TRANSLATED);
    assertThat(doc.blocks()).extracting(AlignedBlock::translation).containsExactly("UN.", "Deux.", "TROIS.");
  }

  @Test
  void fatalFailureIsNotRetriedSegmentBySegment() throws Exception {
    Fakes.Recording backend =
        new Fakes.Recording(l -> {
          throw new Fakes.Fatal();
        });

    BilingualDocument doc = run(backend, "Un.\nDeux.\nTrois.\n", InputFormat.LINES);

    assertThat(backend.batches).hasSize(1);
    assertThat(doc.count(Status.FAILED)).isEqualTo(3);
    assertThat(doc.blocks().get(0).note()).isEqualTo("key rejected (403)");
  }

  @Test
  void lostPlaceholderIsAskedAgainWithoutProtectionAndKeptWhenTheSpanSurvives() throws Exception {
    Fakes.Recording backend =
        new Fakes.Recording(l -> {
          List<String> out = new ArrayList<>();
          for (String s : l) {
            out.add(s.replaceAll("⟦\\d+⟧", ""));
          }
          return out;
        });

    BilingualDocument doc = run(backend, "# Titre\n\nLancez `make` maintenant.\n", InputFormat.MARKDOWN);

    assertThat(doc.count(Status.FAILED)).isZero();
    assertThat(doc.blocks()).extracting(AlignedBlock::translation).contains("Lancez `make` maintenant.");
    assertThat(backend.batches).last().asList().containsExactly("Lancez `make` maintenant.");
  }

  @Test
  void lostPlaceholderMarksOnlyThatBlockFailedWhenTheUnprotectedSpanIsChangedToo() throws Exception {
    Fakes.Recording backend =
        new Fakes.Recording(l -> {
          List<String> out = new ArrayList<>();
          for (String s : l) {
            out.add(s.replaceAll("⟦\\d+⟧", "").replace("`make`", "`faire`"));
          }
          return out;
        });

    BilingualDocument doc = run(backend, "# Titre\n\nLancez `make` maintenant.\n", InputFormat.MARKDOWN);

    assertThat(doc.count(Status.FAILED)).isEqualTo(1);
    assertThat(doc.blocks())
        .filteredOn(b -> b.status() == Status.FAILED)
        .singleElement()
        .extracting(AlignedBlock::note)
        .asString()
        .contains("`make`", "came back 0 times", "asked again");
  }

  @Test
  void chunksInFlightTogetherAreAssembledInDocumentOrder() throws Exception {
    Fakes.Recording backend = new Fakes.Recording(l -> l.stream().map(String::toUpperCase).toList(), 12);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      text.append("Ligne numéro ").append(i).append(". Suite ").append(i).append(".\n");
    }
    Plan plan = new Planner(Fakes.DETECTOR, InputFormat.LINES, false, 12, 50)
        .plan(new SourceText("a.txt", text.toString(), "UTF-8", false));

    BilingualDocument doc = new Pipeline(backend, 4).run(plan);

    assertThat(doc.blocks()).hasSize(200);
    for (int i = 0; i < 200; i++) {
      assertThat(doc.blocks().get(i).translation()).isEqualTo("LIGNE NUMÉRO " + i + ". SUITE " + i + ".");
    }
  }

  @Test
  void overLongParagraphIsSentInSentencePiecesAndReassembled() throws Exception {
    Fakes.Recording backend =
        new Fakes.Recording(l -> l.stream().map(String::toUpperCase).toList(), 40);
    String para = "Première phrase assez longue ici. Deuxième phrase aussi longue là. Fin.\n";

    BilingualDocument doc = run(backend, para, InputFormat.TEXT);

    assertThat(backend.batches.stream().flatMap(List::stream)).allSatisfy(s -> assertThat(s.length()).isLessThanOrEqualTo(40));
    assertThat(doc.blocks().get(0).translation())
        .isEqualTo("PREMIÈRE PHRASE ASSEZ LONGUE ICI. DEUXIÈME PHRASE AUSSI LONGUE LÀ. FIN.");
  }
}
