package org.traduire.detect;

import org.traduire.document.Detection;

/** Tells the language of a text, always with an answer ({@link Detection#UNKNOWN} when it cannot). */
public interface LanguageDetector {
  /** A detector that says French for every text, with full confidence; for tests and {@code --force}. */
  LanguageDetector FRENCH = text -> new Detection("fr", 1.0);

  /** A confidence (margin over the runner-up) above which a detection is a clear call. */
  double CLEAR_MARGIN = 0.1;

  Detection detect(String text);

  /**
   * Loads the models now, so that the work overlaps with reading and parsing; called on a
   * background thread. Does nothing by default.
   */
  default void warmUp() {}
}
