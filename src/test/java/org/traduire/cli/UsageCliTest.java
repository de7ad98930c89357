package org.traduire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Items 6 and 9 of the pipeline issue: backends by name, usage errors, messages and exit codes. */
class UsageCliTest {
  @TempDir Path dir;

  @Test
  void unknownBackendIsAUsageErrorListingTheKnownOnes() {
    Cli.Result r = Cli.run("Bonjour.\n", "-b", "babelfish");

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("traduire: unknown backend 'babelfish'; known backends: dictionary, apertium, libretranslate, deepl, openai\n");
  }

  @Test
  void dictionaryIsTheDefaultBackend() throws Exception {
    Cli.Result r = Cli.run("Bonjour le monde.\n", "-f", "json");

    assertThat(r.out()).contains("\"backend\": \"dictionary\"");
  }

  @Test
  void unknownOptionIsAUsageErrorWithAHint() {
    Cli.Result r = Cli.run("x", "--frobnicate");

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).startsWith("traduire: Unknown option: '--frobnicate'\n")
        .endsWith("Try 'traduire --help' for more.\n");
  }

  @Test
  void unknownOutputFormatListsTheFormats() {
    Cli.Result r = Cli.run("Bonjour.\n", "-f", "pdf");

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err())
        .isEqualTo("traduire: output format 'pdf' (from the command line) is not one of side-by-side,"
            + " interleaved, target, json, html, markdown, tmx, xliff\n");
  }

  @Test
  void badValueInTheConfigFileNamesTheFile() throws Exception {
    Path config = Files.writeString(dir.resolve("c.properties"), "input.format=pdf\n");

    Cli.Result r = Cli.run("Bonjour.\n", "--config", config.toString());

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("'pdf'").contains(config.toString());
  }

  @Test
  void environmentVariableSetsTheFormat() {
    Cli.Result r =
        Cli.run("Bonjour le monde.\n".getBytes(), Map.of("TRADUIRE_FORMAT", "json", "XDG_CONFIG_HOME", "/none"));

    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("{");
  }

  @Test
  void wholeDocumentFormatsTakeOneInputAtATime() {
    Cli.Result r = Cli.run("", "-f", "tmx", "-t", "Bonjour.", "-t", "Merci.");

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).isEqualTo(
        "traduire: -f tmx writes one whole document per input; give one input at a time, or one file each with -O DIR (2 given)\n");
  }

  @Test
  void tooNarrowWidthIsRefused() {
    Cli.Result r = Cli.run("Bonjour.\n", "--width", "5");

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("at least 20");
  }

  @Test
  void errorsAreOneLineWithoutAStackTrace() {
    Cli.Result r = Cli.run("", dir.resolve("absent.txt").toString());

    assertThat(r.err().lines()).hasSize(1);
    assertThat(r.err()).doesNotContain("\tat ");
  }

  @Test
  void verboseAddsTheStackTrace() {
    Cli.Result r = Cli.run("", "-v", dir.resolve("absent.txt").toString());

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("\tat ");
  }

  @Test
  void helpShowsExamplesAndExitCodes() {
    Cli.Result r = Cli.run("", "--help");

    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("Examples:", "Exit codes:", "--backend", "--dry-run", "--input-format");
  }

  @Test
  void versionIsPrinted() {
    Cli.Result r = Cli.run("", "--version");

    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("traduire ");
  }

  @Test
  void dryRunPrintsSectionsAndChunksAndSendsNothing() {
    Cli.Result r = Cli.run("", "--dry-run", DetectCliTest.SAMPLE);

    assertThat(r.exit()).isZero();
    assertThat(r.out())
        .contains("sections", "chunks", "characters for dictionary")
        .contains("\"Paysage avancé des GPU de NVIDIA\"")
        .contains("chunk: ");
  }
}
