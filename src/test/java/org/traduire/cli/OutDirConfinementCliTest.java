package org.traduire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #9, output safety: whatever the inputs are called and however they are given (names with
 * {@code ..}, a newline or a backslash, absolute paths, folders spelled {@code dir/../dir},
 * symbolic links in the input or in the output folder), everything a run writes lies under
 * {@code -O}, and nothing else in the temporary tree changes. Each test walks the whole tree
 * before and after the run.
 */
class OutDirConfinementCliTest {
  private static final String CAT = "Le chat dort sur la table.\n";

  @TempDir Path tmp;
  private Path in;
  private Path out;
  private Path outside;

  @BeforeEach
  void tree() throws IOException {
    in = Files.createDirectories(tmp.resolve("work/in"));
    out = tmp.resolve("work/out");
    outside = Files.createDirectories(tmp.resolve("outside"));
    Files.writeString(outside.resolve("keep.txt"), "Le chien reste dehors.\n");
  }

  private Path write(Path dir, String relative) throws IOException {
    Path p = dir.resolve(relative);
    Files.createDirectories(p.getParent());
    return Files.writeString(p, CAT);
  }

  /** Every entry under {@code tmp}, not following links: a file by its content, a link by its target. */
  private Map<Path, String> snapshot() throws IOException {
    Map<Path, String> entries = new TreeMap<>();
    try (Stream<Path> s = Files.walk(tmp)) {
      for (Path p : s.toList()) {
        if (Files.isSymbolicLink(p)) {
          entries.put(p, "link -> " + Files.readSymbolicLink(p));
        } else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
          entries.put(p, "file " + Arrays.hashCode(Files.readAllBytes(p)) + " " + Files.getLastModifiedTime(p));
        } else {
          entries.put(p, "folder");
        }
      }
    }
    return entries;
  }

  /**
   * Runs {@code args} and checks the tree: every entry added or changed lies under the output
   * folder, as named and as really stored (no link followed out of it), and nothing was removed.
   * Returns the files written, relative to the output folder.
   */
  private List<String> runConfined(Cli.Result[] result, String... args) throws IOException {
    Map<Path, String> before = snapshot();
    result[0] = Cli.run("", args);
    Map<Path, String> after = snapshot();

    assertThat(after.keySet()).as("nothing removed").containsAll(before.keySet());
    Path realOut = out.toRealPath();
    List<String> written = new ArrayList<>();
    for (Map.Entry<Path, String> e : after.entrySet()) {
      Path p = e.getKey();
      if (e.getValue().equals(before.get(p))) {
        continue;
      }
      assertThat(p).as("changed by the run: %s", p).startsWith(out);
      if (p.equals(out)) {
        continue;
      }
      assertThat(p.toRealPath(LinkOption.NOFOLLOW_LINKS).getParent().toRealPath()).as("really stored: %s", p)
          .startsWith(realOut);
      if (e.getValue().startsWith("file")) {
        written.add(out.relativize(p).toString());
      }
    }
    assertThat(result[0].err().lines()).as("every message is one line naming its file")
        .allMatch(l -> l.startsWith("traduire: "));
    return written;
  }

  @Test
  void dotsInFileAndFolderNamesStayUnderTheOutputFolder() throws Exception {
    write(in, "..chat.txt");
    write(in, "a..b/chat..txt");
    write(in, "..sub/...txt");
    write(in, "..sub/x..y/..chat...md");
    Cli.Result[] r = new Cli.Result[1];

    List<String> written = runConfined(r, "-f", "target", "--include", "..*", "--include", "..*/**",
        "--include", "a..b/**", in.toString(), "-O", out.toString());

    assertThat(r[0].exit()).as(r[0].err()).isZero();
    assertThat(written).containsExactlyInAnyOrder(
        "..chat.en.txt", "a..b/chat..en.txt", "..sub/...en.txt", "..sub/x..y/..chat...en.md");
  }

  @Test
  void filesGivenThroughDotDotPathsLandDirectlyInTheOutputFolder() throws Exception {
    write(in, "deep/chat.txt");
    write(in, "..hidden.txt");
    Path viaParent = in.resolve("deep/../deep/chat.txt");
    Path dotted = in.resolve("deep/../..hidden.txt");
    Cli.Result[] r = new Cli.Result[1];

    List<String> written = runConfined(r, "-f", "target", viaParent.toString(), dotted.toString(),
        "-O", out.resolve("x/../").toString());

    assertThat(r[0].exit()).as(r[0].err()).isZero();
    assertThat(written).containsExactlyInAnyOrder("chat.en.txt", "..hidden.en.txt");
  }

  @Test
  void anAbsoluteInputPathGivesOnlyItsNameToTheOutput() throws Exception {
    Path absolute = write(tmp, "x/y/a.txt").toAbsolutePath();
    Cli.Result[] r = new Cli.Result[1];

    List<String> written = runConfined(r, "-f", "target", absolute.toString(), "-O", out.toString());

    assertThat(r[0].exit()).as(r[0].err()).isZero();
    assertThat(written).containsExactly("a.en.txt");
  }

  @Test
  void aFolderSpelledWithDotDotMirrorsTheSameTree() throws Exception {
    write(in, "a/chat.md");
    write(in, "b.txt");
    Cli.Result[] r = new Cli.Result[1];

    List<String> written = runConfined(r, "-f", "target", in.resolve("../in/./").toString(), "-O", out.toString());

    assertThat(r[0].exit()).as(r[0].err()).isZero();
    assertThat(written).containsExactlyInAnyOrder("a/chat.en.md", "b.en.txt");
  }

  @Test
  void symbolicLinksInTheInputFolderAreNotFollowedOutOfIt() throws Exception {
    write(in, "chat.txt");
    write(outside, "far/loin.txt");
    Files.createSymbolicLink(in.resolve("far"), outside.resolve("far"));
    Files.createSymbolicLink(in.resolve("loin.txt"), outside.resolve("far/loin.txt"));
    Files.createSymbolicLink(in.resolve("up"), Path.of(".."));
    Cli.Result[] r = new Cli.Result[1];

    List<String> written = runConfined(r, "-f", "target", in.toString(), "-O", out.toString());

    assertThat(r[0].exit()).as(r[0].err()).isZero();
    assertThat(written).containsExactly("chat.en.txt");
    assertThat(r[0].err()).contains(in.resolve("loin.txt") + " skipped: symbolic link to ");
  }

  @Test
  void anInputFolderGivenThroughALinkIsMirroredUnderTheOutputFolder() throws Exception {
    write(in, "a/chat.txt");
    Path link = Files.createSymbolicLink(tmp.resolve("work/link"), in);
    Cli.Result[] r = new Cli.Result[1];

    List<String> written = runConfined(r, "-f", "target", link.toString(), "-O", out.toString());

    assertThat(r[0].exit()).as(r[0].err()).isZero();
    assertThat(written).containsExactly("a/chat.en.txt");
  }

  @Test
  void aLinkInsideTheOutputFolderLeadingOutIsNotWrittenThrough() throws Exception {
    write(in, "chat.txt");
    write(in, "sub/loin.txt");
    Files.createDirectories(out);
    Files.createSymbolicLink(out.resolve("sub"), outside);
    Cli.Result[] r = new Cli.Result[1];

    List<String> written = runConfined(r, "-f", "target", in.toString(), "-O", out.toString());

    assertThat(r[0].exit()).isEqualTo(1);
    assertThat(written).containsExactly("chat.en.txt");
    assertThat(r[0].err()).contains(in.resolve("sub/loin.txt") + " failed: its output " + out.resolve("sub/loin.en.txt")
        + " would be written through the symbolic link " + out.resolve("sub") + ", which leads out of " + out
        + "; not written");
    assertThat(Files.readString(outside.resolve("keep.txt"))).isEqualTo("Le chien reste dehors.\n");
  }

  @Test
  void aLinkInsideTheOutputFolderLeadingElsewhereInsideItIsWrittenThrough() throws Exception {
    write(in, "sub/chat.txt");
    Files.createDirectories(out.resolve("real"));
    Files.createSymbolicLink(out.resolve("sub"), Path.of("real"));
    Cli.Result[] r = new Cli.Result[1];

    List<String> written = runConfined(r, "-f", "target", in.toString(), "-O", out.toString());

    assertThat(r[0].exit()).as(r[0].err()).isZero();
    assertThat(written).containsExactly("real/chat.en.txt");
  }

  @Test
  void anOutputFileThatIsALinkOutIsReplacedNotWrittenThrough() throws Exception {
    write(in, "chat.txt");
    Files.createDirectories(out);
    Files.createSymbolicLink(out.resolve("chat.en.txt"), outside.resolve("keep.txt"));
    Cli.Result[] r = new Cli.Result[1];

    List<String> written = runConfined(r, "-f", "target", in.toString(), "-O", out.toString());

    assertThat(r[0].exit()).as(r[0].err()).isZero();
    assertThat(written).containsExactly("chat.en.txt");
    assertThat(Files.isSymbolicLink(out.resolve("chat.en.txt"))).isFalse();
    assertThat(Files.readString(out.resolve("chat.en.txt"))).isEqualTo("The cat sleeps on the table.\n");
  }

  @Test
  void namesWithANewlineOrABackslashAreKeptAsOneNameUnderTheOutputFolder() throws Exception {
    write(in, "deux\nlignes.txt");
    write(in, "..\\..\\évasion.txt");
    write(in, "a\\b/c.md");
    Cli.Result[] r = new Cli.Result[1];

    List<String> written = runConfined(r, "-f", "target", "--include", "*.txt", "--include", "*.md",
        "--include", "..*", in.toString(), "-O", out.toString());

    assertThat(r[0].exit()).as(r[0].err()).isZero();
    assertThat(written).containsExactlyInAnyOrder("deux\nlignes.en.txt", "..\\..\\évasion.en.txt", "a\\b/c.en.md");
    assertThat(r[0].err()).as("the newline shown as an escape").contains(in.resolve("deux\\nlignes.txt") + " -> ");
  }
}
