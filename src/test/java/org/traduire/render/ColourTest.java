package org.traduire.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ColourTest {
  private static final String ESC = "\u001b[";

  private static String strip(String s) {
    return s.replaceAll("\u001b\\[[0-9;]*m", "");
  }

  @ParameterizedTest
  @EnumSource(value = OutputFormat.class, names = {"SIDE_BY_SIDE", "INTERLEAVED"})
  void colourAddsOnlyEscapeSequencesToThePlainLayout(OutputFormat format) throws Exception {
    String plain = Golden.render(Renderers.of(format, new RenderOptions(80, false)), Samples.article());
    String coloured = Golden.render(Renderers.of(format, new RenderOptions(80, true)), Samples.article());

    assertThat(coloured).contains(ESC);
    assertThat(strip(coloured)).isEqualTo(plain);
  }

  @Test
  void headingsAreBoldCyanAndFailedBlocksRed() throws Exception {
    String out = Golden.render(Renderers.of(OutputFormat.SIDE_BY_SIDE, new RenderOptions(100, true)), Samples.markdown());

    assertThat(out).contains(Style.HEADING.apply("Français", true));
    assertThat(out).containsPattern("\u001b\\[31m[^\u001b]*\\[untranslated");
  }

  @Test
  void noColourMeansNoEscapeSequences() throws Exception {
    String out = Golden.render(Renderers.of(OutputFormat.SIDE_BY_SIDE, new RenderOptions(100)), Samples.markdown());

    assertThat(out).doesNotContain(ESC);
  }
}
