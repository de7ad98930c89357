package org.traduire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Folders from the command line ({@code traduire DIR -O OUT}): the mirrored tree and its names,
 * what is left out and why, per-file failures, incremental runs, progress, summary and report.
 * The backend is the offline dictionary; nothing goes on the network.
 */
class FolderCliTest {
  private static final String CAT = "Le chat dort sur la table.\n\nLa maison est grande et belle.\n";
  private static final String GUIDE = "# Guide\n\nLe train part à midi.\n";
  private static final String GERMAN =
      "Der Hund und die Katze sind im Garten und spielen zusammen den ganzen Tag lang.\n";

  @TempDir Path tmp;
  private Path in;
  private Path out;

  @BeforeEach
  void paths() {
    in = tmp.resolve("in");
    out = tmp.resolve("out");
  }

  private Path write(String relative, String text) throws IOException {
    Path p = in.resolve(relative);
    Files.createDirectories(p.getParent());
    return Files.writeString(p, text);
  }

  /** Two good articles in nested folders; callers add the bad ones they need. */
  private void goodTree() throws IOException {
    write("chat.txt", CAT);
    write("a/b/guide.md", GUIDE);
  }

  /** Every file under {@code dir}, relative, sorted; hidden ones included. */
  private static List<String> files(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).sorted().toList();
    }
  }

  private static Cli.Result run(String... args) {
    return Cli.run("", args);
  }

  @Test
  void everyGoodFileIsTranslatedToItsMirroredNameAndEveryBadOneIsReportedWithExitOne() throws Exception {
    goodTree();
    write("a/notes.fr.txt", "La maison est grande et belle.\n");
    write("de.txt", GERMAN);
    Files.write(in.resolve("binary.txt"), new byte[] {'P', 'K', 0, 3, 4, 0, 0, 1});
    write("empty.md", "");
    Files.createSymbolicLink(in.resolve("gone.txt"), Path.of("missing.txt")); // the unreadable file
    Files.createSymbolicLink(in.resolve("loop"), Path.of("."));
    Path elsewhere = Files.writeString(tmp.resolve("elsewhere.txt"), CAT);
    Files.createSymbolicLink(in.resolve("outside.txt"), elsewhere);
    Files.createSymbolicLink(in.resolve("a/same.txt"), Path.of("../chat.txt"));
    write(".hidden/secret.txt", CAT);
    write("a/.draft.md", GUIDE);
    Files.write(in.resolve("photo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0});

    Cli.Result r = run("-f", "target", in.toString(), "-O", out.toString());

    assertThat(r.exit()).as(r.err()).isEqualTo(1);
    assertThat(files(out)).containsExactly(
        "a/b/guide.en.md", "a/notes.en.txt", "a/same.en.txt", "chat.en.txt");
    assertThat(Files.readString(out.resolve("chat.en.txt")))
        .isEqualTo("The cat sleeps on the table.\n\nThe house is big and beautiful.\n");
    assertThat(Files.readString(out.resolve("a/b/guide.en.md"))).isEqualTo("# Guide\n\nThe train leaves at noon.\n");
    assertThat(Files.readString(out.resolve("a/same.en.txt"))).startsWith("The cat sleeps");
    assertThat(r.err()).contains(
        in.resolve("de.txt") + " skipped: the text is in German",
        in.resolve("binary.txt") + " failed: looks like a binary file, not text",
        in.resolve("empty.md") + " failed: empty input, nothing to translate",
        in.resolve("gone.txt") + " failed: broken symbolic link (-> missing.txt): no such file",
        in.resolve("loop") + " skipped: symbolic link loop (-> .); not followed",
        in.resolve("outside.txt") + " skipped: symbolic link to " + elsewhere.toRealPath() + ", outside " + in
            + "; not followed");
    assertThat(r.err()).doesNotContain("secret", ".draft", "photo");
    assertThat(r.err()).contains("traduire: 10 files in ", ": 4 translated, 0 unchanged, 3 skipped, 3 failed\n");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void eachFormatNamesItsOutputsWithItsOwnExtension() throws Exception {
    goodTree();
    Map<String, List<String>> byFormat = new TreeMap<>();
    for (String format : List.of("side-by-side", "interleaved", "target", "json", "html", "markdown", "tmx", "xliff")) {
      Path dir = tmp.resolve("out-" + format);
      assertThat(run("-f", format, in.toString(), "-O", dir.toString()).exit()).isZero();
      byFormat.put(format, files(dir));
    }

    assertThat(byFormat).containsExactlyInAnyOrderEntriesOf(Map.of(
        "side-by-side", List.of("a/b/guide.en.txt", "chat.en.txt"),
        "interleaved", List.of("a/b/guide.en.txt", "chat.en.txt"),
        "target", List.of("a/b/guide.en.md", "chat.en.txt"),
        "json", List.of("a/b/guide.en.json", "chat.en.json"),
        "html", List.of("a/b/guide.en.html", "chat.en.html"),
        "markdown", List.of("a/b/guide.en.md", "chat.en.md"),
        "tmx", List.of("a/b/guide.en.tmx", "chat.en.tmx"),
        "xliff", List.of("a/b/guide.en.xlf", "chat.en.xlf")));
  }

  @Test
  void severalFilesWithAnOutputFolderAreNamedByTheirFileNames() throws Exception {
    Path one = write("x/chat.txt", CAT);
    Path two = write("y/guide.md", GUIDE);

    Cli.Result r = run("-f", "json", one.toString(), two.toString(), "-O", out.toString());

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(files(out)).containsExactly("chat.en.json", "guide.en.json");
  }

  @Test
  void twoInputsWithTheSameOutputNameWriteItOnceAndTheSecondFails() throws Exception {
    Path one = write("x/chat.txt", CAT);
    Path two = write("y/chat.txt", "La maison est grande et belle.\n");

    Cli.Result r = run("-f", "target", one.toString(), two.toString(), "-O", out.toString());

    assertThat(r.exit()).isEqualTo(1);
    assertThat(Files.readString(out.resolve("chat.en.txt"))).startsWith("The cat sleeps");
    assertThat(r.err()).contains(two + " failed: its output " + out.resolve("chat.en.txt")
        + " is already the output of " + one + "; not written");
  }

  @Test
  void anOutputFolderInsideTheInputFolderIsNotWalked() throws Exception {
    goodTree();
    Path inside = in.resolve("english");

    Cli.Result first = run("-f", "target", in.toString(), "-O", inside.toString());
    Cli.Result second = run("-f", "target", in.toString(), "-O", inside.toString());

    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(second.exit()).as(second.err()).isZero();
    assertThat(files(inside)).containsExactly("a/b/guide.en.md", "chat.en.txt");
    assertThat(second.err()).contains("traduire: 2 files in ").doesNotContain("english/chat.en.txt ->");
  }

  @Test
  void theInputFolderItselfIsRefusedAsTheOutputFolder() throws Exception {
    goodTree();

    Cli.Result r = run(in.toString(), "-O", in.toString());

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).startsWith("traduire: " + in + ": is also the output folder");
    assertThat(files(in)).containsExactly("a/b/guide.md", "chat.txt");
  }

  @Test
  void anInputIsNeverOverwritten() throws Exception {
    Path article = write("chat.txt", CAT);
    Files.createDirectories(out);
    Path previous = Files.writeString(out.resolve("chat.en.txt"), "Le chien dort.\n");

    Cli.Result r = run("-f", "target", article.toString(), previous.toString(), "-O", out.toString());

    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains(article + " failed: its output " + out.resolve("chat.en.txt")
        + " is an input; inputs are never overwritten");
    assertThat(Files.readString(previous)).isEqualTo("Le chien dort.\n");
    assertThat(Files.readString(out.resolve("chat.en.en.txt"))).isEqualTo("The dog sleeps.\n");
  }

  @Test
  void includeAndExcludeChooseByPathUnderTheFolder() throws Exception {
    goodTree();
    write("a/c/plan.md", GUIDE);
    write("drafts/todo.md", GUIDE);
    write(".notes/idea.md", GUIDE);

    assertThat(run("-f", "target", in.toString(), "-O", tmp.resolve("md").toString(), "--include", "**/*.md").exit())
        .isZero();
    assertThat(run("-f", "target", in.toString(), "-O", tmp.resolve("no-a").toString(),
        "--exclude", "a/**", "--exclude", "drafts").exit()).isZero();
    assertThat(run("-f", "target", in.toString(), "-O", tmp.resolve("hidden").toString(),
        "--include", ".notes/**").exit()).isZero();

    assertThat(files(tmp.resolve("md"))).containsExactly("a/b/guide.en.md", "a/c/plan.en.md", "drafts/todo.en.md");
    assertThat(files(tmp.resolve("no-a"))).containsExactly("chat.en.txt");
    assertThat(files(tmp.resolve("hidden"))).containsExactly(".notes/idea.en.md");
  }

  @Test
  void aSecondRunRewritesNothingAndSaysSo() throws Exception {
    goodTree();
    assertThat(run("-f", "target", in.toString(), "-O", out.toString()).exit()).isZero();
    FileTime old = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
    for (String f : files(out)) {
      Files.setLastModifiedTime(out.resolve(f), old);
    }

    Cli.Result second = run("-f", "target", in.toString(), "-O", out.toString());

    assertThat(second.exit()).isZero();
    for (String f : files(out)) {
      assertThat(Files.getLastModifiedTime(out.resolve(f))).as(f).isEqualTo(old);
    }
    assertThat(second.err()).contains(in.resolve("chat.txt") + " -> " + out.resolve("chat.en.txt") + " unchanged (")
        .contains(": 0 translated, 2 unchanged, 0 skipped, 0 failed\n");
  }

  @Test
  void aChangedInputRewritesOnlyItsOwnOutput() throws Exception {
    goodTree();
    assertThat(run("-f", "json", in.toString(), "-O", out.toString()).exit()).isZero();
    FileTime old = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
    for (String f : files(out)) {
      Files.setLastModifiedTime(out.resolve(f), old);
    }
    write("chat.txt", "Le chat dort sur la table.\n");

    Cli.Result second = run("-f", "json", in.toString(), "-O", out.toString());

    assertThat(second.err()).contains(": 1 translated, 1 unchanged, 0 skipped, 0 failed\n");
    assertThat(Files.getLastModifiedTime(out.resolve("chat.en.json"))).isNotEqualTo(old);
    assertThat(Files.getLastModifiedTime(out.resolve("a/b/guide.en.json"))).isEqualTo(old);
  }

  @Test
  void tmxOutputsThatDifferOnlyByTheirDateAreUnchanged() throws Exception {
    goodTree();
    assertThat(run("-f", "tmx", in.toString(), "-O", out.toString()).exit()).isZero();
    Path tmx = out.resolve("chat.en.tmx");
    String text = Files.readString(tmx);
    Files.writeString(tmx, text.replaceFirst("creationdate=\"[0-9TZ]*\"", "creationdate=\"20200101T000000Z\""));
    String dated = Files.readString(tmx);

    Cli.Result second = run("-f", "tmx", in.toString(), "-O", out.toString());

    assertThat(second.err()).contains(": 0 translated, 2 unchanged");
    assertThat(Files.readString(tmx)).isEqualTo(dated);
  }

  @Test
  void theReportHasTheSummaryAndOneObjectPerFile() throws Exception {
    goodTree();
    write("de.txt", GERMAN);
    Files.write(in.resolve("binary.txt"), new byte[] {'P', 'K', 0, 3});
    Path report = tmp.resolve("report.json");

    Cli.Result r = run("-f", "target", in.toString(), "-O", out.toString(), "--report", report.toString(), "-j", "3");

    assertThat(r.exit()).isEqualTo(1);
    JsonNode json = new ObjectMapper().readTree(report.toFile());
    JsonNode summary = json.get("summary");
    assertThat(summary.get("files").asInt()).isEqualTo(4);
    assertThat(summary.get("translated").asInt()).isEqualTo(2);
    assertThat(summary.get("skipped").asInt()).isEqualTo(1);
    assertThat(summary.get("failed").asInt()).isEqualTo(1);
    assertThat(summary.get("segments").asInt()).isEqualTo(4);
    assertThat(summary.get("characters").get("dictionary").asLong())
        .isEqualTo("Le chat dort sur la table.".length() + "La maison est grande et belle.".length()
            + "Guide".length() + "Le train part à midi.".length());
    assertThat(summary.get("cache_hits").asInt()).isZero();
    List<String> rows = new ArrayList<>();
    for (JsonNode f : json.get("files")) {
      rows.add(f.get("input").asText() + " | " + f.get("output").asText() + " | " + f.get("status").asText() + " | "
          + f.get("segments").asInt() + " | " + f.get("backends") + " | " + f.get("error").asText());
    }
    assertThat(rows.subList(0, 3)).containsExactly(
        in.resolve("a/b/guide.md") + " | " + out.resolve("a/b/guide.en.md") + " | translated | 2 | [\"dictionary\"] | ",
        in.resolve("binary.txt") + " | " + out.resolve("binary.en.txt") + " | failed | 0 | [] | looks like a binary file, not text",
        in.resolve("chat.txt") + " | " + out.resolve("chat.en.txt") + " | translated | 2 | [\"dictionary\"] | ");
    assertThat(rows.get(3)).startsWith(in.resolve("de.txt") + " | " + out.resolve("de.en.txt")
        + " | skipped | 0 | [] | the text is in German (de, confidence ");
    assertThat(files(tmp)).filteredOn(f -> f.contains(".tmp")).isEmpty();
  }

  @Test
  void progressLinesComeOnePerFileInInputOrderWhenStandardErrorIsNotATerminal() throws Exception {
    String longer = CAT + "\n" + CAT + "\n" + CAT; // six paragraphs, the slower to translate
    for (int i = 1; i <= 6; i++) {
      write("p" + i + ".txt", i % 2 == 0 ? CAT : longer);
    }

    Cli.Result r = run("-f", "target", "-j", "4", in.toString(), "-O", out.toString());

    assertThat(r.exit()).isZero();
    List<String> lines = r.err().lines().toList();
    assertThat(lines).hasSize(8);
    for (int i = 1; i <= 6; i++) {
      assertThat(lines.get(i - 1)).matches(
          "traduire: \\[" + i + "/6\\] " + java.util.regex.Pattern.quote(in.resolve("p" + i + ".txt") + " -> "
              + out.resolve("p" + i + ".en.txt")) + " \\(" + (i % 2 == 0 ? 2 : 6) + " segments, [0-9]+\\.[0-9] s\\)");
    }
    int chars = "Le chat dort sur la table.".length() + "La maison est grande et belle.".length();
    assertThat(lines.get(6)).matches("traduire: 6 files in [0-9.]+ s: 6 translated, 0 unchanged, 0 skipped, 0 failed");
    assertThat(lines.get(7)).isEqualTo("traduire: 24 segments, " + 12 * chars + " characters sent (dictionary "
        + 12 * chars + "), 0 cache hits");
  }

  @Test
  void quietModeIsSilentWhenAllGoesWell() throws Exception {
    goodTree();

    Cli.Result r = run("-q", in.toString(), "-O", out.toString());

    assertThat(r.exit()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).isEmpty();
    assertThat(files(out)).hasSize(2);
  }

  @Test
  void quietModeStillNamesTheFilesThatFailed() throws Exception {
    goodTree();
    write("empty.txt", "");

    Cli.Result r = run("-q", in.toString(), "-O", out.toString());

    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("traduire: [3/3] " + in.resolve("empty.txt") + " failed: empty input, nothing to translate\n");
  }

  @Test
  void onATerminalABarIsRedrawnInPlaceAndWipedBeforeTheSummary() throws Exception {
    goodTree();
    write("empty.txt", "");
    StringWriter err = new StringWriter();
    Context context = new Context(new PrintWriter(new StringWriter()), new PrintWriter(err),
        new ByteArrayInputStream(new byte[0]), Map.of("XDG_CONFIG_HOME", "/none", "COLUMNS", "100"),
        () -> false, () -> false, () -> true);

    int exit = Main.run(context, in.toString(), "-O", out.toString());

    assertThat(exit).isEqualTo(1);
    String text = err.toString();
    assertThat(text).contains("\rtraduire: [").contains(" files, ").contains(" characters sent, 0 cache hits, 0:0");
    assertThat(text).doesNotContain(" -> " + out.resolve("chat.en.txt"));
    assertThat(text).contains(in.resolve("empty.txt") + " failed: empty input");
    int summary = text.indexOf("traduire: 3 files in ");
    assertThat(summary).isPositive();
    assertThat(text.substring(0, summary)).endsWith("\r");
    assertThat(text.substring(summary)).doesNotContain("\r");
    for (String line : text.split("[\r\n]")) {
      if (line.contains(" files, ")) {
        assertThat(line.length()).as(line).isLessThan(100);
      }
    }
  }

  @Test
  void aFolderWithoutAnOutputFolderIsAUsageErrorWithAHint() throws Exception {
    goodTree();

    Cli.Result r = run(in.toString());

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("traduire: " + in + ": is a folder; translate the files under it into a folder"
        + " with -O, e.g. traduire " + in + " -O " + in + ".en\n");
  }

  @Test
  void standardInputAndOutputFileDoNotGoWithAnOutputFolder() throws Exception {
    goodTree();

    assertThat(Cli.run(CAT, "-O", out.toString()).err()).contains("standard input and -t texts have no name");
    assertThat(run(in.toString(), "-O", out.toString(), "-o", tmp.resolve("x.txt").toString()).exit()).isEqualTo(2);
    assertThat(run(in.resolve("chat.txt").toString(), "--include", "*.md").exit()).isEqualTo(2);
    assertThat(run(in.toString(), "-O", out.toString(), "--include", "[md").err())
        .isEqualTo("traduire: --include: pattern '[md' has a [ without its ]\n");
    assertThat(files(out)).isEmpty();
  }

  @Test
  void anOutputFolderThatIsAFileIsAUsageError() throws Exception {
    goodTree();
    Files.writeString(out, "not a folder\n");

    Cli.Result r = run(in.toString(), "-O", out.toString());

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("traduire: " + out + ": is a file, not a folder; -O needs a folder (it is made if missing)\n");
  }

  @Test
  void aMissingInputStopsTheRunBeforeAnythingIsWritten() throws Exception {
    goodTree();

    Cli.Result r = run(in.toString(), in.resolve("nope.txt").toString(), "-O", out.toString());

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("traduire: " + in.resolve("nope.txt") + ": no such file or folder\n");
    assertThat(files(out)).isEmpty();
  }

  @Test
  void dryRunWithAnOutputFolderDescribesEachFileAndWritesNothing() throws Exception {
    goodTree();

    Cli.Result r = run("--dry-run", in.toString(), "-O", out.toString());

    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains(in.resolve("a/b/guide.md") + ": markdown", in.resolve("chat.txt") + ": text");
    assertThat(files(out)).isEmpty();
  }

  @Test
  void outputsFollowTheUmaskNotTheTemporaryFilesPrivateMode() throws Exception {
    goodTree();

    run(in.toString(), "-O", out.toString());

    assertThat(Files.getPosixFilePermissions(out.resolve("chat.en.txt")))
        .isEqualTo(Files.getPosixFilePermissions(Files.createFile(tmp.resolve("plain"))));
  }

  @Test
  void notFrenchInAFolderRunIsSkippedAndLeavesTheExitCodeAtZero() throws Exception {
    goodTree();
    write("de.txt", GERMAN);

    Cli.Result r = run(in.toString(), "-O", out.toString());

    assertThat(r.exit()).isZero();
    assertThat(r.err()).contains("de.txt skipped: the text is in German").contains("1 skipped, 0 failed");
  }

  @Test
  void theSameNotFrenchFileWithoutAnOutputFolderStillExitsThree() throws Exception {
    Path de = write("de.txt", GERMAN);

    assertThat(run(de.toString()).exit()).isEqualTo(3);
  }

  @Test
  void theReportIsWrittenForAJoinedRunToo() throws Exception {
    Path article = write("chat.txt", CAT);
    Path report = tmp.resolve("r.json");

    Cli.Result r = run("-f", "target", article.toString(), "--report", report.toString());

    assertThat(r.out()).startsWith("The cat sleeps");
    JsonNode file = new ObjectMapper().readTree(report.toFile()).get("files").get(0);
    assertThat(file.get("status").asText()).isEqualTo("translated");
    assertThat(file.get("output").asText()).isEmpty();
    assertThat(new String(Files.readAllBytes(report), StandardCharsets.UTF_8)).endsWith("}\n");
  }

  @Test
  void aReportOverAnInputIsRefused() throws Exception {
    Path article = write("chat.txt", CAT);

    Cli.Result r = run(article.toString(), "--report", article.toString());

    assertThat(r.exit()).isEqualTo(2);
    assertThat(Files.readString(article)).isEqualTo(CAT);
  }
}
