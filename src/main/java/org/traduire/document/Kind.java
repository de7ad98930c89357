package org.traduire.document;

import java.util.Locale;

/** The kinds of block, as named in JSON output. */
public enum Kind {
  HEADING,
  PARAGRAPH,
  LIST_ITEM,
  QUOTE,
  CODE,
  VERBATIM;

  /** The lower-case name used in output formats, e.g. {@code list_item}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
