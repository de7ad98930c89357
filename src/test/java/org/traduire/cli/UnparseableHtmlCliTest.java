package org.traduire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A page the HTML parser itself cannot take is a problem of that input: one line, exit 2, no trace. */
class UnparseableHtmlCliTest {
  @TempDir Path dir;

  private static final String UNCLOSED = "<p>Le chat dort <b>sur le <i>canapé\n<p>Le chien <a href='x'>mange\n";

  @Test
  void aThousandUnclosedFormattingElementsAreRefusedNamingTheFileAndTheWayAround() throws Exception {
    Path page = dir.resolve("page.html");
    Files.writeString(page, ("<html><body><article>" + UNCLOSED).repeat(1000));

    Cli.Result r = Cli.run("", "-f", "json", page.toString());

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).startsWith("traduire: " + page + ": the HTML parser gave up on this page")
        .contains("--input-format text").doesNotContain("internal error").doesNotContain("\tat ");
    assertThat(r.err().lines().count()).isEqualTo(1);
  }

  @Test
  void asPlainTextTheSamePageIsTranslated() throws Exception {
    Path page = dir.resolve("page.html");
    Files.writeString(page, ("<html><body><article>" + UNCLOSED).repeat(1000));

    Cli.Result r = Cli.run("", "--input-format", "text", "-f", "target", page.toString());

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("the cat sleeps", "the dog");
  }

  @Test
  void inAFolderOnlyThatPageFails() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("bad.html"), ("<html><body><article>" + UNCLOSED).repeat(1000));
    Files.writeString(in.resolve("good.txt"), "Le chat dort sur le canapé.\n");

    Cli.Result r = Cli.run("", "-f", "target", in.toString(), "-O", dir.resolve("out").toString());

    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("bad.html failed: the HTML parser gave up on this page");
    assertThat(Files.readString(dir.resolve("out/good.en.txt"))).contains("The cat sleeps");
  }
}
