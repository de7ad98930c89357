package org.traduire.translate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.traduire.document.Range;

class PlaceholdersTest {
  private static final String TEXT = "Lancez `make all` puis lisez [la doc](https://ex.org/a).";

  @Test
  void protectedSpansBecomeNumberedTokens() {
    Placeholders.Protected p = Placeholders.protect(TEXT, List.of(new Range(7, 17), new Range(37, 55)));

    assertThat(p.text()).isEqualTo("Lancez ⟦0⟧ puis lisez [la doc]⟦1⟧.");
    assertThat(p.originals()).containsExactly("`make all`", "(https://ex.org/a)");
  }

  @Test
  void restorePutsTheOriginalsBackWhereverTheBackendMovedThem() {
    List<String> originals = List.of("`make all`", "(https://ex.org/a)");

    assertThat(Placeholders.restore("Read [the doc]⟦1⟧ after running ⟦0⟧.", originals))
        .isEqualTo("Read [the doc](https://ex.org/a) after running `make all`.");
  }

  @Test
  void lostPlaceholderIsRefused() {
    assertThatThrownBy(() -> Placeholders.restore("Run it.", List.of("`make`")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("`make`")
        .hasMessageContaining("0 times");
  }

  @Test
  void duplicatedPlaceholderIsRefused() {
    assertThatThrownBy(() -> Placeholders.restore("⟦0⟧ ⟦0⟧", List.of("`make`")))
        .hasMessageContaining("2 times");
  }

  @Test
  void textWithoutRangesIsUntouched() {
    assertThat(Placeholders.protect("Bonjour ⟦", List.of()).text()).isEqualTo("Bonjour ⟦");
    assertThat(Placeholders.restore("Hello ⟦9⟧", List.of())).isEqualTo("Hello ⟦9⟧");
  }
}
