package org.traduire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An HTML article through the whole command line with the offline dictionary, in every output
 * format, against {@code src/test/resources/html/article.<format>.expected} (rewritten by running
 * with {@code -Dgolden.update=true}; read the diff before committing it).
 */
class HtmlInputCliTest {
  private static final Path DIR = Path.of("src", "test", "resources", "html");
  private static final String ARTICLE = DIR.resolve("article.html").toString();

  private static void assertGolden(String name, String actual) throws IOException {
    Path file = DIR.resolve(name);
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).as("output against %s", file).isEqualTo(Files.readString(file));
  }

  @ParameterizedTest
  @ValueSource(strings = {"target", "side-by-side", "interleaved", "json", "html", "markdown", "tmx", "xliff"})
  void everyFormatOfTheArticleMatchesItsGoldenFile(String format) throws IOException {
    Cli.Result r = Cli.run("", "-f", format, "--width", "100", ARTICLE);

    assertThat(r.exit()).as(r.err()).isZero();
    String out = r.out();
    if (format.equals("tmx")) {
      out = out.replaceAll("creationdate=\"[0-9TZ]+\"", "creationdate=\"DATE\"")
          .replaceAll("creationtoolversion=\"[^\"]*\"", "creationtoolversion=\"VERSION\"");
    }
    assertGolden("article." + format + ".expected", out);
  }

  @Test
  void targetWritesThePageInEnglishToAFile(@TempDir Path tmp) throws IOException {
    Path out = tmp.resolve("page.en.html");

    Cli.Result r = Cli.run("", "-f", "target", ARTICLE, "-o", out.toString());

    assertThat(r.exit()).isZero();
    assertThat(Files.readString(out)).startsWith("<!DOCTYPE html>\n<html lang=\"en\">\n")
        .contains("<p>The model is available free of charge.</p>");
  }

  @Test
  void standardInputIsTakenForHtmlByItsDoctype() {
    Cli.Result r = Cli.run("<!DOCTYPE html><title>x</title><p>Le chat dort.</p>", "-f", "target");

    assertThat(r.exit()).isZero();
    assertThat(r.out()).isEqualTo("<!DOCTYPE html><title>x</title><p>The cat sleeps.</p>");
  }

  @Test
  void inputFormatHtmlParsesAFragmentAsHtml() {
    Cli.Result r = Cli.run("<p>Le chat <em>noir</em> dort.</p>\n", "--input-format", "html", "-f", "target");

    assertThat(r.exit()).isZero();
    assertThat(r.out()).isEqualTo("<p>The cat <em>black</em> sleeps.</p>\n");
  }

  @Test
  void anIso88591PageIsReadInItsCharsetAndWrittenAsUtf8(@TempDir Path tmp) throws IOException {
    Path page = tmp.resolve("page.htm");
    Files.write(page, ("<html lang=fr><head><meta charset=\"iso-8859-1\"></head>"
        + "<body><p>L’élève dort.</p></body></html>").getBytes(Charset.forName("windows-1252")));

    Cli.Result r = Cli.run("", "-f", "target", page.toString());

    assertThat(r.exit()).isZero();
    assertThat(r.err()).doesNotContain("UTF-8");
    assertThat(r.out()).isEqualTo("<html lang=\"en\"><head><meta charset=\"utf-8\"></head>"
        + "<body><p>The pupil sleeps.</p></body></html>");
  }

  @Test
  void deeplyNestedAndMalformedPagesEndInBoundedTime() {
    String nested = "<!DOCTYPE html><article>" + "<div>".repeat(5000) + "<p>Le chat dort.</p>"
        + "</div>".repeat(5000) + "<p>" + "<span><b>".repeat(5000) + "Fin.</article>";

    Cli.Result r = Assertions.assertTimeoutPreemptively(
        Duration.ofSeconds(30), () -> Cli.run(nested, "--force", "-f", "side-by-side"));

    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("The cat sleeps.");
  }

  @Test
  void helpNamesTheHtmlInputFormatAndTheExample() {
    Cli.Result r = Cli.run("", "--help");

    assertThat(r.out()).contains("html (the page's article", "traduire -f target page.html -o page.en.html");
  }
}
