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

  @Test
  void aSpanCanComeBackAsItsReplacementCapitalisedAtTheStartOfASentence() {
    String text = "Le processeur graphique chauffe. Un processeur graphique, dit-il.";
    Placeholders.Protected p = Placeholders.protect(text, List.of(
        new Placeholders.Span(new Range(3, 23), "graphics processor", true),
        new Placeholders.Span(new Range(36, 56), "graphics processor", true)), 0);

    assertThat(p.text()).isEqualTo("Le ⟦0⟧ chauffe. Un ⟦1⟧, dit-il.");
    assertThat(Placeholders.restore("⟦0⟧ heats up. « ⟦1⟧ », he said.", p))
        .isEqualTo("Graphics processor heats up. « Graphics processor », he said.");
    assertThat(Placeholders.restore("It heats up, said the ⟦1⟧ of the ⟦0⟧.", p))
        .isEqualTo("It heats up, said the graphics processor of the graphics processor.");
  }

  @Test
  void aLayerNumbersAfterTheTokensAlreadyThereAndLeavesThemAlone() {
    String text = "Voir ⟦0⟧ et ⟦1⟧ sur la puce.";
    Placeholders.Protected p = Placeholders.protect(text,
        List.of(new Placeholders.Span(new Range(text.indexOf("puce"), text.indexOf("puce") + 4), "chip", false)),
        Placeholders.next(text));

    assertThat(p.text()).isEqualTo("Voir ⟦0⟧ et ⟦1⟧ sur la ⟦2⟧.");
    assertThat(Placeholders.restore("See ⟦0⟧ and ⟦1⟧ on the ⟦2⟧.", p)).isEqualTo("See ⟦0⟧ and ⟦1⟧ on the chip.");
  }

  @Test
  void theRefusalNamesEveryPieceLostOrDuplicated() {
    Placeholders.Protected p = Placeholders.protect("a b c", List.of(new Range(0, 1), new Range(2, 3), new Range(4, 5)));

    assertThatThrownBy(() -> Placeholders.restore("⟦1⟧ ⟦1⟧", p))
        .isInstanceOfSatisfying(PlaceholderException.class, e -> assertThat(e.offending()).containsExactly(0, 1, 2))
        .hasMessage("placeholder for \"a\" came back 0 times (and 2 more)");
    assertThatThrownBy(() -> Placeholders.restore("⟦0⟧ ⟦1⟧ ⟦2⟧ ⟦7⟧", p))
        .isInstanceOfSatisfying(PlaceholderException.class, e -> assertThat(e.offending()).isEmpty())
        .hasMessage("unknown placeholder ⟦7⟧ in the translation");
  }
}
