package org.traduire.pipeline;

import java.util.Locale;

/** What became of one input in a run. */
public enum FileStatus {
  /** Translated, and its output written (or kept for joined output). */
  TRANSLATED,
  /** Translated, and its output file already held exactly that: not written again. */
  UNCHANGED,
  /** Written, but some blocks could not be translated and were kept in French. */
  PARTIAL,
  /** Planned only ({@code --dry-run}): nothing sent, nothing written. */
  PLANNED,
  /** Left out on purpose: not French, or a link not followed. */
  SKIPPED,
  /** Not translated: unreadable, empty, binary, or its output could not be written. */
  FAILED;

  /** The status as the report and the summary name it: {@code translated}, {@code unchanged}… */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
