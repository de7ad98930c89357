package org.traduire.document;

/** A half-open range {@code [start, end)} of characters in a block's text that must survive translation unchanged. */
public record Range(int start, int end) {
  public Range {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad range [" + start + ", " + end + ")");
    }
  }

  public int length() {
    return end - start;
  }
}
