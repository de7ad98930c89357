package org.traduire.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.traduire.render.OutputFormat;

/** name.en.EXT, with EXT from the output format. */
class OutputNamesTest {
  @Test
  void theExtensionFollowsTheOutputFormat() {
    assertThat(OutputNames.fileName("article.md", OutputFormat.SIDE_BY_SIDE)).isEqualTo("article.en.txt");
    assertThat(OutputNames.fileName("article.md", OutputFormat.INTERLEAVED)).isEqualTo("article.en.txt");
    assertThat(OutputNames.fileName("article.md", OutputFormat.TARGET)).isEqualTo("article.en.md");
    assertThat(OutputNames.fileName("article.htm", OutputFormat.TARGET)).isEqualTo("article.en.htm");
    assertThat(OutputNames.fileName("article.txt", OutputFormat.JSON)).isEqualTo("article.en.json");
    assertThat(OutputNames.fileName("article.txt", OutputFormat.HTML)).isEqualTo("article.en.html");
    assertThat(OutputNames.fileName("article.txt", OutputFormat.MARKDOWN)).isEqualTo("article.en.md");
    assertThat(OutputNames.fileName("article.txt", OutputFormat.TMX)).isEqualTo("article.en.tmx");
    assertThat(OutputNames.fileName("article.txt", OutputFormat.XLIFF)).isEqualTo("article.en.xlf");
  }

  @Test
  void aFrenchMarkBeforeTheExtensionBecomesTheEnglishOne() {
    assertThat(OutputNames.fileName("deepseek-h100-gpus.fr.txt", OutputFormat.TARGET)).isEqualTo("deepseek-h100-gpus.en.txt");
    assertThat(OutputNames.fileName("guide.FR.md", OutputFormat.JSON)).isEqualTo("guide.en.json");
  }

  @Test
  void aNameWithoutAnExtensionGetsTxtForTarget() {
    assertThat(OutputNames.fileName("README", OutputFormat.TARGET)).isEqualTo("README.en.txt");
    assertThat(OutputNames.fileName(".profile", OutputFormat.TARGET)).isEqualTo(".profile.en.txt");
  }

  @Test
  void theTreeIsMirroredUnderTheOutputFolder() {
    assertThat(OutputNames.under(Path.of("OUT"), "a/b/article.md", OutputFormat.TARGET))
        .isEqualTo(Path.of("OUT/a/b/article.en.md"));
    assertThat(OutputNames.under(Path.of("OUT"), "top.txt", OutputFormat.SIDE_BY_SIDE))
        .isEqualTo(Path.of("OUT/top.en.txt"));
  }

  @Test
  void anOutputReachedThroughALinkLeadingOutOfTheOutputFolderLeavesIt(@TempDir Path tmp) throws Exception {
    Path out = Files.createDirectories(tmp.resolve("out"));
    Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere/deep"));
    Files.createSymbolicLink(out.resolve("away"), elsewhere);
    Files.createDirectories(out.resolve("inside"));
    Files.createSymbolicLink(out.resolve("alias"), Path.of("inside"));

    assertThat(OutputNames.leaves(out, out.resolve("away/a/b.en.txt"))).contains("its output "
        + out.resolve("away/a/b.en.txt") + " would be written through the symbolic link " + out.resolve("away")
        + ", which leads out of " + out + "; not written");
    assertThat(OutputNames.leaves(out, out.resolve("alias/b.en.txt"))).isEmpty();
    assertThat(OutputNames.leaves(out, out.resolve("new/folder/b.en.txt"))).isEmpty();
    assertThat(OutputNames.leaves(out, out.resolve("b.en.txt"))).isEmpty();
    assertThat(OutputNames.leaves(tmp.resolve("not-made"), tmp.resolve("not-made/a/b.en.txt"))).isEmpty();
  }
}
