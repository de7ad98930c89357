package org.traduire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.traduire.testing.ApyServer;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sample article's glossary through a real Apertium APY server (fra|cat|eng), started on a
 * free port: the terms go out as placeholders and every one comes back as the glossary says, in
 * every output format. Skips when apertium-apy or the pairs are not installed ({@code apt-get
 * install apertium-apy apertium-fra-cat apertium-eng-cat}).
 */
class ApertiumGlossaryCliTest {
  private static ApyServer apy;
  private static String url;

  @TempDir static Path dir;
  private static Path glossary;

  @BeforeAll
  static void startServer() throws Exception {
    apy = ApyServer.startOrSkip();
    url = apy.url();
    glossary = SampleTerms.write(dir);
  }

  @AfterAll
  static void stopServer() throws Exception {
    if (apy != null) {
      apy.close();
    }
  }

  private static Cli.Result run(String... args) {
    String[] all = new String[args.length + 4];
    all[0] = "-b";
    all[1] = "apertium";
    all[2] = "--set";
    all[3] = "apertium.url=" + url;
    System.arraycopy(args, 0, all, 4, args.length);
    return Cli.run(new byte[0], Map.of("XDG_CONFIG_HOME", "/nonexistent", "COLUMNS", "100"), all);
  }

  static List<String> formats() {
    return SampleTerms.FORMATS;
  }

  @ParameterizedTest
  @MethodSource("formats")
  void everyTermComesOutAsTheGlossarySays(String format) throws Exception {
    Cli.Result r = run("--glossary", glossary.toString(), "-f", format, "--width", "200", SampleTerms.SAMPLE);

    assertThat(r.exit()).as(r.err()).isZero();
    SampleTerms.assertEveryTerm(format, r.out());
  }

  @Test
  void withoutTheGlossaryApertiumSaysOtherwise() throws Exception {
    Cli.Result r = run("-f", "target", SampleTerms.SAMPLE);

    assertThat(r.exit()).as(r.err()).isZero();
    String english = SampleTerms.english("target", r.out()).toLowerCase(java.util.Locale.ROOT);
    assertThat(english).doesNotContain("chief executive", "humanity's last exam", "export controls");
  }

  @Test
  void aTermThatStartsASentenceTakesACapitalAndAPluralLineGivesThePlural() throws Exception {
    Cli.Result r = Cli.run("Processeurs graphiques et puces.\n\nLe PDG parle des processeurs graphiques.\n"
            .getBytes(StandardCharsets.UTF_8), Map.of("XDG_CONFIG_HOME", "/nonexistent"),
        "-b", "apertium", "--set", "apertium.url=" + url, "--glossary", glossary.toString(), "-f", "target", "--force");

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("Graphics processors and chips.", "The chief executive", "graphics processors.");
  }
}
