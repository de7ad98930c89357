package org.traduire.document;

import java.util.Locale;

/** The formats an input can be parsed as. */
public enum InputFormat {
  /** Plain text, headings recognised by the rules in {@code parse.HeadingRules}. */
  TEXT,
  /** CommonMark. */
  MARKDOWN,
  /** An HTML page: the article's headings, paragraphs, list items and quotes; see {@code parse.HtmlParser}. */
  HTML,
  /** One segment per line, for aligned corpora: the output keeps one line per input line. */
  LINES;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
