package org.traduire.parse;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.traduire.document.Markup;
import org.traduire.document.Range;

/**
 * The text of one HTML block, built from its nodes in source order: text with character
 * references decoded and white space collapsed as a browser shows it; every tag, comment and
 * opaque element (script, button, ...) as a {@link Markup} run; and inline code and elements
 * marked not to translate as one kept range holding their tags and text. Whatever lies between
 * nodes in the source (a stray end tag the parser ignored) is markup too, so the runs and the text
 * account for every character of the block's source.
 *
 * <p>The block is refused ({@code null}) when its nodes do not follow one another in the source,
 * which happens in malformed HTML the parser repaired by moving text (foster parenting): its
 * source then stays markup, untranslated, rather than being rewritten out of order. A start tag
 * found before the block, the copy of a formatting element the parser reopened, is left out.
 */
final class HtmlInline implements NodeFilter {
  /** A block's text and kept ranges, and the slice {@code [start, end)} of the input it covers. */
  record Result(String text, List<Range> keep, int start, int end) {}

  private final String input;
  private final int limit;
  private final StringBuilder text = new StringBuilder();
  private final List<Range> keep = new ArrayList<>();
  /** The input up to here is accounted for. */
  private int at;
  /** Where the first piece began; -1 until one does. */
  private int first = -1;
  /** Whether the last character of text is a space, or there is no text yet: spaces collapse. */
  private boolean space = true;
  private int keptDepth;
  private int keptFrom;
  private boolean broken;

  private HtmlInline(String input, int from, int limit, boolean fillStart) {
    this.input = input;
    this.at = from;
    this.limit = limit;
    if (fillStart) {
      first = from;
    }
  }

  /**
   * The text of {@code nodes}, siblings in order, whose source lies in {@code [from, limit)}.
   *
   * @param fillStart the block starts at {@code from} (just after its element's start tag), else
   *     at its first node
   * @param fillEnd the block ends at {@code limit} (its element's end tag), else after its last node
   * @return the result, or null when the nodes are out of source order
   */
  static Result of(
      String input, List<Node> nodes, int from, int limit, boolean fillStart, boolean fillEnd) {
    HtmlInline inline = new HtmlInline(input, from, limit, fillStart);
    for (Node node : nodes) {
      NodeTraversor.filter(inline, node);
      if (inline.broken) {
        return null;
      }
    }
    if (fillEnd) {
      inline.gap(limit);
    }
    if (inline.first < 0 || inline.at <= inline.first) {
      return null;
    }
    int last = inline.text.length() - 1;
    if (last >= 0 && inline.text.charAt(last) == ' ') {
      inline.text.setLength(last);
    }
    return new Result(inline.text.toString(), List.copyOf(inline.keep), inline.first, inline.at);
  }

  @Override
  public FilterResult head(Node node, int depth) {
    if (node instanceof TextNode t) {
      org.jsoup.nodes.Range r = t.sourceRange();
      if (!r.isTracked()) {
        broken = true;
      } else {
        place(r.startPos(), r.endPos());
        prose(t.getWholeText());
      }
    } else if (node instanceof Element e) {
      if (HtmlElements.isNoise(e)) {
        int start = HtmlElements.start(e);
        if (start >= 0) {
          markup(start, Math.max(HtmlElements.end(e), start));
        }
        return broken ? FilterResult.STOP : FilterResult.SKIP_ENTIRELY;
      }
      if (HtmlElements.isKeptInline(e) && keptDepth++ == 0) {
        keptFrom = text.length();
      }
      org.jsoup.nodes.Range r = e.sourceRange();
      if (r.isTracked() && !r.isImplicit() && r.startPos() >= at) {
        markup(r.startPos(), r.endPos());
      }
      if (e.nameIs("br")) {
        space();
      }
    } else {
      org.jsoup.nodes.Range r = node.sourceRange();
      if (r.isTracked()) {
        markup(r.startPos(), r.endPos());
      }
    }
    return broken ? FilterResult.STOP : FilterResult.CONTINUE;
  }

  @Override
  public FilterResult tail(Node node, int depth) {
    if (node instanceof Element e) {
      org.jsoup.nodes.Range r = e.endSourceRange();
      // A void element's end range is its start tag, already placed.
      if (r.isTracked() && !r.isImplicit() && r.startPos() >= at) {
        markup(r.startPos(), r.endPos());
      }
      if (HtmlElements.isKeptInline(e) && --keptDepth == 0) {
        addKeep(keptFrom, text.length());
      }
    }
    return broken ? FilterResult.STOP : FilterResult.CONTINUE;
  }

  /** Accounts for the input up to {@code start} and moves past {@code [start, end)}, or breaks. */
  private void place(int start, int end) {
    if (start < at || end > limit || end < start) {
      broken = true;
      return;
    }
    if (first < 0) {
      first = start;
      at = start;
    }
    gap(start);
    at = end;
  }

  /** Input the parser made no node of, from where the last piece ended to {@code pos}, as markup. */
  private void gap(int pos) {
    if (pos > at && first >= 0) {
      run(input.substring(at, pos));
    }
    at = Math.max(at, pos);
  }

  private void markup(int start, int end) {
    place(start, end);
    if (!broken) {
      run(input.substring(start, end));
    }
  }

  private void run(String markup) {
    int from = text.length();
    text.append(Markup.OPEN).append(clean(markup)).append(Markup.CLOSE);
    if (keptDepth == 0) {
      addKeep(from, text.length());
    }
  }

  private void prose(String decoded) {
    for (int i = 0; i < decoded.length(); i++) {
      char c = decoded.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
        space();
      } else if (c != Markup.OPEN && c != Markup.CLOSE) {
        text.append(c);
        space = false;
      }
    }
  }

  private void space() {
    if (!space) {
      text.append(' ');
      space = true;
    }
  }

  /** Adds a kept range, merged with the previous one when they touch: one placeholder, not two. */
  private void addKeep(int from, int to) {
    if (to <= from) {
      return;
    }
    int last = keep.size() - 1;
    if (last >= 0 && keep.get(last).end() == from) {
      keep.set(last, new Range(keep.get(last).start(), to));
    } else {
      keep.add(new Range(from, to));
    }
  }

  private static String clean(String markup) {
    return markup.replace(String.valueOf(Markup.OPEN), "").replace(String.valueOf(Markup.CLOSE), "");
  }
}
