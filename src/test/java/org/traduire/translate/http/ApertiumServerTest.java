package org.traduire.translate.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.traduire.testing.ApyServer;
import org.traduire.translate.TranslationException;

/**
 * The Apertium service against a real APY server started on a free port, translating the sample
 * article through fra|cat|eng. Skips when apertium-apy or the two pairs are not installed
 * ({@code apt-get install apertium-apy apertium-fra-cat apertium-eng-cat}).
 */
class ApertiumServerTest {
  private static ApyServer apy;
  private static String url;

  @BeforeAll
  static void startServer() throws Exception {
    apy = ApyServer.startOrSkip();
    url = apy.url();
  }

  @AfterAll
  static void stopServer() throws Exception {
    if (apy != null) {
      apy.close();
    }
  }

  private static HttpBackend backend(String chain) throws Exception {
    return new HttpBackend(ApertiumService.create(url, chain), HttpRuntime.create(HttpSettings.DEFAULTS));
  }

  /** The sample's first paragraphs, one segment each, as many as one request may carry. */
  private static List<String> sampleParagraphs(int maxChars) throws IOException {
    String text = Files.readString(Path.of("samples/deepseek-h100-gpus.fr.txt"), StandardCharsets.UTF_8);
    List<String> out = new ArrayList<>();
    int chars = 0;
    for (String p : text.split("\\n\\s*\\n")) {
      if (p.isBlank()) {
        continue;
      }
      if (chars + p.strip().length() > maxChars) {
        break;
      }
      out.add(p.strip());
      chars += p.strip().length();
    }
    return out;
  }

  @Test
  void translatesTheSampleArticleIntoEnglishOneTranslationPerParagraph() throws Exception {
    HttpBackend backend = backend("fra|cat|eng");
    List<String> segments = sampleParagraphs(backend.maxChars());
    assertThat(segments).hasSizeGreaterThan(5);

    List<String> english = backend.translate(segments);

    assertThat(english).hasSameSizeAs(segments).allSatisfy(t -> assertThat(t).isNotBlank().doesNotContain("*", "#", "\n"));
    String all = String.join(" ", english).toLowerCase(Locale.ROOT);
    assertThat(all).contains(" the ", " of ", " and ", "nvidia", "deepseek", "50 000");
    assertThat(all).doesNotContain(" le ", " les ", " des ", " est ");
    assertThat(backend.requests()).isEqualTo(1);
  }

  @Test
  void theCommandLineTranslatesTheWholeSampleThroughTheServer() throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = org.traduire.cli.Main.run(new PrintWriter(out), new PrintWriter(err), new ByteArrayInputStream(new byte[0]),
        Map.of("XDG_CONFIG_HOME", "/nonexistent", "XDG_CACHE_HOME", Files.createTempDirectory("traduire-cache").toString()),
        "-b", "apertium", "--set", "apertium.url=" + url, "-f", "json", "samples/deepseek-h100-gpus.fr.txt");

    assertThat(exit).as(err.toString()).isZero();
    JsonNode doc = new ObjectMapper().readTree(out.toString());
    assertThat(doc.at("/summary/failed").asInt()).isZero();
    assertThat(doc.at("/summary/translated").asInt()).isEqualTo(20); // all but the 19 blank-line blocks, as with the dictionary
    List<String> english = new ArrayList<>();
    for (JsonNode section : doc.get("sections")) {
      for (JsonNode block : section.get("blocks")) {
        if (block.get("status").asText().equals("translated")) {
          assertThat(block.get("backend").asText()).isEqualTo("apertium");
          english.add(block.get("translation").asText());
        }
      }
    }
    String all = String.join(" ", english).toLowerCase(Locale.ROOT);
    // the sample's last line ends in its own "*"; an unknown-word mark is a star stuck to a word
    assertThat(all).contains(" the ", " of ", " and ", "nvidia", "deepseek").doesNotContain(" le ", " les ", " est ")
        .doesNotContainPattern("[*#@]\\p{L}");
  }

  @Test
  void placeholdersNumbersQuotesAndSingleWordsSurviveTheSplit() throws Exception {
    List<String> segments = List.of(
        "Voir ⟦0⟧ et ⟦1⟧ pour « les détails ».",
        "Bonjour",
        "⟦2⟧",
        "Il a dit \"oui\" en 2024, soit 3,5 % de plus.",
        "42",
        "Titre",
        "Fin.",
        "Une ligne\ncoupée en deux.");

    List<String> english = backend(null).translate(segments);

    assertThat(english).hasSize(segments.size());
    assertThat(english.get(0)).contains("⟦0⟧", "⟦1⟧", "«", "»");
    assertThat(english.get(2)).isEqualTo("⟦2⟧");
    assertThat(english.get(3)).contains("\"", "2024", "3,5 %");
    assertThat(english.get(4)).isEqualTo("42");
    assertThat(english.get(5).toLowerCase(Locale.ROOT)).isEqualTo("title");
    assertThat(english.get(7)).doesNotContain("\n");
  }

  @Test
  void plainTextSymbolsAreKeptAsText() throws Exception {
    List<String> english = backend(null).translate(List.of("Si a < b & c > d, alors <b>gras</b> est vrai.", "Le GPU"));

    assertThat(english.get(0)).contains("<", "&", ">", "<b>", "</b>");
    assertThat(english.get(1)).isEqualTo("The GPU");
  }

  @Test
  void answersTheHealthCheck() throws Exception {
    assertThat(backend(null).check().ok()).isTrue();
  }

  @Test
  void aPairThatIsNotInstalledFailsAtOnceAndForGood() throws Exception {
    HttpBackend backend = backend("fra|xxx|eng");

    assertThatThrownBy(() -> backend.translate(List.of("Bonjour")))
        .isInstanceOfSatisfying(TranslationException.class, e -> {
          assertThat(e.fatal()).isTrue();
          assertThat(e.getMessage()).contains("fra|xxx|eng is not installed", "Pair fra-xxx is not installed");
        });
    assertThat(backend.requests()).isEqualTo(1);
  }
}
