package org.traduire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Item 2 of the pipeline issue: where input comes from and how bad input is refused. */
class InputCliTest {
  @TempDir Path dir;

  @Test
  void standardInputIsReadWhenNoPathIsGiven() {
    Cli.Result r = Cli.run("Bonjour le monde.\n", "-f", "target");

    assertThat(r.exit()).isZero();
    assertThat(r.out()).containsIgnoringCase("hello").containsIgnoringCase("world");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void dashMeansStandardInput() {
    Cli.Result r = Cli.run("Bonjour le monde.\n", "-f", "target", "-");

    assertThat(r.exit()).isZero();
    assertThat(r.out()).containsIgnoringCase("hello");
  }

  @Test
  void severalFilesAreEachTranslatedUnderAHeader() throws Exception {
    Path a = Files.writeString(dir.resolve("a.txt"), "Bonjour le monde.\n");
    Path b = Files.writeString(dir.resolve("b.txt"), "Merci beaucoup.\n");

    Cli.Result r = Cli.run("", "-f", "target", a.toString(), b.toString());

    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("==> " + a + " <==", "==> " + b + " <==");
  }

  @Test
  void byteOrderMarkAndCrlfAreAccepted() throws Exception {
    byte[] body = "Bonjour le monde.\r\nMerci.\r\n".getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withBom, 3, body.length);

    Cli.Result r = Cli.run(withBom, "-f", "json", "--input-format", "lines");

    assertThat(r.exit()).isZero();
    assertThat(r.out()).doesNotContain("\\r").doesNotContain("\uFEFF");
  }

  @Test
  void invalidUtf8FallsBackToWindows1252WithANote() throws Exception {
    Path f = dir.resolve("latin.txt");
    Files.write(f, "Le château du roi est très beau.\n".getBytes(Charset.forName("windows-1252")));

    Cli.Result r = Cli.run("", "-f", "json", f.toString());

    assertThat(r.exit()).isZero();
    assertThat(r.err()).isEqualTo("traduire: " + f + ": not valid UTF-8; read as Windows-1252\n");
    assertThat(r.out()).contains("château");
  }

  @Test
  void emptyInputIsAUsageErrorWithOneLine() {
    Cli.Result r = Cli.run("", "/dev/null");

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("traduire: /dev/null: empty input, nothing to translate\n");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void emptyStandardInputIsAUsageError() {
    Cli.Result r = Cli.run("");

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("traduire: standard input: empty input, nothing to translate\n");
  }

  @Test
  void binaryFileIsRefusedWithExitTwo() throws Exception {
    Path f = dir.resolve("image.png");
    Files.write(f, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D});

    Cli.Result r = Cli.run("", f.toString());

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("traduire: " + f + ": looks like a binary file, not text\n");
  }

  @Test
  void missingFileIsNamedWithExitTwo() {
    Path missing = dir.resolve("absent.txt");

    Cli.Result r = Cli.run("", missing.toString());

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("traduire: " + missing + ": no such file\n");
  }

  @Test
  void missingFileAmongOthersStillTranslatesTheRest() throws Exception {
    Path a = Files.writeString(dir.resolve("a.txt"), "Bonjour le monde.\n");

    Cli.Result r = Cli.run("", "-f", "target", dir.resolve("absent.txt").toString(), a.toString());

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.out()).containsIgnoringCase("hello");
  }

  @Test
  void outputOptionWritesTheFile() throws Exception {
    Path out = dir.resolve("out.txt");

    Cli.Result r = Cli.run("Bonjour le monde.\n", "-f", "target", "-o", out.toString());

    assertThat(r.exit()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(Files.readString(out)).containsIgnoringCase("hello");
  }
}
