package org.traduire.pipeline;

import java.util.function.Supplier;

/**
 * Told how a run goes, to show progress. The run makes one call at a time (never two at once),
 * from any of its threads, so an implementation needs no locking of its own.
 */
public interface BatchListener {
  /** Ignores everything. */
  BatchListener NONE = new BatchListener() {};

  /** The run starts with {@code files} inputs; {@code now} tells how far it has got at any time, from any thread. */
  default void started(int files, Supplier<Progress> now) {}

  /** A chunk came back or an input was planned: the counters moved. Called often. */
  default void progress(Progress progress) {}

  /** An input is finished; called in the order of the inputs, {@code position} counting from 1. */
  default void finished(FileResult result, int position, int files) {}

  /** The run is over. */
  default void ended(Progress totals) {}
}
