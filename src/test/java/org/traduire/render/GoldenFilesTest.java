package org.traduire.render;

import java.io.IOException;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.traduire.document.BilingualDocument;

/**
 * Every renderer on every sample, against {@code
 * src/test/resources/render/<sample>.<format>.expected}.
 */
class GoldenFilesTest {
  static Stream<Arguments> samples() {
    return Stream.of(
        Arguments.of("article", (Supplier<BilingualDocument>) Samples::article),
        Arguments.of("guide", (Supplier<BilingualDocument>) Samples::markdown),
        Arguments.of("corpus", (Supplier<BilingualDocument>) Samples::lines));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void sourceSideIsTheInputShownInTheGoldenFiles(String name, Supplier<BilingualDocument> sample)
      throws IOException {
    Golden.assertMatches(name + ".input", sample.get().sourceText());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void sideBySideMatchesItsGoldenFile(String name, Supplier<BilingualDocument> sample)
      throws IOException {
    check(name, sample.get(), OutputFormat.SIDE_BY_SIDE, RenderOptions.DEFAULT_WIDTH, "");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void narrowSideBySideMatchesItsGoldenFile(String name, Supplier<BilingualDocument> sample)
      throws IOException {
    check(name, sample.get(), OutputFormat.SIDE_BY_SIDE, 60, "-60");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void interleavedMatchesItsGoldenFile(String name, Supplier<BilingualDocument> sample)
      throws IOException {
    check(name, sample.get(), OutputFormat.INTERLEAVED, RenderOptions.DEFAULT_WIDTH, "");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void targetMatchesItsGoldenFile(String name, Supplier<BilingualDocument> sample)
      throws IOException {
    check(name, sample.get(), OutputFormat.TARGET, RenderOptions.DEFAULT_WIDTH, "");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void jsonMatchesItsGoldenFile(String name, Supplier<BilingualDocument> sample)
      throws IOException {
    check(name, sample.get(), OutputFormat.JSON, RenderOptions.DEFAULT_WIDTH, "");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void htmlMatchesItsGoldenFile(String name, Supplier<BilingualDocument> sample)
      throws IOException {
    check(name, sample.get(), OutputFormat.HTML, RenderOptions.DEFAULT_WIDTH, "");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void markdownMatchesItsGoldenFile(String name, Supplier<BilingualDocument> sample)
      throws IOException {
    check(name, sample.get(), OutputFormat.MARKDOWN, RenderOptions.DEFAULT_WIDTH, "");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void tmxMatchesItsGoldenFile(String name, Supplier<BilingualDocument> sample)
      throws IOException {
    Renderer renderer = new TmxRenderer(TmxRendererTest.CLOCK, "test");
    Golden.assertMatches(name + ".tmx.expected", Golden.render(renderer, sample.get()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void xliffMatchesItsGoldenFile(String name, Supplier<BilingualDocument> sample)
      throws IOException {
    check(name, sample.get(), OutputFormat.XLIFF, RenderOptions.DEFAULT_WIDTH, "");
  }

  private static void check(
      String name, BilingualDocument document, OutputFormat format, int width, String suffix)
      throws IOException {
    Renderer renderer = Renderers.of(format, new RenderOptions(width));
    Golden.assertMatches(
        name + "." + format.label() + suffix + ".expected", Golden.render(renderer, document));
  }
}
