package org.traduire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #7, streaming: a plain-text file above {@code input.stream_above} is translated a window at
 * a time, and its output is the same, byte for byte, as when it is read whole, for every format
 * written that way, to standard output, to {@code -o} and under {@code -O}. A low threshold makes
 * the windows small (about 2,000 characters), so each input here is cut many times.
 */
class StreamingCliTest {
  private static final String STREAM = "input.stream_above=2k";
  private static final String WHOLE = "input.stream_above=off";
  private static final List<String> FORMATS = List.of("side-by-side", "interleaved", "target");

  @TempDir static Path dir;
  private static Path article;
  private static Path novel;
  private static Path generated;

  @BeforeAll
  static void writeInputs() throws IOException {
    String sample = Files.readString(Path.of("samples", "deepseek-h100-gpus.fr.txt"));
    String title = sample.substring(0, sample.indexOf('\n'));
    String body = sample.substring(sample.indexOf('\n') + 1).strip();
    StringBuilder sb = new StringBuilder(title).append("\n\n");
    for (int i = 1; i <= 12; i++) {
      sb.append("Partie ").append(i).append("\n\n").append(body).append("\n\n");
    }
    article = dir.resolve("article.txt");
    Files.writeString(article, sb);
    // an old e-text: Windows-1252 (not valid UTF-8), CRLF line ends, no extension
    novel = dir.resolve("NOVEL");
    Charset cp1252 = Charset.forName("windows-1252");
    Files.write(novel, sb.toString().replace("’", "'").replace("\n", "\r\n").getBytes(cp1252));
    generated = dir.resolve("generated.text");
    Files.writeString(generated, generated(11));
  }

  /** Headings, lists, indented lines and blank runs in every arrangement, in French. */
  private static String generated(long seed) {
    Random r = new Random(seed);
    String[] lines = {"Le chat dort sur le toit de la maison.", "Chapitre premier", "- un point important",
        "1. premier point", "  suite indentée de la ligne", "Une ligne sans point", "Voici la liste :",
        "– Une réplique du dialogue.", "Un roman de la mer", "   ", "* une étoile dans le ciel",
        "Il était une fois un pêcheur qui vivait près de la rivière."};
    StringBuilder sb = new StringBuilder("Un roman de la mer\n\n");
    for (int i = 0; i < 600; i++) {
      sb.append(lines[r.nextInt(lines.length)]).append(r.nextInt(3) == 0 ? "\n\n" : "\n");
    }
    return sb.append("La fin sans saut de ligne").toString();
  }

  private static Cli.Result run(String... args) {
    return Cli.run(new byte[0], args);
  }

  private static List<String> args(String setting, Path input, String format, String... more) {
    List<String> a = new ArrayList<>(List.of("--set", setting, "-f", format, "--width", "90", "-v"));
    a.addAll(List.of(more));
    a.add(input.toString());
    return a;
  }

  @Test
  void streamedOutputIsTheWholeOutputOnStandardOutput() {
    for (Path input : List.of(article, novel, generated)) {
      for (String format : FORMATS) {
        Cli.Result whole = run(args(WHOLE, input, format).toArray(String[]::new));
        Cli.Result streamed = run(args(STREAM, input, format).toArray(String[]::new));

        assertThat(whole.exit()).as(whole.err()).isZero();
        assertThat(streamed.exit()).as(streamed.err()).isZero();
        assertThat(whole.err()).doesNotContain("streamed in windows");
        assertThat(streamed.err()).as("%s -f %s streamed", input, format).contains("streamed in windows of 2048");
        assertThat(streamed.out()).as("%s -f %s", input, format).isNotBlank().isEqualTo(whole.out());
      }
    }
  }

  @Test
  void streamedOutputIsTheWholeOutputInAFileAndIsNotRewrittenWhenUnchanged() throws Exception {
    for (String format : FORMATS) {
      Path whole = dir.resolve("whole." + format);
      Path streamed = dir.resolve("streamed." + format);
      assertThat(run(args(WHOLE, novel, format, "-o", whole.toString()).toArray(String[]::new)).exit()).isZero();
      Cli.Result r = run(args(STREAM, novel, format, "-o", streamed.toString()).toArray(String[]::new));

      assertThat(r.exit()).as(r.err()).isZero();
      assertThat(r.out()).isEmpty();
      assertThat(r.err()).contains("streamed in windows").contains("not valid UTF-8; read as Windows-1252");
      assertThat(Files.readAllBytes(streamed)).isEqualTo(Files.readAllBytes(whole));

      FileTime old = FileTime.fromMillis(1_000_000_000_000L);
      Files.setLastModifiedTime(streamed, old);
      assertThat(run(args(STREAM, novel, format, "-o", streamed.toString()).toArray(String[]::new)).exit()).isZero();
      assertThat(Files.getLastModifiedTime(streamed)).as("unchanged output kept as it was").isEqualTo(old);
      assertThat(dir.toFile().list((d, n) -> n.endsWith(".tmp"))).as("no temporary file left").isEmpty();
    }
  }

  @Test
  void aFolderRunStreamsEachLargeFileToItsOwnOutput() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.copy(article, in.resolve("a.txt"));
    Files.copy(generated, in.resolve("b.txt"));
    Files.writeString(in.resolve("small.txt"), "Le chat dort.\n");
    Path outWhole = dir.resolve("out-whole");
    Path outStreamed = dir.resolve("out-streamed");

    Cli.Result whole = run("--set", WHOLE, "-f", "target", in.toString(), "-O", outWhole.toString());
    Cli.Result streamed = run("--set", STREAM, "-f", "target", "-v", in.toString(), "-O", outStreamed.toString());

    assertThat(whole.exit()).as(whole.err()).isZero();
    assertThat(streamed.exit()).as(streamed.err()).isZero();
    assertThat(streamed.err()).contains("a.txt: streamed", "b.txt: streamed").doesNotContain("small.txt: streamed");
    for (String name : List.of("a.en.txt", "b.en.txt", "small.en.txt")) {
      assertThat(Files.readAllBytes(outStreamed.resolve(name))).as(name)
          .isEqualTo(Files.readAllBytes(outWhole.resolve(name)));
    }
  }

  /** Runs with standard input {@code stdin} and its temporary files in {@code tmp}. */
  private static Cli.Result piped(byte[] stdin, Path tmp, String... args) {
    return Cli.run(stdin, Map.of("XDG_CONFIG_HOME", "/nonexistent", "TMPDIR", tmp.toString()), args);
  }

  @Test
  void longStandardInputIsStreamedFromATemporaryFileThatIsThenDeleted() throws Exception {
    byte[] novelBytes = Files.readAllBytes(novel);
    Path tmp = Files.createDirectories(dir.resolve("tmp-piped"));
    for (String format : FORMATS) {
      Cli.Result whole = piped(novelBytes, tmp, "--set", WHOLE, "-f", format, "--width", "90");
      Cli.Result streamed = piped(novelBytes, tmp, "--set", STREAM, "-f", format, "--width", "90", "-v");

      assertThat(streamed.exit()).as(streamed.err()).isZero();
      assertThat(streamed.err()).contains("standard input: streamed in windows");
      assertThat(streamed.out()).as(format).isNotBlank().isEqualTo(whole.out());
    }
    Path out = dir.resolve("stdin.out");
    Cli.Result toFile = piped(novelBytes, tmp, "--set", STREAM, "-f", "target", "-o", out.toString());
    assertThat(toFile.exit()).as(toFile.err()).isZero();
    assertThat(Files.readString(out)).isEqualTo(Cli.run(novelBytes, "--set", WHOLE, "-f", "target").out());
    assertThat(tmp.toFile().list()).as("temporary files left").isEmpty();
  }

  @Test
  void longStandardInputOverTheLimitIsRefusedAsBeforeAndLeavesNoTemporaryFile() throws Exception {
    Path tmp = Files.createDirectories(dir.resolve("tmp-over"));
    byte[] bytes = "Le chat dort sur le toit.\n\n".repeat(1000).getBytes(StandardCharsets.UTF_8);

    Cli.Result r = piped(bytes, tmp, "--set", STREAM, "--max-input-bytes", "10k", "-f", "target");

    assertThat(r.exit()).isEqualTo(ExitCode.USAGE.code());
    assertThat(r.err().strip()).isEqualTo(
        "traduire: standard input: more than 10K, the input limit (--max-input-bytes); stopped reading");
    assertThat(tmp.toFile().list()).isEmpty();
  }

  @Test
  void longStandardInputWithNowhereToKeepItSaysSoInOneLine() {
    byte[] bytes = "Le chat dort sur le toit.\n\n".repeat(1000).getBytes(StandardCharsets.UTF_8);

    Cli.Result r = piped(bytes, dir.resolve("no-such-folder"), "--set", STREAM, "-f", "target");

    assertThat(r.exit()).isEqualTo(ExitCode.USAGE.code());
    assertThat(r.err().strip()).doesNotContain("\n").contains("standard input: too long to hold", "set TMPDIR");
  }

  /** Standard output that counts the writes tried on it, and fails them when {@code closed}. */
  private static final class Pipe extends Writer {
    private final boolean closed;
    private int writes;

    Pipe(boolean closed) {
      this.closed = closed;
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
      writes++;
      if (closed) {
        throw new IOException("Broken pipe");
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }

  private static int run(Pipe stdout, StringWriter err) {
    Context context = new Context(new PrintWriter(stdout), new PrintWriter(err), new ByteArrayInputStream(new byte[0]),
        Map.of("XDG_CONFIG_HOME", "/nonexistent"), () -> false, () -> false, () -> false);
    return Main.run(context, "--set", STREAM, "-f", "target", article.toString());
  }

  @Test
  void aClosedStandardOutputStopsTheTranslationAtOnce() {
    Pipe open = new Pipe(false);
    Pipe closed = new Pipe(true);
    StringWriter err = new StringWriter();

    assertThat(run(open, new StringWriter())).isZero();
    int exit = run(closed, err);

    assertThat(exit).isEqualTo(ExitCode.PARTIAL.code());
    assertThat(err.toString().strip()).isEqualTo(
        "traduire: cannot write standard output: it was closed (broken pipe); stopped translating");
    assertThat(closed.writes).as("writes tried on a closed pipe, of %d for the whole article (~100 windows)",
        open.writes).isLessThan(open.writes / 20);
  }

  @Test
  void blocksABackendCouldNotTranslateAreCountedOverEveryWindowAsOverTheWholeFile() {
    String[] down = {"-b", "apertium", "--set", "apertium.url=http://127.0.0.1:1", "--set", "http.retries=0",
        "--no-cache", "-f", "target", generated.toString()};
    List<String> whole = new ArrayList<>(List.of("--set", WHOLE));
    List<String> streamed = new ArrayList<>(List.of("--set", STREAM));
    whole.addAll(List.of(down));
    streamed.addAll(List.of(down));

    Cli.Result w = run(whole.toArray(String[]::new));
    Cli.Result s = run(streamed.toArray(String[]::new));

    assertThat(w.exit()).isEqualTo(ExitCode.PARTIAL.code());
    assertThat(w.err()).contains("blocks not translated, kept in French; first: ");
    assertThat(s.exit()).isEqualTo(w.exit());
    assertThat(s.err()).isEqualTo(w.err());
    assertThat(s.out()).as("every block kept in French, none lost").isEqualTo(w.out());
  }

  @Test
  void aLargeFileInAnotherLanguageIsRefusedBeforeAnythingIsWritten() throws Exception {
    Path german = dir.resolve("german.txt");
    Files.writeString(german, "Der Hund schläft im Garten, und die Kinder spielen mit dem Ball.\n\n".repeat(200));
    Path out = dir.resolve("german.out");

    Cli.Result toFile = run("--set", STREAM, "-f", "target", german.toString(), "-o", out.toString());
    Cli.Result toStdout = run("--set", STREAM, "-f", "target", german.toString());

    assertThat(toFile.exit()).isEqualTo(ExitCode.NOT_FRENCH.code());
    assertThat(out).doesNotExist();
    assertThat(toStdout.exit()).isEqualTo(ExitCode.NOT_FRENCH.code());
    assertThat(toStdout.out()).isEmpty();
    assertThat(toStdout.err().strip()).doesNotContain("\n").contains("german.txt");
  }

  @Test
  void aLargeEnglishFilePassesThroughUnchangedWithANote() throws Exception {
    Path english = dir.resolve("english.txt");
    String text = "The dog sleeps in the garden, and the children play with the ball all afternoon.\n\n".repeat(200);
    Files.writeString(english, text);

    Cli.Result r = run("--set", STREAM, "-f", "target", english.toString());

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo(text);
    assertThat(r.err()).contains("already in English").containsOnlyOnce("already in English");
  }

  @Test
  void formatsThatWrapTheWholeDocumentAndMarkdownAreReadWhole() throws Exception {
    Path markdown = dir.resolve("notes.md");
    Files.writeString(markdown, "# Titre\n\n" + "Le chat dort sur le toit.\n\n".repeat(200));

    Cli.Result json = run("--set", STREAM, "-f", "json", "-v", article.toString());
    Cli.Result md = run("--set", STREAM, "-f", "target", "-v", markdown.toString());

    assertThat(json.exit()).isZero();
    assertThat(json.err()).doesNotContain("streamed");
    assertThat(md.exit()).isZero();
    assertThat(md.err()).doesNotContain("streamed");
    assertThat(md.out()).startsWith("# ");
  }

  @Test
  void aTextFileWhoseContentIsMarkdownIsReadWholeAsMarkdown() throws Exception {
    Path noExtension = dir.resolve("README");
    Files.writeString(noExtension, "Le chat dort sur le toit.\n\n".repeat(200) + "## Titre tardif\n\nFin.\n");

    Cli.Result r = run("--set", STREAM, "-f", "target", "-v", noExtension.toString());

    assertThat(r.exit()).isZero();
    assertThat(r.err()).doesNotContain("streamed");
    assertThat(r.out()).contains("## ");
  }

  @Test
  void theStreamingThresholdMustBeASizeOrOff() {
    Cli.Result r = run("--set", "input.stream_above=lots", article.toString());

    assertThat(r.exit()).isEqualTo(ExitCode.USAGE.code());
    assertThat(r.err()).contains("input.stream_above").contains("or off");
  }

  @Test
  void theOutputFileMayNotBeTheInput() {
    Cli.Result r = run("-f", "target", article.toString(), "-o", article.toString());

    assertThat(r.exit()).isEqualTo(ExitCode.USAGE.code());
    assertThat(r.err()).contains("is an input; inputs are never overwritten");
  }
}
