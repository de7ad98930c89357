package org.traduire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.traduire.pipeline.Progress;

class BatchReporterTest {
  private static String progressShownOnATerminal(boolean scrolling) {
    StringWriter err = new StringWriter();
    Context context = new Context(new PrintWriter(new StringWriter()), new PrintWriter(err),
        new ByteArrayInputStream(new byte[0]), Map.of("COLUMNS", "100"), () -> true, () -> true, () -> true);
    BatchReporter reporter = BatchReporter.create(context, true, false, false, false, scrolling);
    Progress progress = new Progress(1, 0, 10, 5, Map.of("dictionary", 100L), 0, Duration.ofSeconds(3), 0.5);

    reporter.started(1, () -> progress);
    reporter.progress(progress);
    reporter.ended(progress);
    return err.toString();
  }

  @Test
  void aBarIsDrawnOnATerminal() {
    assertThat(progressShownOnATerminal(false)).contains("\rtraduire: [");
  }

  @Test
  void noBarIsDrawnAmongTheLinesOfAnOutputStreamedToTheSameTerminal() {
    assertThat(progressShownOnATerminal(true)).doesNotContain("\r");
  }
}
