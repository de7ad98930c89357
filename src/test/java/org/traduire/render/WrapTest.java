package org.traduire.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WrapTest {
  @Test
  void proseBreaksAtSpacesToFitTheWidth() {
    assertThat(Wrap.prose("", "un deux trois quatre", 10))
        .containsExactly("un deux", "trois", "quatre");
  }

  @Test
  void noBreakSpacesHoldFrenchPunctuationToItsWord() {
    assertThat(Wrap.prose("", "Il dit\u00A0: «\u00A0oui\u00A0».", 8))
        .containsExactly("Il dit\u00A0:", "«\u00A0oui\u00A0».");
  }

  @Test
  void aWordWiderThanTheColumnIsBrokenByDisplayWidth() {
    assertThat(Wrap.prose("", "深度求索人工智能", 5)).containsExactly("深度", "求索", "人工", "智能");
    assertThat(Wrap.prose("", "https://example.org/a", 10))
        .containsExactly("https://ex", "ample.org/", "a");
  }

  @Test
  void combiningMarksStayWithTheirLetterWhenAWordIsBroken() {
    assertThat(Wrap.prose("", "e\u0301e\u0301e\u0301", 2))
        .containsExactly("e\u0301e\u0301", "e\u0301");
  }

  @Test
  void listItemsHangUnderTheirMarkerAndQuotesRepeatTheirBar() {
    assertThat(Wrap.prose("- ", "un deux trois", 9)).containsExactly("- un deux", "  trois");
    assertThat(Wrap.prose("12. ", "un deux", 8)).containsExactly("12. un", "    deux");
    assertThat(Wrap.prose("> ", "un deux trois", 9)).containsExactly("> un deux", "> trois");
  }

  @Test
  void emptyTextGivesOneLineWithTheLeadOnly() {
    assertThat(Wrap.prose("- ", "", 10)).containsExactly("-");
    assertThat(Wrap.prose("", "   ", 10)).containsExactly("");
  }

  @Test
  void hardWrapKeepsIndentationAndExpandsTabs() {
    assertThat(Wrap.hard("\tx = 1;", 20)).containsExactly("    x = 1;");
    assertThat(Wrap.hard("abcdefgh", 3)).containsExactly("abc", "def", "gh");
    assertThat(Wrap.hard("", 3)).containsExactly("");
  }

  @Test
  void controlCharactersNeverReachTheTerminal() {
    assertThat(Wrap.hard("a\u001B[31mb", 20)).containsExactly("a\uFFFD[31mb");
    assertThat(Wrap.prose("", "a\u001B[31mb", 20)).containsExactly("a\uFFFD[31mb");
  }
}
