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
  private final long[] planned;
  private final long[] done;
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
    planned = new long[n];
    done = new long[n];
    finished = new boolean[n];
  }

  synchronized void planned(int file, int segmentCount) {
    planned[file] = segmentCount;
    segments += segmentCount;
  }

  synchronized void chunk(int file, int segmentCount, int chars, String backend) {
    segmentsDone += segmentCount;
    if (!backend.isEmpty()) {
      characters.merge(backend, (long) chars, Long::sum);
    }
    if (!finished[file] && planned[file] > 0) {
      long before = done[file];
      done[file] = Math.min(planned[file], before + segmentCount);
      credit += weights[file] * (double) (done[file] - before) / planned[file];
    }
  }

  synchronized void finished(int file) {
    if (finished[file]) {
      return;
    }
    double had = planned[file] > 0 ? weights[file] * (double) done[file] / planned[file] : 0;
    credit += weights[file] - had;
    finished[file] = true;
    filesDone++;
  }

  synchronized Progress snapshot() {
    return new Progress(weights.length, filesDone, segments, segmentsDone, characters, cache.hits(),
        Duration.ofNanos(System.nanoTime() - start), Math.min(1, credit / total));
  }
}
