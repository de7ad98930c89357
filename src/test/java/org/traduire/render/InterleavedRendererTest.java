package org.traduire.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InterleavedRendererTest {
  @Test
  void eachFrenchBlockIsFollowedByItsEnglishThenABlankLine() {
    String out = Golden.render(new InterleavedRenderer(), Samples.markdown());

    assertThat(out)
        .startsWith(
            "# Guide d’installation\n# Installation guide\n\n"
                + "Installez l’outil puis lancez-le\u00A0:\nInstall the tool, then run it:\n\n");
  }

  @Test
  void blankRunsAreNotRepeated() {
    String out = Golden.render(new InterleavedRenderer(), Samples.article());

    assertThat(out).doesNotContain("\n\n\n").endsWith("January 2025.\n");
  }

  @Test
  void codeIsShownOnce() {
    String out = Golden.render(new InterleavedRenderer(), Samples.markdown());

    assertThat(out).containsOnlyOnce("jq .summary sortie.json");
  }

  @Test
  void failedBlocksAreMarkedAfterTheirLead() {
    String out = Golden.render(new InterleavedRenderer(), Samples.markdown());

    assertThat(out)
        .contains(
            "- Lancer l’installateur.\n"
                + "- [untranslated: timeout after 30 s] Lancer l’installateur.\n");
  }
}
