package org.traduire.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.traduire.document.Range;

/**
 * The translatable text of a Markdown leaf block: its inline source, line by line without the
 * container markers and indentation, joined with single spaces; and the ranges of that text that
 * must survive translation (code spans, link targets, autolinks, inline HTML), found from the
 * inline nodes' source spans.
 */
final class InlineText {
  /** A piece of one input line {@code [in, in + length)} copied to the text at {@code at}. */
  private record Piece(int in, int length, int at) {
    int inEnd() {
      return in + length;
    }
  }

  private final String input;
  private final String text;
  private final List<Piece> pieces;

  private InlineText(String input, String text, List<Piece> pieces) {
    this.input = input;
    this.text = text;
    this.pieces = pieces;
  }

  /**
   * The inline text of {@code block}: the parts of its line spans that lie between the start of its
   * first inline child and the end of its last, which leaves out ATX markers and setext underlines.
   * Each part is trimmed and loses the backslash of a hard line break, since the text is one line.
   */
  static InlineText of(String input, Node block) {
    Set<Integer> breaks = new TreeSet<>();
    backslashBreaks(block, breaks);
    int from = Integer.MAX_VALUE;
    int to = -1;
    for (Node child = block.getFirstChild(); child != null; child = child.getNext()) {
      for (SourceSpan s : child.getSourceSpans()) {
        from = Math.min(from, s.getInputIndex());
        to = Math.max(to, s.getInputIndex() + s.getLength());
      }
    }
    StringBuilder sb = new StringBuilder();
    List<Piece> pieces = new ArrayList<>();
    for (SourceSpan s : block.getSourceSpans()) {
      int start = Math.max(from, s.getInputIndex());
      int end = Math.min(to, s.getInputIndex() + s.getLength());
      while (start < end && isBlank(input.charAt(start))) {
        start++;
      }
      while (end > start && (isBlank(input.charAt(end - 1)) || breaks.contains(end - 1))) {
        end--;
      }
      if (start < end) {
        if (sb.length() > 0) {
          sb.append(' ');
        }
        pieces.add(new Piece(start, end - start, sb.length()));
        sb.append(input, start, end);
      }
    }
    return new InlineText(input, sb.toString(), List.copyOf(pieces));
  }

  /** The input index of each backslash that makes a hard line break under {@code node}. */
  private static void backslashBreaks(Node node, Set<Integer> out) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof HardLineBreak) {
        for (SourceSpan s : child.getSourceSpans()) {
          out.add(s.getInputIndex());
        }
      }
      backslashBreaks(child, out);
    }
  }

  String text() {
    return text;
  }

  /** The ranges of the text to keep, sorted, overlaps merged. */
  List<Range> keep(Node block) {
    List<Range> ranges = new ArrayList<>();
    collect(block, ranges);
    ranges.sort(Comparator.comparingInt(Range::start));
    List<Range> merged = new ArrayList<>();
    for (Range r : ranges) {
      Range last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && r.start() < last.end()) {
        merged.set(merged.size() - 1, new Range(last.start(), Math.max(last.end(), r.end())));
      } else {
        merged.add(r);
      }
    }
    return List.copyOf(merged);
  }

  private void collect(Node node, List<Range> ranges) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (child.getSourceSpans().isEmpty()) {
        continue;
      }
      int start = start(child);
      int end = end(child);
      if (child instanceof Code || child instanceof HtmlInline) {
        add(ranges, start, end);
      } else if (child instanceof Link || child instanceof Image) {
        add(ranges, target(child, start, end), end);
      }
      collect(child, ranges);
    }
  }

  /**
   * Where the part of a link or image to keep begins: after the label's closing bracket, so {@code
   * (url "title")} or {@code [ref]} is kept and the label is translated. Autolinks, shortcut {@code
   * [ref]} and collapsed {@code [ref][]} references are kept whole, since their label is the
   * reference itself.
   */
  private int target(Node link, int start, int end) {
    if (input.charAt(start) == '<') {
      return start;
    }
    int close = start + (link instanceof Image ? 2 : 1);
    for (Node child = link.getFirstChild(); child != null; child = child.getNext()) {
      if (!child.getSourceSpans().isEmpty()) {
        close = Math.max(close, end(child));
      }
    }
    if (close >= end || input.charAt(close) != ']') {
      return start;
    }
    String rest = input.substring(close + 1, end);
    return rest.isEmpty() || rest.equals("[]") ? start : close + 1;
  }

  private void add(List<Range> ranges, int inStart, int inEnd) {
    int from = toText(inStart, true);
    int to = toText(inEnd, false);
    if (from < to) {
      ranges.add(new Range(from, to));
    }
  }

  /**
   * The text index of input index {@code in}: a start that falls between pieces moves to the next
   * piece, an end to the previous one.
   */
  private int toText(int in, boolean start) {
    if (start) {
      for (Piece p : pieces) {
        if (in < p.inEnd()) {
          return p.at() + Math.max(0, in - p.in());
        }
      }
      return text.length();
    }
    for (int i = pieces.size() - 1; i >= 0; i--) {
      Piece p = pieces.get(i);
      if (in > p.in()) {
        return p.at() + Math.min(p.length(), in - p.in());
      }
    }
    return 0;
  }

  private static int start(Node node) {
    return node.getSourceSpans().get(0).getInputIndex();
  }

  private static int end(Node node) {
    List<SourceSpan> spans = node.getSourceSpans();
    SourceSpan last = spans.get(spans.size() - 1);
    return last.getInputIndex() + last.getLength();
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t';
  }
}
