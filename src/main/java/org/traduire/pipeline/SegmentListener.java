package org.traduire.pipeline;

/**
 * Told as each chunk of a document comes back, for progress and counts; called from the threads
 * that translate, possibly at the same time.
 */
@FunctionalInterface
public interface SegmentListener {
  /** Ignores everything. */
  SegmentListener NONE = (segments, chars, backend) -> {};

  /**
   * {@code segments} segments of {@code chars} characters came back from {@code backend}, the
   * backend that translated them (in a chain, the link that answered); {@code backend} is empty
   * for segments that could not be translated.
   */
  void done(int segments, int chars, String backend);
}
