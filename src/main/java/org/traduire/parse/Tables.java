package org.traduire.parse;

import java.util.List;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/**
 * GitHub-style pipe tables, which core CommonMark reads as paragraphs: a header row holding a
 * {@code |} and, on the next line, a delimiter row such as {@code |---|:--:|}. They are kept
 * verbatim rather than sent as one run-on paragraph of cells.
 */
final class Tables {
  private Tables() {}

  static boolean isTable(String text, Node paragraph) {
    List<SourceSpan> spans = paragraph.getSourceSpans();
    if (spans.size() < 2) {
      return false;
    }
    return span(text, spans.get(0)).indexOf('|') >= 0 && isDelimiterRow(span(text, spans.get(1)));
  }

  static boolean isDelimiterRow(String line) {
    String s = line.strip();
    if (s.indexOf('|') < 0 || s.indexOf('-') < 0) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if ("|:- \t".indexOf(s.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  private static String span(String text, SourceSpan s) {
    return text.substring(s.getInputIndex(), s.getInputIndex() + s.getLength());
  }
}
