package org.traduire.pipeline;

import org.traduire.document.AlignedBlock;
import org.traduire.document.BilingualDocument;
import org.traduire.document.Status;

/**
 * The blocks of an input that could not be translated, counted over its bilingual document or,
 * for an input streamed a window at a time, over each window's in turn.
 */
final class Untranslated {
  private long failed;
  private long translated;
  private AlignedBlock first;

  /** Counts {@code document}'s blocks, after those counted before. */
  Untranslated add(BilingualDocument document) {
    for (AlignedBlock b : document.blocks()) {
      if (b.status() == Status.FAILED) {
        failed++;
        if (first == null) {
          first = b;
        }
      } else if (b.status() == Status.TRANSLATED) {
        translated++;
      }
    }
    return this;
  }

  /** "2 of 8 blocks not translated, kept in French; first: why (backend)", or empty when all were. */
  String message() {
    if (failed == 0) {
      return "";
    }
    return failed + " of " + (translated + failed) + " blocks not translated, kept in French; first: " + first.note()
        + (first.backend().isEmpty() ? "" : " (" + first.backend() + ")");
  }
}
