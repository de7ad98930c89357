package org.traduire.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** What a folder walk takes, leaves out and reports. */
class FolderWalkerTest {
  @TempDir Path dir;

  private Path touch(String relative) throws Exception {
    Path p = dir.resolve(relative);
    Files.createDirectories(p.getParent());
    return Files.writeString(p, "Bonjour.\n");
  }

  private List<String> walk(Globs include, Globs exclude, Set<Path> skip) throws Exception {
    return FolderWalker.walk(dir, include, exclude, skip).stream()
        .map(e -> e.getClass().getSimpleName() + " " + e.relative())
        .toList();
  }

  @Test
  void takesSupportedExtensionsInNameOrderFolderByFolder() throws Exception {
    for (String f : List.of("b.txt", "a/z.md", "a/y.markdown", "c.HTML", "d.htm", "e.pdf", "f", "g.text")) {
      touch(f);
    }

    assertThat(walk(Globs.NONE, Globs.NONE, Set.of()))
        .containsExactly("Found a/y.markdown", "Found a/z.md", "Found b.txt", "Found c.HTML", "Found d.htm");
  }

  @Test
  void foundPathsStartWithTheFolderAsGiven() throws Exception {
    touch("a/x.txt");

    FolderWalker.Found found = (FolderWalker.Found) FolderWalker.walk(dir, Globs.NONE, Globs.NONE, Set.of()).get(0);

    assertThat(found.path()).isEqualTo(dir.resolve("a/x.txt"));
  }

  @Test
  void skipsTheFoldersItIsToldToAndHiddenOnes() throws Exception {
    touch("keep.txt");
    touch("out/x.en.txt");
    touch(".git/notes.txt");
    touch("a/.hidden.md");

    assertThat(walk(Globs.NONE, Globs.NONE, Set.of(dir.resolve("out").toRealPath()))).containsExactly("Found keep.txt");
  }

  @Test
  @Timeout(10)
  void linksToFoldersAreNeverFollowedSoLoopsCannotHang() throws Exception {
    touch("a/x.txt");
    Files.createSymbolicLink(dir.resolve("a/up"), Path.of(".."));
    Files.createSymbolicLink(dir.resolve("a/self.txt"), Path.of("self.txt"));
    Files.createSymbolicLink(dir.resolve("other"), Path.of("a"));

    assertThat(walk(Globs.NONE, Globs.NONE, Set.of())).containsExactly(
        "Unreadable a/self.txt", "Skipped a/up", "Found a/x.txt", "Skipped other");
  }

  @Test
  void aMissingFolderIsAnInputError() {
    assertThatThrownBy(() -> FolderWalker.walk(dir.resolve("nope"), Globs.NONE, Globs.NONE, Set.of()))
        .isInstanceOf(InputException.class)
        .hasMessage(dir.resolve("nope") + ": no such folder");
  }
}
