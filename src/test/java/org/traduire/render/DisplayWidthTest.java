package org.traduire.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DisplayWidthTest {
  @Test
  void asciiAndAccentedLettersTakeOneColumnEach() {
    assertThat(DisplayWidth.of("abc")).isEqualTo(3);
    assertThat(DisplayWidth.of("été à Noël")).isEqualTo(10);
    assertThat(DisplayWidth.of("«\u00A0guillemets\u00A0»")).isEqualTo(14);
  }

  @Test
  void cjkIdeographsTakeTwoColumns() {
    assertThat(DisplayWidth.of("深度求索")).isEqualTo(8);
    assertThat(DisplayWidth.of('中')).isEqualTo(2);
    assertThat(DisplayWidth.of("GPU 中国")).isEqualTo(8);
  }

  @Test
  void kanaHangulFullwidthFormsAndCjkPunctuationTakeTwoColumns() {
    assertThat(DisplayWidth.of("カタカナ")).isEqualTo(8);
    assertThat(DisplayWidth.of("한국어")).isEqualTo(6);
    assertThat(DisplayWidth.of("ＡＢＣ")).isEqualTo(6);
    assertThat(DisplayWidth.of("。、")).isEqualTo(4);
  }

  @Test
  void ideographsBeyondTheBasicPlaneTakeTwoColumns() {
    assertThat(DisplayWidth.of(0x20BB7)).isEqualTo(2); // 𠮷, a surrogate pair in Java
    assertThat(DisplayWidth.of("𠮷")).isEqualTo(2);
  }

  @Test
  void mostEmojiTakeTwoColumns() {
    assertThat(DisplayWidth.of("😀")).isEqualTo(2);
    assertThat(DisplayWidth.of("🚀")).isEqualTo(2);
    assertThat(DisplayWidth.of("🤖")).isEqualTo(2);
    assertThat(DisplayWidth.of("⌚")).isEqualTo(2);
  }

  @Test
  void combiningMarksTakeNoColumn() {
    assertThat(DisplayWidth.of("e\u0301")).isEqualTo(1); // e + combining acute
    assertThat(DisplayWidth.of("a\u0308\u0304")).isEqualTo(1);
    assertThat(DisplayWidth.of(0x0301)).isZero();
    assertThat(DisplayWidth.of(0x20DD)).isZero(); // enclosing circle
  }

  @Test
  void zeroWidthAndControlCharactersTakeNoColumn() {
    assertThat(DisplayWidth.of("a\u200Bb")).isEqualTo(2); // zero-width space
    assertThat(DisplayWidth.of("\u200D")).isZero(); // zero-width joiner
    assertThat(DisplayWidth.of("\uFEFF")).isZero(); // byte order mark
    assertThat(DisplayWidth.of("\u001B")).isZero();
    assertThat(DisplayWidth.of("")).isZero();
  }

  @Test
  void boxDrawingAndTypographicPunctuationTakeOneColumn() {
    assertThat(DisplayWidth.of("│─═┼")).isEqualTo(4);
    assertThat(DisplayWidth.of("’“”…—")).isEqualTo(5);
  }

  @Test
  void wideRangesEndWhereUnicodeSaysTheyEnd() {
    assertThat(DisplayWidth.of(0x10FF)).isEqualTo(1); // Georgian, just before Hangul Jamo
    assertThat(DisplayWidth.of(0x1100)).isEqualTo(2);
    assertThat(DisplayWidth.of(0x115F)).isEqualTo(2);
    assertThat(DisplayWidth.of(0x3000)).isEqualTo(2); // ideographic space
    assertThat(DisplayWidth.of(0x303F)).isEqualTo(1); // half fill space, narrow
    assertThat(DisplayWidth.of(0xD7A3)).isEqualTo(2); // last Hangul syllable
    assertThat(DisplayWidth.of(0xFF61)).isEqualTo(1); // halfwidth ideographic full stop
    assertThat(DisplayWidth.of(0x1F64F)).isEqualTo(2);
    assertThat(DisplayWidth.of(0x1F650)).isEqualTo(1);
  }
}
