package org.traduire.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.traduire.cli.Main;

/**
 * The HTML page opened in headless Chromium: each row's English cell starts level with its French
 * cell, side by side on a wide window and stacked on a phone-sized one. The page has no script, so
 * the test loads a copy with a test-only script that writes each cell's box into the title, and
 * reads it back from {@code --dump-dom}. Skipped when {@code /usr/bin/chromium} is absent.
 */
class HtmlInBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Pattern TITLE = Pattern.compile("<title>GEOMETRY ([^<]*)</title>");

  /** Writes "frTop,enTop,frLeft,enLeft,frBottom,enBottom" for every row, rows joined by ";". */
  private static final String PROBE =
      "<script>(function () {\n"
          + "  var out = [];\n"
          + "  document.querySelectorAll('main > .row').forEach(function (row) {\n"
          + "    var fr = row.querySelector(':scope > .fr').getBoundingClientRect();\n"
          + "    var en = row.querySelector(':scope > .en').getBoundingClientRect();\n"
          + "    out.push([fr.top, en.top, fr.left, en.left, fr.bottom, en.bottom].join(','));\n"
          + "  });\n"
          + "  document.title = 'GEOMETRY ' + out.join(';');\n"
          + "})();</script>\n";

  @TempDir static Path dir;

  @BeforeAll
  static void needsChromium() {
    Assumptions.assumeTrue(
        Files.isExecutable(CHROMIUM), "chromium not installed: skipping the browser test");
  }

  @Test
  void sampleDocumentsRowsAreLevelSideBySideOnAWideWindow() throws Exception {
    for (var doc : List.of(Samples.article(), Samples.markdown(), Samples.lines())) {
      String html = Golden.render(new HtmlRenderer(), doc);

      assertSideBySide(doc.name(), geometry(html, 1200, 2000));
    }
    Path page = dir.resolve("guide.html");
    Files.writeString(page, Golden.render(new HtmlRenderer(), Samples.markdown()), StandardCharsets.UTF_8);
    screenshot(page, Files.createDirectories(Path.of("target")).resolve("html-screenshot-guide.png"), "1200,900");
  }

  @Test
  void theSampleArticleTranslatedByTheCliIsLevelAndLooksRight() throws Exception {
    String html = cliHtml(Path.of("samples", "deepseek-h100-gpus.fr.txt"));
    assertThat(html).startsWith("<!DOCTYPE html>").doesNotContain("<script");

    assertSideBySide("deepseek-h100-gpus", geometry(html, 1200, 2000));

    Path page = dir.resolve("article.html");
    Files.writeString(page, html, StandardCharsets.UTF_8);
    Path target = Files.createDirectories(Path.of("target"));
    screenshot(page, target.resolve("html-screenshot.png"), "1200,2000");
    screenshot(page, target.resolve("html-screenshot-dark.png"), "1200,1000", "--force-dark-mode");
    screenshot(page, target.resolve("html-screenshot-phone.png"), "400,1000");
  }

  @Test
  void columnsStackOnAPhoneSizedWindow() throws Exception {
    List<double[]> rows = geometry(Golden.render(new HtmlRenderer(), Samples.article()), 400, 1000);

    assertThat(rows).isNotEmpty();
    for (int i = 1; i < rows.size(); i++) {
      double[] r = rows.get(i);
      assertThat(r[1]).as("row %d: English starts below its French", i).isGreaterThanOrEqualTo(r[4] - 0.5);
      assertThat(r[3]).as("row %d: English starts at the French cell's left", i).isCloseTo(r[2], within(1.0));
    }
  }

  private static void assertSideBySide(String name, List<double[]> rows) {
    assertThat(rows).as(name).hasSizeGreaterThan(2);
    double previousBottom = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < rows.size(); i++) {
      double[] r = rows.get(i);
      assertThat(r[1]).as("%s row %d: top of the English cell", name, i).isCloseTo(r[0], within(0.5));
      assertThat(r[3]).as("%s row %d: English column right of French", name, i).isGreaterThan(r[2] + 300);
      assertThat(r[0]).as("%s row %d: below the previous row", name, i).isGreaterThanOrEqualTo(previousBottom - 0.5);
      previousBottom = Math.max(r[4], r[5]);
    }
  }

  /** Each row's cell boxes, as laid out by Chromium in a window of the given size. */
  private static List<double[]> geometry(String html, int width, int height) throws Exception {
    assertThat(html).contains("</body>");
    Path page = Files.createTempFile(dir, "probe", ".html");
    Files.writeString(page, html.replace("</body>", PROBE + "</body>"), StandardCharsets.UTF_8);
    String dom = chromium("--window-size=" + width + "," + height, "--dump-dom", page.toUri().toString());
    Matcher m = TITLE.matcher(dom);
    assertThat(m.find()).as("probe result in the dumped DOM:\n%s", dom).isTrue();
    List<double[]> rows = new ArrayList<>();
    for (String row : m.group(1).split(";")) {
      String[] parts = row.split(",");
      double[] values = new double[parts.length];
      for (int i = 0; i < parts.length; i++) {
        values[i] = Double.parseDouble(parts[i]);
      }
      rows.add(values);
    }
    return rows;
  }

  private static void screenshot(Path page, Path png, String size, String... extra) throws Exception {
    Files.deleteIfExists(png);
    List<String> args = new ArrayList<>(List.of("--window-size=" + size, "--hide-scrollbars"));
    args.addAll(List.of(extra));
    args.add("--screenshot=" + png.toAbsolutePath());
    args.add(page.toUri().toString());
    chromium(args.toArray(String[]::new));
    assertThat(png).exists();
    assertThat(Files.size(png)).isGreaterThan(1000);
  }

  /** Runs headless Chromium with a fresh profile and no network chatter; returns its stdout. */
  private static String chromium(String... args) throws Exception {
    Path profile = Files.createTempDirectory(dir, "profile");
    List<String> command =
        new ArrayList<>(
            List.of(
                CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + profile));
    command.addAll(List.of(args));
    Path stdout = Files.createTempFile(dir, "stdout", ".txt");
    Path stderr = Files.createTempFile(dir, "stderr", ".txt");
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(stdout.toFile())
            .redirectError(stderr.toFile())
            .start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("chromium took over 120 s: " + command);
    }
    assertThat(process.exitValue())
        .as("chromium exit code; stderr:\n%s", Files.readString(stderr))
        .isZero();
    return Files.readString(stdout, StandardCharsets.UTF_8);
  }

  /** The page the command line writes for {@code input} with the offline dictionary backend. */
  private static String cliHtml(Path input) throws IOException {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit =
        Main.run(
            new PrintWriter(out, true), new PrintWriter(err, true),
            new ByteArrayInputStream(new byte[0]), Map.of(),
            "-b", "dictionary", "-f", "html", input.toString());
    assertThat(exit).as("exit code; stderr: %s", err).isIn(0, 1);
    return out.toString();
  }
}
