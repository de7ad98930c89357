package org.traduire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated completion script, run in a real bash. */
class CompletionCliTest {
  @TempDir Path dir;

  private String complete(String... words) throws Exception {
    Cli.Result script = Cli.run("", "completion", "bash");
    assertThat(script.exit()).isZero();
    Path file = Files.writeString(dir.resolve("traduire.bash"), script.out());
    StringBuilder array = new StringBuilder();
    for (String w : words) {
      array.append(" '").append(w).append("'");
    }
    String line = String.join(" ", words);
    String snippet = "source '" + file + "'; COMP_WORDS=(" + array + "); COMP_CWORD=" + (words.length - 1)
        + "; COMP_LINE='" + line + "'; COMP_POINT=${#COMP_LINE}; _complete_traduire 2>/dev/null;"
        + " echo \"${COMPREPLY[*]}\"";
    Process p = new ProcessBuilder("bash", "-c", snippet).redirectErrorStream(true).start();
    assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
    return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
  }

  @Test
  void bashCompletesABackendName() throws Exception {
    assertThat(complete("traduire", "-b", "dic")).isEqualTo("dictionary");
  }

  @Test
  void bashCompletesFormatNames() throws Exception {
    assertThat(complete("traduire", "-f", "")).contains("side-by-side", "interleaved", "target", "json");
  }

  @Test
  void bashCompletesSubcommands() throws Exception {
    assertThat(complete("traduire", "det")).isEqualTo("detect");
  }

  @Test
  void zshGetsTheSameScriptWhichLoadsBashcompinit() {
    Cli.Result r = Cli.run("", "completion", "zsh");

    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("bashcompinit");
  }

  @Test
  void unknownShellIsAUsageError() {
    Cli.Result r = Cli.run("", "completion", "fish");

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("bash or zsh");
  }
}
