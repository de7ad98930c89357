package org.traduire.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.traduire.testing.ChildRun.files;
import static org.traduire.testing.ChildRun.memoryEntries;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.traduire.testing.ChildRun;
import org.traduire.testing.SlowDeepl;

/**
 * A real process translating a folder through a slow HTTP backend is killed (SIGKILL) half way;
 * the output folder holds only whole outputs, and running the same command again sends exactly
 * the segments the memory did not get, then finishes every file.
 */
class ResumeAfterKillTest {
  private static final int FILES = 8;

  @TempDir Path tmp;

  @Test
  @Timeout(120)
  void aKilledBatchLeavesOnlyWholeOutputsAndTheRerunSendsOnlyWhatWasNotTranslated() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Path out = tmp.resolve("out");
    Path cache = tmp.resolve("cache");
    for (int i = 1; i <= FILES; i++) {
      Files.writeString(in.resolve("article" + i + ".txt"), "Le chien numéro " + i + " dort dans la maison.\n\n"
          + "Le chat numéro " + i + " mange dans la cuisine.\n");
    }
    try (SlowDeepl deepl = SlowDeepl.start(Duration.ofMillis(250))) {
      String[] args = {"-b", "deepl", "--set", "deepl.url=" + deepl.url(), "-j", "1", "-f", "target",
          in.toString(), "-O", out.toString()};
      try (ChildRun run = ChildRun.start(cache, tmp.resolve("log.txt"), List.of(args))) {
        run.awaitUntil(() -> deepl.segmentsReceived() >= 6, "six segments", 60);
        Thread.sleep(120); // mid-request, most likely: the server takes 250 ms per answer
        run.kill();
        run.exitCode();
      }

      List<Path> afterKill = files(out);
      Map<Path, String> kept = new HashMap<>();
      for (Path f : afterKill) {
        assertThat(f.getFileName().toString()).as("no temporary or partial file").doesNotStartWith(".").doesNotEndWith(".tmp");
        kept.put(f, Files.readString(f));
      }
      assertThat(afterKill).hasSizeLessThan(FILES);
      Thread.sleep(300); // let the server see any request the killed process had on the wire
      long stored = memoryEntries(cache);
      assertThat(stored).as("segments the killed run stored").isPositive();
      int before = deepl.segmentsReceived();

      Cli.Result rerun = Cli.run(new byte[0], Map.of("XDG_CONFIG_HOME", "/nonexistent", "XDG_CACHE_HOME", cache.toString(),
          "DEEPL_API_KEY", "fake-key:fx"), args);

      assertThat(rerun.exit()).as(rerun.err()).isZero();
      long total = memoryEntries(cache);
      assertThat(total).as("every segment of the folder").isEqualTo(FILES * 2L);
      assertThat(deepl.segmentsReceived() - before).as("segments the rerun sent").isEqualTo(total - stored);
      List<Path> finished = files(out);
      assertThat(finished).hasSize(FILES);
      for (Path f : finished) {
        String n = f.getFileName().toString().replaceAll("\\D", "");
        String whole = "EN Le chien numéro " + n + " dort dans la maison.\n\nEN Le chat numéro " + n + " mange dans la cuisine.\n";
        assertThat(Files.readString(f, StandardCharsets.UTF_8)).isEqualTo(whole);
        if (kept.containsKey(f)) {
          assertThat(kept.get(f)).as("an output left by the killed run was whole").isEqualTo(whole);
        }
      }
    }
  }
}
