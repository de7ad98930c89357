package org.traduire.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.traduire.testing.ChildRun.files;
import static org.traduire.testing.ChildRun.memoryEntries;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.traduire.testing.ChildRun;
import org.traduire.testing.SlowDeepl;

/**
 * Ctrl-C (a real SIGINT) on a real process running a folder: it stops with exit code 130, the
 * output folder holds only whole outputs and no temporary file, and the translation memory keeps
 * what was translated before the signal, so running the command again sends only the rest. The
 * backend is DeepL's API played by a local server that takes 300 ms per request, so the run is
 * still going when the signal comes.
 */
class InterruptCliTest {
  private static final int FILES = 8;

  @TempDir Path tmp;

  private Path in;
  private Path out;
  private Path cache;

  private static String article(int i) {
    return "Le chien numéro " + i + " dort dans la maison.\n\nLe chat numéro " + i + " mange dans la cuisine.\n";
  }

  private static String english(int i) {
    return "EN Le chien numéro " + i + " dort dans la maison.\n\nEN Le chat numéro " + i + " mange dans la cuisine.\n";
  }

  private List<String> args(SlowDeepl deepl) {
    return List.of("-b", "deepl", "--set", "deepl.url=" + deepl.url(), "-j", "1", "-f", "target", in.toString(),
        "-O", out.toString());
  }

  /** Starts translating the folder, and sends SIGINT once two outputs are whole; returns the exit code. */
  private int interruptAfterTwoOutputs(SlowDeepl deepl) throws Exception {
    assumeFalse(ChildRun.sigintIgnored(), "SIGINT is ignored in this process, so a child would ignore it too");
    in = Files.createDirectories(tmp.resolve("in"));
    out = tmp.resolve("out");
    cache = tmp.resolve("cache");
    for (int i = 1; i <= FILES; i++) {
      Files.writeString(in.resolve("article" + i + ".txt"), article(i));
    }
    try (ChildRun run = ChildRun.start(cache, tmp.resolve("log.txt"), args(deepl))) {
      run.awaitUntil(() -> files(out).stream().filter(f -> !f.getFileName().toString().startsWith(".")).count() >= 2,
          "two outputs", 60);
      run.interrupt();
      int code = run.exitCode();
      assertThat(code).as(run.log()).isEqualTo(130);
      return code;
    }
  }

  @Test
  @Timeout(90)
  void ctrlCStopsWithExitCode130AndLeavesOnlyWholeOutputs() throws Exception {
    try (SlowDeepl deepl = SlowDeepl.start(Duration.ofMillis(300))) {
      interruptAfterTwoOutputs(deepl);

      List<Path> left = files(out);
      assertThat(left).hasSizeBetween(2, FILES - 1);
      for (Path f : left) {
        String name = f.getFileName().toString();
        assertThat(name).doesNotStartWith(".").doesNotEndWith(".tmp");
        assertThat(Files.readString(f)).isEqualTo(english(Integer.parseInt(name.replaceAll("\\D", ""))));
      }
    }
  }

  @Test
  @Timeout(90)
  void ctrlCKeepsTheMemoryOfWhatWasTranslatedAndTheRerunSendsOnlyTheRest() throws Exception {
    try (SlowDeepl deepl = SlowDeepl.start(Duration.ofMillis(300))) {
      interruptAfterTwoOutputs(deepl);
      int whole = files(out).size();
      Thread.sleep(300); // let the server count any request the stopped process had on the wire
      long stored = memoryEntries(cache);
      int sent = deepl.segmentsReceived();

      assertThat(stored).as("the segments of the %d whole outputs, at least", whole).isGreaterThanOrEqualTo(2L * whole);
      assertThat(stored).as("no more than were sent").isLessThanOrEqualTo(sent);
      assertThat(files(cache).stream().map(f -> f.getFileName().toString()))
          .as("the memory and SQLite's own files, nothing temporary")
          .allMatch(n -> n.equals("memory.sqlite") || n.equals("memory.sqlite-wal") || n.equals("memory.sqlite-shm"));

      Cli.Result rerun = Cli.run(new byte[0], Map.of("XDG_CONFIG_HOME", "/nonexistent", "XDG_CACHE_HOME",
          cache.toString(), "DEEPL_API_KEY", "fake-key:fx"), args(deepl).toArray(String[]::new));

      assertThat(rerun.exit()).as(rerun.err()).isZero();
      assertThat(memoryEntries(cache)).as("every segment of the folder").isEqualTo(FILES * 2L);
      assertThat(deepl.segmentsReceived() - sent).as("segments the rerun sent").isEqualTo(FILES * 2L - stored);
      assertThat(files(out)).hasSize(FILES);
      for (int i = 1; i <= FILES; i++) {
        assertThat(Files.readString(out.resolve("article" + i + ".en.txt"))).isEqualTo(english(i));
      }
    }
  }
}
