package org.traduire.document;

import java.util.Objects;

/**
 * A run of blocks {@code [start, end)} that begins at a heading (or, for the text before the
 * first heading, at the start of the document, with level 0) and runs to the next heading.
 * {@code language} is {@link Detection#UNKNOWN} until the detect stage sets it.
 */
public record Section(int index, int level, int start, int end, String title, Detection language) {
  public Section {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad section block range [" + start + ", " + end + ")");
    }
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(language, "language");
  }

  public Section withLanguage(Detection detection) {
    return new Section(index, level, start, end, title, detection);
  }

  public boolean contains(int block) {
    return block >= start && block < end;
  }
}
