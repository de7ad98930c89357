package org.traduire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pipeline issue's checks on the real sample article, through the whole command line. */
class SampleCliTest {
  private static final String SAMPLE = DetectCliTest.SAMPLE;

  private static List<String> words(String s) {
    return Arrays.stream(s.split("\\s+")).filter(w -> !w.isEmpty() && !w.matches("[═─]+")).toList();
  }

  /** The words of one column of side-by-side output, top to bottom. */
  private static List<String> column(String out, int side) {
    List<String> words = new ArrayList<>();
    out.lines().skip(2).forEach(line -> {
      String[] parts = line.split(" │ ?", 2);
      if (parts.length > side) {
        words.addAll(words(parts[side]));
      }
    });
    return words;
  }

  @Test
  void sideBySideHoldsEveryFrenchParagraphAndHeadingInOrder() throws Exception {
    Cli.Result r = Cli.run("", SAMPLE, "--width", "100");

    assertThat(r.exit()).isZero();
    List<String> left = column(r.out(), 0);
    int at = 0;
    for (String paragraph : Files.readString(Path.of(SAMPLE)).split("\n\\s*\n")) {
      List<String> expected = words(paragraph);
      int found = -1;
      for (int i = at; i + expected.size() <= left.size() && found < 0; i++) {
        if (left.subList(i, i + expected.size()).equals(expected)) {
          found = i;
        }
      }
      assertThat(found).as("paragraph in order: %s", paragraph).isGreaterThanOrEqualTo(0);
      at = found + expected.size();
    }
  }

  @Test
  void englishColumnIsEnglishNotACopyOfTheFrench() {
    Cli.Result r = Cli.run("", SAMPLE, "--width", "100");

    List<String> left = column(r.out(), 0);
    List<String> right = column(r.out(), 1);
    assertThat(right).isNotEqualTo(left).contains("the", "of", "and");
    long unchanged = right.stream().filter(w -> w.matches("(le|la|les|des|du|est|une|et|dans|pour|qui)")).count();
    assertThat(unchanged).as("French function words left in the English column").isLessThan(right.size() / 50);
  }

  @Test
  void everyLineFitsTheWidth() {
    Cli.Result r = Cli.run("", SAMPLE, "--width", "80");

    assertThat(r.out().lines()).allSatisfy(l -> assertThat(l.codePointCount(0, l.length())).isLessThanOrEqualTo(80));
  }

  @Test
  void jsonSourcesRebuildTheSampleExactlyAndHeadingsAreHeadings() throws Exception {
    Cli.Result r = Cli.run("", "-f", "json", SAMPLE);

    JsonNode json = new ObjectMapper().readTree(r.out());
    StringBuilder source = new StringBuilder();
    List<String> headings = new ArrayList<>();
    for (JsonNode section : json.get("sections")) {
      for (JsonNode block : section.get("blocks")) {
        source.append(block.get("source").asText());
        if (block.get("kind").asText().equals("heading")) {
          headings.add(block.get("text").asText());
        }
        if (!block.get("text").asText().isEmpty()) {
          assertThat(block.get("status").asText()).isEqualTo("translated");
          assertThat(block.get("translation").asText()).isNotEqualTo(block.get("text").asText());
        }
      }
    }
    assertThat(source.toString()).isEqualTo(Files.readString(Path.of(SAMPLE)));
    assertThat(headings)
        .contains(
            "Modèle d’IA R1 de DeepSeek : rivaliser avec les géants mondiaux",
            "Paysage avancé des GPU de NVIDIA",
            "Aperçus de « Le dernier examen de l’humanité »",
            "Cache GPU de DeepSeek et défis futurs");
  }

  @Test
  void interleavedHasEachFrenchBlockFollowedByItsEnglish() {
    Cli.Result r = Cli.run("", "-f", "interleaved", SAMPLE);

    assertThat(r.exit()).isZero();
    String out = r.out();
    int fr = out.indexOf("Paysage avancé des GPU de NVIDIA");
    int next = out.indexOf("Wang a dévoilé");
    assertThat(fr).isGreaterThanOrEqualTo(0).isLessThan(next);
    assertThat(out.substring(fr, next)).containsIgnoringCase("landscape");
  }

  @Test
  void targetOfMarkdownIsMarkdownWithCodeUntouched() throws Exception {
    String md =
        "# Guide rapide\n\nLe projet utilise `mvn verify` pour les tests.\n\n"
            + "```\nmvn verify\n```\n\n- Ouvrir le fichier.\n";

    Cli.Result r = Cli.run(md, "-f", "target", "--input-format", "markdown");

    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("# ").contains("`mvn verify`").contains("```\nmvn verify\n```\n").contains("\n- ");
  }

  @Test
  void linesFormatKeepsOneOutputLinePerInputLine() {
    String corpus = "Bonjour le monde.\n\nLe chat dort. Le chien aussi.\nMerci beaucoup.\n";

    Cli.Result r = Cli.run(corpus, "--input-format", "lines", "-f", "target");

    assertThat(r.exit()).isZero();
    assertThat(r.out().lines()).hasSize(4);
    assertThat(r.out().lines().toList().get(1)).isEmpty();
  }
}
