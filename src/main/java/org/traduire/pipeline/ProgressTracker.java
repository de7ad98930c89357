package org.traduire.pipeline;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts a run's progress as its inputs are planned and their chunks come back, and estimates the
 * share done: each input weighs its size, and counts in proportion to its segments back. Every
 * method locks, so threads translating different inputs can report at once.
 */
final class ProgressTracker {
  private final long start = System.nanoTime();
  private final CacheCounter cache;
  private final long[] weights;
  private final double total;
  /** Credit each segment of an input brings back, and the credit given so far, per input. */
  private final double[] rate;
  private final double[] given;
  private final boolean[] finished;
  private final Map<String, Long> characters = new TreeMap<>();
  private int filesDone;
  private long segments;
  private long segmentsDone;
  private double credit;

  ProgressTracker(List<Job> jobs, CacheCounter cache) {
    this.cache = cache;
    int n = jobs.size();
    weights = new long[n];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      weights[i] = jobs.get(i).weight();
      sum += weights[i];
    }
    total = Math.max(1, sum);
    rate = new double[n];
    given = new double[n];
    finished = new boolean[n];
  }

  /** Input {@code file} is planned: {@code segmentCount} segments to send. */
  synchronized void planned(int file, int segmentCount) {
    segments += segmentCount;
    rate[file] = segmentCount > 0 ? weights[file] / (double) segmentCount : 0;
  }

  /**
   * A part of input {@code file}, translated a part at a time, is planned: {@code segmentCount}
   * segments, standing for {@code share} of what is left of the input's weight.
   */
  synchronized void plannedPart(int file, int segmentCount, double share) {
    segments += segmentCount;
    double left = weights[file] - given[file];
    rate[file] = segmentCount > 0 ? left * Math.max(0, Math.min(1, share)) / segmentCount : 0;
  }

  synchronized void chunk(int file, int segmentCount, int chars, String backend) {
    segmentsDone += segmentCount;
    if (!backend.isEmpty()) {
      characters.merge(backend, (long) chars, Long::sum);
    }
    if (!finished[file]) {
      double add = Math.min(rate[file] * segmentCount, weights[file] - given[file]);
      given[file] += add;
      credit += add;
    }
  }

  synchronized void finished(int file) {
    if (finished[file]) {
      return;
    }
    credit += weights[file] - given[file];
    given[file] = weights[file];
    finished[file] = true;
    filesDone++;
  }

  synchronized Progress snapshot() {
    return new Progress(weights.length, filesDone, segments, segmentsDone, characters, cache.hits(),
        Duration.ofNanos(System.nanoTime() - start), Math.min(1, credit / total));
  }
}
