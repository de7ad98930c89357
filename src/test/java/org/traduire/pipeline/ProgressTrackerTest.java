package org.traduire.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProgressTrackerTest {
  private static Job job(String name, long weight) {
    return new Job(name, Optional.empty(), () -> {
      throw new IllegalStateException("not read");
    }, Optional.empty(), weight, Optional.empty());
  }

  @Test
  void aWholeInputCountsInProportionToItsSegmentsBack() {
    ProgressTracker t = new ProgressTracker(List.of(job("a", 100), job("b", 300)), CacheCounter.NONE);

    t.planned(1, 10);
    t.chunk(1, 5, 50, "dictionary");

    assertThat(t.snapshot().fraction()).isCloseTo(150 / 400.0, within(1e-9));
    t.finished(1);
    assertThat(t.snapshot().fraction()).isCloseTo(300 / 400.0, within(1e-9));
  }

  @Test
  void aStreamedInputCountsEachWindowForItsShareOfTheBytesLeftAndNeverPassesItsWeight() {
    ProgressTracker t = new ProgressTracker(List.of(job("big", 1000)), CacheCounter.NONE);

    t.plannedPart(0, 4, 0.25); // the first quarter of the file: 4 segments
    t.chunk(0, 4, 40, "dictionary");
    double first = t.snapshot().fraction();
    t.plannedPart(0, 2, 1.0 / 3); // the next third of what is left
    t.chunk(0, 2, 20, "dictionary");
    double second = t.snapshot().fraction();
    t.chunk(0, 50, 500, "dictionary"); // more back than planned: no credit past the file's weight

    assertThat(first).isCloseTo(0.25, within(1e-9));
    assertThat(second).isCloseTo(0.5, within(1e-9));
    assertThat(t.snapshot().fraction()).isLessThanOrEqualTo(1.0);
    assertThat(t.snapshot().segments()).isEqualTo(6);
    t.finished(0);
    assertThat(t.snapshot().fraction()).isEqualTo(1.0);
  }
}
