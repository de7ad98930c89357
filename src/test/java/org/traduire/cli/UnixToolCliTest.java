package org.traduire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.traduire.pipeline.Names;

/** Behaviour people expect of a Unix tool: text on the command line, hints, suggestions. */
class UnixToolCliTest {
  @Test
  void textOnTheCommandLineIsTranslated() {
    Cli.Result r = Cli.run("", "-t", "Bonjour le monde", "-f", "target");

    assertThat(r.exit()).isZero();
    assertThat(r.out()).isEqualTo("Hello world\n");
  }

  @Test
  void severalTextsAreEachTranslatedUnderAHeader() {
    Cli.Result r = Cli.run("", "-t", "Bonjour le monde", "--text", "Merci", "-f", "target");

    assertThat(r.out()).contains("==> text 1 <==\nHello world\n", "==> text 2 <==\n");
  }

  @Test
  void terminalOnStandardInputGetsAHintInsteadOfSilence() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Context context =
        new Context(new PrintWriter(out), new PrintWriter(err), new ByteArrayInputStream(new byte[0]),
            Map.of("XDG_CONFIG_HOME", "/none"), () -> true, () -> false);

    int exit = Main.run(context, "-f", "target");

    assertThat(err.toString()).startsWith(
        "traduire: reading standard input: type or paste French text, then press Ctrl-D\n");
    assertThat(exit).isEqualTo(2);
  }

  @Test
  void pipedStandardInputGetsNoHint() {
    Cli.Result r = Cli.run("Bonjour.\n", "-f", "target");

    assertThat(r.err()).doesNotContain("Ctrl-D");
  }

  @Test
  void mistypedOptionSuggestsTheClosestOne() {
    Cli.Result r = Cli.run("", "--witdh", "80");

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("Unknown option: '--witdh'", "--width");
  }

  @Test
  void mistypedBackendSuggestsTheClosestOne() {
    Cli.Result r = Cli.run("Bonjour.\n", "-b", "dictionnary");

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("did you mean 'dictionary'?");
  }

  @Test
  void mistypedFormatSuggestsTheClosestOne() {
    Cli.Result r = Cli.run("Bonjour.\n", "-f", "sidebyside");

    assertThat(r.err()).endsWith("(did you mean 'side-by-side'?)\n");
  }

  @Test
  void nameFarFromEveryKnownOneGetsNoSuggestion() {
    assertThat(Names.closest("babelfish", java.util.List.of("dictionary", "deepl"))).isEmpty();
    assertThat(Names.closest("jsn", java.util.List.of("json", "target"))).contains("json");
  }
}
