package org.traduire.document;

import java.util.List;
import java.util.Objects;

/** Argument checks shared by the block records. */
final class Checks {
  private Checks() {}

  static void source(String source) {
    Objects.requireNonNull(source, "source");
    if (source.isEmpty()) {
      throw new IllegalArgumentException("a block's source text is empty");
    }
    if (source.indexOf('\r') >= 0) {
      throw new IllegalArgumentException("source text not normalised to \\n line ends");
    }
  }

  static void prose(String source, String text, String lead, List<Range> keep) {
    source(source);
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(lead, "lead");
    Objects.requireNonNull(keep, "keep");
    for (Range r : keep) {
      if (r.end() > text.length()) {
        throw new IllegalArgumentException(
            "range " + r + " outside text of length " + text.length() + ": " + text);
      }
    }
  }
}
