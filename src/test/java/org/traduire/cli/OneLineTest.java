package org.traduire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OneLineTest {
  @Test
  void newlinesAndTerminalEscapesInAMessageAreShownAsEscapes() {
    assertThat(OneLine.of("in/deux\nlignes.txt: vide\r")).isEqualTo("in/deux\\nlignes.txt: vide\\r");
    assertThat(OneLine.of("in/\u001b[2Jpiège.txt\u0085")).isEqualTo("in/\\x1b[2Jpiège.txt\\x85");
  }

  @Test
  void aMessageWithoutControlCharactersIsUnchangedTabsIncluded() {
    String message = "terms.tsv:7: expected french\tenglish, found « 1 » column ⟦0⟧";
    assertThat(OneLine.of(message)).isSameAs(message);
  }
}
