package org.traduire.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RenderersTest {
  @ParameterizedTest
  @EnumSource(OutputFormat.class)
  void everyFormatHasARendererThatEndsItsOutputWithALineEnd(OutputFormat format) {
    Renderer renderer = Renderers.of(format, new RenderOptions(RenderOptions.DEFAULT_WIDTH));

    assertThat(Golden.render(renderer, Samples.markdown())).endsWith("\n");
  }

  @ParameterizedTest
  @EnumSource(OutputFormat.class)
  void renderingTwiceGivesTheSameOutput(OutputFormat format) {
    Renderer renderer = Renderers.of(format, new RenderOptions(80));

    assertThat(Golden.render(renderer, Samples.article()))
        .isEqualTo(Golden.render(renderer, Samples.article()));
  }
}
