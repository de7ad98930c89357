package org.traduire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;

/**
 * A glossary of names and terms of the sample article, and the check that every term came out as
 * it says in the English of any output format.
 */
final class SampleTerms {
  static final String SAMPLE = "samples/deepseek-h100-gpus.fr.txt";

  static final String GLOSSARY = String.join("\n",
      "# Names and terms of " + SAMPLE,
      "french\tenglish\tcase\tpos",
      "DeepSeek\tDeepSeek\texact\tprop",
      "Scale AI\tScale AI\texact\tprop",
      "PDG\tchief executive",
      "processeur graphique\tgraphics processor",
      "processeurs graphiques\tgraphics processors",
      "Le dernier examen de l’humanité\tHumanity's Last Exam",
      "contrôles à l'exportation\texport controls",
      "laboratoire\tlab",
      "laboratoires\tlabs",
      "puces\tchips\tn",
      "");

  /** What the glossary makes of the sample's terms (matched without regard to case: a term may start a sentence). */
  static final List<String> ENGLISH = List.of("chief executive", "graphics processor", "Humanity's Last Exam", "export controls",
      " lab ", " labs", "chips", "DeepSeek", "Scale AI");

  /** What the backends say for those terms without the glossary. */
  static final List<String> WITHOUT = List.of("CEO", "laborator", "fleas", "processor graphic", "graphic processor");

  /** Every output format. */
  static final List<String> FORMATS =
      List.of("side-by-side", "interleaved", "target", "markdown", "json", "html", "tmx", "xliff");

  private SampleTerms() {}

  static Path write(Path dir) throws IOException {
    return Files.writeString(dir.resolve("deepseek-terms.tsv"), GLOSSARY);
  }

  /** The English side of {@code out}, written in {@code format}, with its whitespace made single spaces. */
  static String english(String format, String out) throws IOException {
    String text;
    switch (format) {
      case "json": {
        List<String> parts = new ArrayList<>();
        for (JsonNode section : new ObjectMapper().readTree(out).get("sections")) {
          for (JsonNode block : section.get("blocks")) {
            parts.add(block.get("translation").asText());
          }
        }
        text = String.join(" ", parts);
        break;
      }
      case "html":
        text = Jsoup.parse(out).select(".en").text();
        break;
      case "tmx":
        text = String.join(" ", Jsoup.parse(out, "", Parser.xmlParser()).select("tuv[xml:lang=en] seg").eachText());
        break;
      case "xliff":
        text = String.join(" ", Jsoup.parse(out, "", Parser.xmlParser()).select("target").eachText());
        break;
      case "side-by-side": {
        StringBuilder sb = new StringBuilder();
        out.lines().skip(2).forEach(line -> {
          String[] cells = line.split(" │ ?", 2);
          if (cells.length == 2) {
            sb.append(' ').append(cells[1].strip());
          }
        });
        text = sb.toString();
        break;
      }
      default:
        text = out;
    }
    return " " + text.replaceAll("\\s+", " ").replace('’', '\'') + " ";
  }

  /** Every glossary term is in the English of {@code out}, and none of the renderings the glossary replaces. */
  static void assertEveryTerm(String format, String out) throws IOException {
    String english = english(format, out);
    String lower = english.toLowerCase(Locale.ROOT);
    for (String term : ENGLISH) {
      assertThat(lower).as("%s in the %s output", term.strip(), format).contains(term.toLowerCase(Locale.ROOT));
    }
    assertThat(english).as("exact-case names in the %s output", format).contains("DeepSeek", "Scale AI", "Humanity's Last Exam");
    for (String not : WITHOUT) {
      assertThat(lower).as("%s in the %s output", not, format).doesNotContain(not.toLowerCase(Locale.ROOT));
    }
  }
}
