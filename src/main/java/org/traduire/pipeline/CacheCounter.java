package org.traduire.pipeline;

/**
 * How many segments the translation memory answered so far, for progress and the summary. The
 * run asks; a translation memory that wraps the backend answers.
 */
@FunctionalInterface
public interface CacheCounter {
  /** No translation memory: no hits. */
  CacheCounter NONE = () -> 0;

  long hits();
}
