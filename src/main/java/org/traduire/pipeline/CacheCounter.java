package org.traduire.pipeline;

import java.util.Map;
import java.util.Optional;

/**
 * What the translation memory did so far, for progress and the summary. The run asks; a
 * translation memory that wraps the backend answers.
 */
public interface CacheCounter {
  /** No translation memory: no hits, and everything translated was sent. */
  CacheCounter NONE = () -> 0;

  /** Segments the memory answered. */
  long hits();

  /**
   * Characters each backend was actually sent (memory hits left out), when a memory knows;
   * empty when every translated character was sent.
   */
  default Optional<Map<String, Long>> sentByBackend() {
    return Optional.empty();
  }
}
