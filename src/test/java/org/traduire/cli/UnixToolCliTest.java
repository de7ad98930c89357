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

  private static Cli.Result onTerminal(Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Context context =
        new Context(new PrintWriter(out), new PrintWriter(err),
            new ByteArrayInputStream("# Titre\n\nBonjour le monde.\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
            env, () -> false, () -> true);
    int exit = Main.run(context, args);
    return new Cli.Result(exit, out.toString(), err.toString());
  }

  @Test
  void colourIsOnWhenStandardOutputIsATerminal() {
    Cli.Result r = onTerminal(Map.of("XDG_CONFIG_HOME", "/none", "COLUMNS", "80"));

    assertThat(r.out()).contains("\u001b[");
  }

  @Test
  void colourIsOffWhenPiped() {
    Cli.Result r = Cli.run("# Titre\n\nBonjour le monde.\n");

    assertThat(r.out()).doesNotContain("\u001b[");
  }

  @Test
  void noColorVariableTurnsColourOff() {
    Cli.Result r = onTerminal(Map.of("XDG_CONFIG_HOME", "/none", "COLUMNS", "80", "NO_COLOR", "1"));

    assertThat(r.out()).doesNotContain("\u001b[");
  }

  @Test
  void colorNeverTurnsColourOffOnATerminal() {
    Cli.Result r = onTerminal(Map.of("XDG_CONFIG_HOME", "/none", "COLUMNS", "80"), "--color=never");

    assertThat(r.out()).doesNotContain("\u001b[");
  }

  @Test
  void colorAlwaysForcesColourInAPipeAndOverNoColor() {
    Cli.Result r =
        Cli.run("# Titre\n\nBonjour le monde.\n".getBytes(java.nio.charset.StandardCharsets.UTF_8),
            Map.of("XDG_CONFIG_HOME", "/none", "NO_COLOR", "1"), "--color=always", "-f", "interleaved");

    assertThat(r.out()).contains("\u001b[");
  }

  @Test
  void targetAndJsonNeverGetColour() {
    Cli.Result r = onTerminal(Map.of("XDG_CONFIG_HOME", "/none"), "--color=always", "-f", "json");

    assertThat(r.out()).doesNotContain("\u001b[");
  }

  @Test
  void nameFarFromEveryKnownOneGetsNoSuggestion() {
    assertThat(Names.closest("babelfish", java.util.List.of("dictionary", "deepl"))).isEmpty();
    assertThat(Names.closest("jsn", java.util.List.of("json", "target"))).contains("json");
  }
}
