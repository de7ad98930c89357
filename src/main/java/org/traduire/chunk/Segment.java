package org.traduire.chunk;

import java.util.List;
import java.util.Objects;
import org.traduire.document.Range;

/**
 * One piece of a block's text sent to a backend: the whole text of block {@code block} (part 0),
 * or, for a block too long for one chunk, its part number {@code part}, a run of whole sentences.
 * {@code trailing} is the whitespace that followed this piece in the block text, so the block's
 * text is the pieces' {@code text + trailing} concatenated, and its translation the pieces'
 * translations joined the same way. {@code keep} are the ranges of {@code text} that must survive
 * translation unchanged (shifted from the block's ranges).
 */
public record Segment(int block, int part, String text, String trailing, List<Range> keep) {
  public Segment {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(trailing, "trailing");
    Objects.requireNonNull(keep, "keep");
    if (block < 0 || part < 0) {
      throw new IllegalArgumentException("bad segment index " + block + "/" + part);
    }
    for (int i = 0; i < trailing.length(); i++) {
      if (!FrenchSentenceSplitter.isSpace(trailing.charAt(i))) {
        throw new IllegalArgumentException(
            "trailing text of segment "
                + block
                + "/"
                + part
                + " is not whitespace: \""
                + trailing
                + "\"");
      }
    }
    for (Range r : keep) {
      if (r.end() > text.length()) {
        throw new IllegalArgumentException(
            "range "
                + r
                + " outside segment "
                + block
                + "/"
                + part
                + " of length "
                + text.length());
      }
    }
    keep = List.copyOf(keep);
  }

  /** The block text this segment stands for: its text and the whitespace after it. */
  public String source() {
    return text + trailing;
  }
}
