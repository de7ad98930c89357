package org.traduire.parse;

/**
 * YAML front matter at the top of a Markdown file: a {@code ---} line, the metadata, and a closing
 * {@code ---} or {@code ...} line. CommonMark does not know it (it would read a thematic break and
 * a setext heading), so it is blanked out before parsing and kept verbatim.
 */
final class FrontMatter {
  private FrontMatter() {}

  /** The number of lines the front matter takes at the top of the text, 0 when there is none. */
  static int lines(SourceLines lines) {
    if (lines.count() < 2 || !lines.content(0).stripTrailing().equals("---")) {
      return 0;
    }
    for (int i = 1; i < lines.count(); i++) {
      String line = lines.content(i).stripTrailing();
      if (line.equals("---") || line.equals("...")) {
        return i + 1;
      }
    }
    return 0;
  }

  /**
   * The text with its first {@code count} lines' characters turned to spaces: the same length and
   * line structure, so source spans still index the original text, but blank to the parser.
   */
  static String blankOut(String text, SourceLines lines, int count) {
    if (count == 0) {
      return text;
    }
    StringBuilder sb = new StringBuilder(text);
    for (int i = 0; i < lines.start(count); i++) {
      if (sb.charAt(i) != '\n') {
        sb.setCharAt(i, ' ');
      }
    }
    return sb.toString();
  }
}
