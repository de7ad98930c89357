package org.traduire.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The --include/--exclude patterns, matched against paths relative to the input folder. */
class GlobsTest {
  private static boolean match(String pattern, String path) {
    return Globs.of(List.of(pattern)).matches(path);
  }

  @Test
  void doubleStarSlashAlsoMatchesNoFolderAtAll() {
    assertThat(match("**/*.md", "a.md")).isTrue();
    assertThat(match("**/*.md", "a/b/c.md")).isTrue();
    assertThat(match("**/*.md", "a/b/c.txt")).isFalse();
  }

  @Test
  void singleStarStaysWithinOneName() {
    assertThat(match("a/*.md", "a/x.md")).isTrue();
    assertThat(match("a/*.md", "a/b/x.md")).isFalse();
  }

  @Test
  void trailingDoubleStarTakesEverythingUnderAFolder() {
    assertThat(match("drafts/**", "drafts/x.md")).isTrue();
    assertThat(match("drafts/**", "drafts/deep/x.md")).isTrue();
    assertThat(match("drafts/**", "old/drafts/x.md")).isFalse();
    assertThat(match("**/drafts/**", "old/drafts/x.md")).isTrue();
  }

  @Test
  void aPatternWithoutASlashMatchesANameAtAnyDepth() {
    assertThat(match("*.fr.md", "a/b/guide.fr.md")).isTrue();
    assertThat(match("drafts", "a/drafts")).isTrue();
    assertThat(match("drafts", "a/drafts2")).isFalse();
  }

  @Test
  void questionMarksSetsAndAlternatives() {
    assertThat(match("ch?p[0-9].{md,txt}", "chap1.md")).isTrue();
    assertThat(match("ch?p[0-9].{md,txt}", "chap1.txt")).isTrue();
    assertThat(match("ch?p[0-9].{md,txt}", "chapX.md")).isFalse();
    assertThat(match("[!a]*.md", "b.md")).isTrue();
    assertThat(match("[!a]*.md", "a.md")).isFalse();
  }

  @Test
  void dotsAndOtherSignsAreLiteral() {
    assertThat(match("a.md", "axmd")).isFalse();
    assertThat(match("notes (1)+.md", "notes (1)+.md")).isTrue();
    assertThat(match("./a/*.md", "a/x.md")).isTrue();
  }

  @Test
  void onlyAPatternThatNamesAHiddenFileTakesOne() {
    Globs globs = Globs.of(List.of("**/*.md", ".notes/**"));

    assertThat(globs.namesHidden()).isTrue();
    assertThat(globs.matchesHidden(".notes/idea.md")).isTrue();
    assertThat(globs.matchesHidden(".other/idea.md")).isFalse();
    assertThat(Globs.of(List.of("**/*.md")).namesHidden()).isFalse();
  }

  @Test
  void malformedPatternsAreRefusedByName() {
    assertThatThrownBy(() -> Globs.of(List.of("[md"))).hasMessage("pattern '[md' has a [ without its ]");
    assertThatThrownBy(() -> Globs.of(List.of("*.{md"))).hasMessage("pattern '*.{md' has a { without its }");
  }

  @Test
  void noPatternMatchesNothing() {
    assertThat(Globs.NONE.matches("a.md")).isFalse();
    assertThat(Globs.NONE.isEmpty()).isTrue();
  }
}
