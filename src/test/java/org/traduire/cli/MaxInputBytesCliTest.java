package org.traduire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue #9, limits: an input over --max-input-bytes is refused with one line, and is not read whole. */
class MaxInputBytesCliTest {
  private static final String ARTICLE = "Le chat dort sur le canapé. Il fait beau aujourd'hui.\n";

  @TempDir Path dir;

  @Test
  void aFileOverTheLimitIsRefusedNamingItsSizeAndTheLimit() throws Exception {
    Path big = Files.writeString(dir.resolve("big.txt"), ARTICLE.repeat(40)); // 2,240 bytes
    long size = Files.size(big);

    Cli.Result r = Cli.run("", "-f", "target", "--max-input-bytes", "2K", big.toString());

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().strip()).doesNotContain("\n")
        .contains(big.toString(), size + " bytes", "2K", "--max-input-bytes")
        .doesNotContain("Exception");
  }

  @Test
  void aFileAtTheLimitIsTranslated() throws Exception {
    Path exact = Files.writeString(dir.resolve("exact.txt"), ARTICLE);

    Cli.Result r = Cli.run("", "-f", "target", "--max-input-bytes", Long.toString(Files.size(exact)), exact.toString());

    assertThat(r.exit()).isZero();
    assertThat(r.out()).containsIgnoringCase("cat");
  }

  @Test
  void theConfigKeyAndSetWorkLikeTheOption() throws Exception {
    Path big = Files.writeString(dir.resolve("big.txt"), ARTICLE.repeat(40));
    Path config = Files.writeString(dir.resolve("c.properties"), "input.max_bytes=1K\n");

    Cli.Result fromFile = Cli.run("", "-f", "target", "--config", config.toString(), big.toString());
    Cli.Result fromSet = Cli.run("", "-f", "target", "--set", "input.max_bytes=1k", big.toString());
    Cli.Result optionWins = Cli.run("", "-f", "target", "--config", config.toString(), "--max-input-bytes", "1M",
        big.toString());

    assertThat(fromFile.exit()).isEqualTo(2);
    assertThat(fromFile.err()).contains("1K");
    assertThat(fromSet.exit()).isEqualTo(2);
    assertThat(optionWins.exit()).isZero();
  }

  @Test
  void standardInputStopsBeingReadPastTheLimit() {
    AtomicLong served = new AtomicLong();
    InputStream endless = new InputStream() { // 1 GB of French if read to the end
      private final byte[] text = ARTICLE.getBytes(StandardCharsets.UTF_8);

      @Override
      public int read() {
        long n = served.getAndIncrement();
        return n >= (1L << 30) ? -1 : text[(int) (n % text.length)];
      }
    };
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    int exit = Main.run(new PrintWriter(out), new PrintWriter(err), endless,
        Map.of("XDG_CONFIG_HOME", "/nonexistent", "XDG_CACHE_HOME", dir.toString()),
        "-f", "target", "--max-input-bytes", "64K");

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString().strip()).doesNotContain("\n")
        .contains("standard input", "more than 64K", "--max-input-bytes");
    assertThat(served.get()).isLessThanOrEqualTo(64 * 1024 + 1 + 8192);
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void inAFolderRunTheLargeFileFailsAndTheOthersAreTranslated() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("small.txt"), ARTICLE);
    Files.writeString(in.resolve("big.txt"), ARTICLE.repeat(40));
    Path out = dir.resolve("out");

    Cli.Result r = Cli.run("", "-f", "target", "--max-input-bytes", "2K", "-O", out.toString(), in.toString());

    assertThat(r.exit()).isEqualTo(1);
    assertThat(out.resolve("small.en.txt")).exists();
    assertThat(out.resolve("big.en.txt")).doesNotExist();
    assertThat(r.err()).contains("big.txt").contains("over the input limit of 2K");
  }

  @Test
  void aSizeThatIsNotOneIsAUsageError() throws IOException {
    Path f = Files.writeString(dir.resolve("a.txt"), ARTICLE);

    Cli.Result r = Cli.run("", "--max-input-bytes", "lots", f.toString());

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err().strip()).doesNotContain("\n").contains("input.max_bytes", "'lots'");
  }

  @Test
  void helpDocumentsTheOptionAndItsDefault() {
    Cli.Result r = Cli.run("", "--help");

    assertThat(r.out()).contains("--max-input-bytes").contains("256M");
  }
}
