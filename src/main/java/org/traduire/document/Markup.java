package org.traduire.document;

import java.util.ArrayList;
import java.util.List;

/**
 * Inline markup carried inside a block's text: a run of input markup (an HTML tag, a comment)
 * enclosed between {@link #OPEN} and {@link #CLOSE}. The HTML parser puts every inline tag of a
 * block in its text this way and lists the runs as {@link Block#keep() keep} ranges, so the backend
 * sees a placeholder and the tags come back where the backend put the placeholder.
 *
 * <p>The two delimiters are Unicode noncharacters (U+FDD0, U+FDD1), which Unicode reserves for a
 * program's internal use; the decoder replaces any found in an input, so they never come from one.
 * Text without them is unaffected by every method here.
 */
public final class Markup {
  /** Starts a run of markup. */
  public static final char OPEN = '\uFDD0';
  /** Ends a run of markup. */
  public static final char CLOSE = '\uFDD1';

  private Markup() {}

  /** {@code markup} as a run, ready to go into a block's text. */
  public static String run(String markup) {
    return OPEN + markup + CLOSE;
  }

  /** One piece of a text: prose, or the markup of one run (without its delimiters). */
  public record Piece(String text, boolean markup) {}

  /**
   * The text cut into prose and markup runs, in order. A delimiter without its partner is taken as
   * prose, dropped from the text.
   */
  public static List<Piece> pieces(String text) {
    List<Piece> pieces = new ArrayList<>();
    StringBuilder prose = new StringBuilder();
    int at = 0;
    while (at < text.length()) {
      int open = text.indexOf(OPEN, at);
      int close = open < 0 ? -1 : text.indexOf(CLOSE, open + 1);
      if (close < 0) {
        prose.append(text, at, text.length());
        break;
      }
      prose.append(text, at, open);
      String inner = text.substring(open + 1, close);
      int nested = inner.lastIndexOf(OPEN);
      if (nested >= 0) { // an unpaired OPEN before this run: prose up to the last one
        prose.append(inner, 0, nested);
        inner = inner.substring(nested + 1);
      }
      if (prose.length() > 0) {
        pieces.add(new Piece(strip(prose.toString()), false));
        prose.setLength(0);
      }
      pieces.add(new Piece(inner, true));
      at = close + 1;
    }
    if (prose.length() > 0) {
      pieces.add(new Piece(strip(prose.toString()), false));
    }
    return pieces;
  }

  /** True when the text holds at least one run of markup. */
  public static boolean has(String text) {
    int open = text.indexOf(OPEN);
    return open >= 0 && text.indexOf(CLOSE, open) > 0;
  }

  /**
   * The text as a reader sees it: the runs of markup taken out and the spaces they leave doubled
   * or at the ends collapsed. Text without markup comes back as it is.
   */
  public static String readable(String text) {
    if (!has(text)) {
      return text;
    }
    StringBuilder sb = new StringBuilder(text.length());
    for (Piece p : pieces(text)) {
      if (!p.markup()) {
        sb.append(p.text());
      }
    }
    return sb.toString().replaceAll(" {2,}", " ").strip();
  }

  private static String strip(String prose) {
    return prose.replace(String.valueOf(OPEN), "").replace(String.valueOf(CLOSE), "");
  }
}
