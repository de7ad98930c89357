package org.traduire.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.traduire.document.AlignedBlock;
import org.traduire.document.BilingualDocument;
import org.traduire.document.Block;
import org.traduire.document.InputFormat;

class InterleavedRendererTest {
  @Test
  void eachFrenchBlockIsFollowedByItsEnglishThenABlankLine() {
    String out = Golden.render(new InterleavedRenderer(false), Samples.markdown());

    assertThat(out)
        .startsWith(
            "# Guide d’installation\n# Installation guide\n\n"
                + "Installez l’outil puis lancez-le\u00A0:\nInstall the tool, then run it:\n\n");
  }

  @Test
  void blankRunsAreNotRepeated() {
    String out = Golden.render(new InterleavedRenderer(false), Samples.article());

    assertThat(out).doesNotContain("\n\n\n").endsWith("January 2025.\n");
  }

  @Test
  void codeIsShownOnce() {
    String out = Golden.render(new InterleavedRenderer(false), Samples.markdown());

    assertThat(out).containsOnlyOnce("jq .summary sortie.json");
  }

  @Test
  void failedBlocksAreMarkedAfterTheirLead() {
    String out = Golden.render(new InterleavedRenderer(false), Samples.markdown());

    assertThat(out)
        .contains(
            "- Lancer l’installateur.\n"
                + "- [untranslated: timeout after 30 s] Lancer l’installateur.\n");
  }

  @Test
  void verbatimTextIsShownOnceWithoutItsSurroundingBlankLines() {
    BilingualDocument doc =
        Samples.document(
            "v.md",
            InputFormat.MARKDOWN,
            List.of(
                Samples.para("", "Un.\n", "One."),
                AlignedBlock.kept(new Block.Verbatim("\n* * *\n  \n\n"), "markup"),
                Samples.para("", "Deux.", "Two.")),
            List.of(0.9));

    assertThat(Golden.render(new InterleavedRenderer(false), doc))
        .isEqualTo("Un.\nOne.\n\n* * *\n\nDeux.\nTwo.\n");
  }
}
