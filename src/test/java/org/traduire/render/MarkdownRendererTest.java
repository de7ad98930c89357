package org.traduire.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.traduire.document.AlignedBlock;
import org.traduire.document.BilingualDocument;
import org.traduire.document.Block;
import org.traduire.document.InputFormat;

class MarkdownRendererTest {
  private static String render(BilingualDocument document) {
    return Golden.render(new MarkdownRenderer(), document);
  }

  private static BilingualDocument text(AlignedBlock... blocks) {
    return Samples.document("x.txt", InputFormat.TEXT, List.of(blocks), List.of(0.9, 0.9, 0.9));
  }

  @Test
  void headingsAreWrittenInBothLanguagesAtTheirLevel() {
    assertThat(render(Samples.markdown()))
        .startsWith("# Guide d’installation\n# Installation guide\n\n")
        .contains("\n## Étapes\n## Steps\n\n");
    assertThat(render(Samples.article())).contains("\n## Paysage avancé des GPU\n## Advanced GPU landscape\n");
  }

  @Test
  void eachFrenchBlockIsAQuoteFollowedByItsEnglishWithTheSameLead() {
    assertThat(render(Samples.markdown()))
        .contains("> - Télécharger l’archive.\n\n- Download the archive.\n")
        .contains("> > La traduction est un art difficile, disait-il, et la machine n’y change rien.\n\n"
            + "> Translation is a difficult art");
  }

  @Test
  void codeIsWrittenOnceFencedAsInTheSource() {
    String out = render(Samples.markdown());

    assertThat(out).contains("\n```sh\ntraduire -f json article.txt > sortie.json\n\tjq .summary sortie.json\n```\n");
    assertThat(out.split("jq \\.summary", -1)).hasSize(2);
  }

  @Test
  void failedBlockShowsTheFrenchAndTheReason() {
    assertThat(render(Samples.markdown()))
        .contains("> - Lancer l’installateur.\n\n*\\[untranslated: timeout after 30 s\\]*\n");
  }

  @Test
  void englishAlreadyIsWrittenOnceUnquoted() {
    String out = render(Samples.article());

    assertThat(out).endsWith("\n\nSource: CNBC, January 2025.\n").doesNotContain("> Source");
  }

  @Test
  void markdownPunctuationFromTextInputsIsEscaped() {
    String out =
        render(text(Samples.para("", "- <script>alert(1)</script> & *gras* #1\n",
            "1. <script>alert(1)</script> & *bold* [x](y)")));

    assertThat(out)
        .isEqualTo("> \\- \\<script\\>alert(1)\\</script\\> \\& \\*gras\\* \\#1\n\n"
            + "1\\. \\<script\\>alert(1)\\</script\\> \\& \\*bold\\* \\[x\\](y)\n");
  }

  @Test
  void verbatimTextOfATextInputIsFencedLongerThanItsBackticks() {
    String out = render(text(AlignedBlock.kept(new Block.Verbatim("*** ```x``` ***\n"), "markup")));

    assertThat(out).isEqualTo("````\n*** ```x``` ***\n````\n");
  }

  @Test
  void lineEndsInsideATranslationBecomeSpaces() {
    assertThat(render(Samples.lines())).contains("\nThe cat sleeps on the sofa.\n");
  }

  @Test
  void outputEndsWithOneLineEnd() {
    for (BilingualDocument doc : List.of(Samples.article(), Samples.markdown(), Samples.lines())) {
      assertThat(render(doc)).as(doc.name()).endsWith("\n").doesNotEndWith("\n\n");
    }
  }
}
