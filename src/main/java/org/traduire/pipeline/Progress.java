package org.traduire.pipeline;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * How far a run has got, at one moment.
 *
 * @param files inputs in the run
 * @param filesDone inputs finished, whatever became of them
 * @param segments segments planned so far (inputs not yet planned are not counted)
 * @param segmentsDone segments back from the backend, translated or failed
 * @param characters characters translated, by backend
 * @param cacheHits segments the translation memory answered
 * @param elapsed time since the run started
 * @param fraction the share of the work done, from 0 to 1, inputs weighed by size
 */
public record Progress(
    int files,
    int filesDone,
    long segments,
    long segmentsDone,
    Map<String, Long> characters,
    long cacheHits,
    Duration elapsed,
    double fraction) {
  public Progress {
    characters = Map.copyOf(characters);
  }

  /** Characters translated, all backends together. */
  public long totalCharacters() {
    return characters.values().stream().mapToLong(Long::longValue).sum();
  }

  /** The time left, by the pace so far; empty until enough is done to tell. */
  public Optional<Duration> eta() {
    if (fraction < 0.02 || fraction >= 1 || elapsed.toMillis() < 500) {
      return Optional.empty();
    }
    return Optional.of(Duration.ofMillis((long) (elapsed.toMillis() * (1 - fraction) / fraction)));
  }
}
