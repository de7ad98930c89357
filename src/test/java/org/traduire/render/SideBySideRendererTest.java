package org.traduire.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.traduire.document.AlignedBlock;
import org.traduire.document.BilingualDocument;
import org.traduire.document.Block;
import org.traduire.document.InputFormat;

class SideBySideRendererTest {
  /** Text made to overflow: long URLs and CJK words, emoji, combining marks, tabs, escapes. */
  private static BilingualDocument awkward() {
    return Samples.document(
        "awkward.md",
        InputFormat.MARKDOWN,
        List.of(
            Samples.heading(
                1,
                "# ",
                "深度求索人工智能基础技术研究有限公司深度求索人工智能基础技术研究有限公司",
                "Hangzhou DeepSeek Artificial Intelligence Basic Technology Research Co., Ltd."),
            Samples.blank("\n"),
            Samples.para(
                "",
                "Voir https://example.org/un/tres/long/chemin/sans/espace/aucun/du/tout"
                    + "?avec=des&parametres=nombreux et la suite.\n",
                "See https://example.org/un/tres/long/chemin/sans/espace/aucun/du/tout"
                    + "?avec=des&parametres=nombreux and what follows."),
            Samples.blank("\n"),
            Samples.item(
                "    1. ",
                "Cafe\u0301 😀🚀🤖 ＦＵＬＬＷＩＤＴＨ 한국어 텍스트 カタカナ\u200Bテキスト.",
                "Coffee 😀🚀🤖 ＦＵＬＬＷＩＤＴＨ 한국어 텍스트 カタカナ\u200Bテキスト."),
            Samples.blank("\n"),
            AlignedBlock.kept(
                new Block.Code(
                    "\tif (x) {\n\t\tprint(\"\u001B[31m深度求索人工智能基础技术研究有限公司深度求索人工智能\");\n\t}\n"),
                "code"),
            Samples.blank("\n"),
            Samples.failed(
                new Block.Quote("> Une citation.\n", "Une citation.", "> ", List.of()),
                "deepl",
                "a very long reason that goes on and on about a quota and a limit")),
        List.of(0.9));
  }

  static Stream<Arguments> documentsAndWidths() {
    return Stream.of(40, 80, 100, 123, RenderOptions.MIN_WIDTH, 41)
        .flatMap(
            width ->
                Stream.of(Samples.article(), Samples.markdown(), Samples.lines(), awkward())
                    .map(doc -> Arguments.of(doc.name(), width, doc)));
  }

  private static List<String> lines(BilingualDocument document, int width) {
    String out = Golden.render(new SideBySideRenderer(new RenderOptions(width)), document);
    assertThat(out).endsWith("\n");
    return out.lines().toList();
  }

  @ParameterizedTest(name = "{0} at {1}")
  @MethodSource("documentsAndWidths")
  void noLineIsWiderThanTheWidth(String name, int width, BilingualDocument document) {
    assertThat(lines(document, width))
        .allSatisfy(line -> assertThat(DisplayWidth.of(line)).as(line).isLessThanOrEqualTo(width));
  }

  @ParameterizedTest(name = "{0} at {1}")
  @MethodSource("documentsAndWidths")
  void theColumnsMeetAtTheSameDisplayColumnOnEveryRow(
      String name, int width, BilingualDocument document) {
    List<String> lines = lines(document, width);
    int gutter = (width - 3) / 2 + 1;
    assertThat(lines.get(1)).as("the rule spans the width").hasSize(width);
    assertThat(DisplayWidth.of(lines.get(1).substring(0, lines.get(1).indexOf('┼'))))
        .isEqualTo(gutter);
    for (String line : lines.subList(2, lines.size())) {
      int bar = line.indexOf('│');
      assertThat(bar).as(line).isPositive();
      assertThat(DisplayWidth.of(line.substring(0, bar))).as(line).isEqualTo(gutter);
    }
  }

  @ParameterizedTest(name = "{0} at {1}")
  @MethodSource("documentsAndWidths")
  void linesHaveNoTrailingSpacesAndNoControlCharacters(
      String name, int width, BilingualDocument document) {
    assertThat(lines(document, width))
        .allSatisfy(
            line -> {
              assertThat(line).doesNotEndWith(" ");
              assertThat(line.chars().noneMatch(c -> c < 0x20 || c == 0x7F)).as(line).isTrue();
            });
  }

  @Test
  void eachBlockStartsOnTheSameRowAsItsTranslation() {
    List<String> lines = lines(Samples.article(), 100);

    assertThat(lines)
        .contains(
            "Veuillez noter que ce contenu ne constitue pas   │ Please note that this content is"
                + " not investment",
            "Selon Wang, le modèle R1 a dépassé les modèles   │ [untranslated: deepl answered 456"
                + " quota exceeded]");
  }

  @Test
  void blankRunsCollapseToOneEmptyRow() {
    List<String> lines = lines(Samples.article(), 100);
    String empty = " ".repeat(48) + " │";

    for (int i = 1; i < lines.size(); i++) {
      assertThat(lines.get(i).equals(empty) && lines.get(i - 1).equals(empty))
          .as("row " + i)
          .isFalse();
    }
  }

  @Test
  void failedBlocksAreMarkedInTheEnglishColumnAndKeptOnesAreNot() {
    String out = Golden.render(new SideBySideRenderer(new RenderOptions(100)), Samples.article());

    assertThat(out).contains("│ [untranslated: deepl answered 456 quota exceeded]");
    assertThat(out)
        .contains("Source: CNBC, January 2025.                      │ Source: CNBC, January 2025.");
    assertThat(out).doesNotContain("already English");
  }
}
