package org.traduire.chunk;

import java.util.List;
import java.util.Objects;
import org.traduire.document.Range;

/**
 * One piece of a block's text sent to a backend: the whole text of block {@code block}, or, for
 * a block too long for one chunk, its sentence number {@code part}. {@code trailing} is the
 * whitespace that followed this piece in the block text, so the block's translation is the
 * pieces' translations joined with their trailing whitespace. {@code keep} are the ranges of
 * {@code text} that must survive translation unchanged (shifted from the block's ranges).
 */
public record Segment(int block, int part, String text, String trailing, List<Range> keep) {
  public Segment {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(trailing, "trailing");
    if (block < 0 || part < 0) {
      throw new IllegalArgumentException("bad segment index " + block + "/" + part);
    }
    keep = List.copyOf(keep);
  }
}
