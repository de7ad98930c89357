package org.traduire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.traduire.pipeline.Progress;

/** The terminal progress bar: what it says, when it shows, and that it leaves nothing behind. */
class ProgressBarTest {
  private static Progress progress(int filesDone, long segmentsDone, long segments, double fraction, long seconds) {
    return new Progress(12, filesDone, segments, segmentsDone, Map.of("deepl", 30_000L, "dictionary", 5_210L), 3,
        Duration.ofSeconds(seconds), fraction);
  }

  @Test
  void aFolderRunShowsFilesSegmentsCharactersCacheHitsTimeAndWhatIsLeft() {
    assertThat(ProgressBar.line(progress(3, 420, 1050, 0.25, 3), true, 200)).isEqualTo(
        "traduire: [#####---------------] 3/12 files, 420 segments, 35210 characters sent, 3 cache hits, 0:03,"
            + " ETA 0:09");
  }

  @Test
  void oneDocumentShowsSegmentsDoneOfAll() {
    assertThat(ProgressBar.line(progress(0, 420, 1050, 0.4, 62), false, 200)).isEqualTo(
        "traduire: [########------------] 420/1050 segments, 35210 characters sent, 3 cache hits, 1:02, ETA 1:33");
  }

  @Test
  void beforeAnythingIsPlannedItSaysSo() {
    assertThat(ProgressBar.line(progress(0, 0, 0, 0, 1), false, 200)).startsWith(
        "traduire: [--------------------] reading and planning, 35210 characters sent");
  }

  @Test
  void theLineNeverReachesTheLastColumn() {
    assertThat(ProgressBar.line(progress(3, 420, 1050, 0.25, 3), true, 40)).hasSize(39);
  }

  @Test
  void longTimesShowHours() {
    assertThat(ProgressBar.clock(Duration.ofSeconds(3723))).isEqualTo("1:02:03");
  }

  @Test
  void nothingShowsBeforeTheDelayAndTheBarIsWipedAtTheEnd() {
    StringWriter err = new StringWriter();
    AtomicLong now = new AtomicLong();
    ProgressBar bar = new ProgressBar(new PrintWriter(err), 100, false, Duration.ofMillis(500), now::get);

    bar.update(progress(0, 1, 10, 0.1, 0));
    String early = err.toString();
    now.set(600_000_000L);
    bar.update(progress(0, 5, 10, 0.5, 1));
    String drawn = err.toString();
    bar.println("traduire: a note");
    bar.stop();
    bar.update(progress(0, 9, 10, 0.9, 1));

    assertThat(early).isEmpty();
    assertThat(drawn).startsWith("\rtraduire: [##########----------] 5/10 segments");
    String all = err.toString();
    String afterNote = all.substring(all.indexOf("traduire: a note\n") + "traduire: a note\n".length());
    assertThat(afterNote).startsWith("\rtraduire: [##########").endsWith("\r");
    assertThat(afterNote.strip()).doesNotContain("9/10");
    assertThat(all.substring(0, all.indexOf("traduire: a note"))).endsWith("\r");
  }
}
