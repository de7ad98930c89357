package org.traduire.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkupTest {
  @Test
  void readableTextDropsTheRunsAndTheSpacesTheyLeaveDoubled() {
    String text = Markup.run("<img src=x>") + " Voir " + Markup.run("<a href=\"y\">") + "la page"
        + Markup.run("</a>") + "  " + Markup.run("<br>") + " ici.";

    assertThat(Markup.readable(text)).isEqualTo("Voir la page ici.");
  }

  @Test
  void piecesAlternateProseAndMarkupInOrder() {
    String text = "a" + Markup.run("<b>") + "b" + Markup.run("</b>") + Markup.run("<i>");

    assertThat(Markup.pieces(text)).containsExactly(
        new Markup.Piece("a", false), new Markup.Piece("<b>", true), new Markup.Piece("b", false),
        new Markup.Piece("</b>", true), new Markup.Piece("<i>", true));
  }

  @Test
  void anUnpairedDelimiterIsDroppedAndItsTextIsProse() {
    String text = "a" + Markup.OPEN + "b" + Markup.run("<c>") + "d" + Markup.CLOSE + "e" + Markup.OPEN;

    assertThat(Markup.pieces(text)).containsExactly(
        new Markup.Piece("ab", false), new Markup.Piece("<c>", true), new Markup.Piece("de", false));
  }

  @Test
  void textWithoutMarkupIsLeftAsItIs() {
    assertThat(Markup.readable("  deux  espaces ")).isEqualTo("  deux  espaces ");
    assertThat(Markup.has("⟦0⟧ <b>")).isFalse();
  }
}
