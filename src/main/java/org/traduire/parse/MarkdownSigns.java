package org.traduire.parse;

import java.util.regex.Pattern;

/**
 * Tells Markdown from plain text by its syntax: an ATX heading, a code fence, a setext underline
 * under a line of text, or inline links {@code [x](y)} (two, or one in a list of two items or
 * more). A list alone does not decide: plain-text articles have dash lists too, and reading one as
 * Markdown would lose its plain-text headings.
 */
final class MarkdownSigns {
  private static final Pattern ATX = Pattern.compile(" {0,3}#{1,6}[ \\t]+\\S.*");
  private static final Pattern FENCE = Pattern.compile(" {0,3}(```|~~~).*");
  private static final Pattern UNDERLINE = Pattern.compile(" {0,3}(=+|-{2,})[ \\t]*");
  private static final Pattern ITEM = Pattern.compile(" {0,3}([-*+]|\\d{1,9}[.)])[ \\t]+\\S.*");
  private static final Pattern LINK = Pattern.compile("!?\\[[^\\]\\n]+\\]\\([^)\\s]+[^)\\n]*\\)");

  /** Links needed for the text to count as Markdown; one fewer will do in a list. */
  private static final int ENOUGH_LINKS = 2;

  private static final int ENOUGH_ITEMS_WITH_A_LINK = 2;

  private MarkdownSigns() {}

  static boolean clear(String text) {
    Scan scan = new Scan();
    scan.feed(text);
    return scan.clear();
  }

  /** The signs of a text given a piece at a time, counted as over the whole text. */
  static final class Scan {
    private int items;
    private int links;
    private boolean previousBlank = true;
    private boolean clear;

    void feed(String piece) {
      SourceLines lines = SourceLines.of(piece);
      for (int i = 0; i < lines.count() && !clear; i++) {
        String line = lines.content(i);
        clear = sign(line);
        previousBlank = lines.isBlank(i);
      }
    }

    boolean clear() {
      return clear;
    }

    private boolean sign(String line) {
      if (ATX.matcher(line).matches() || FENCE.matcher(line).matches()) {
        return true;
      }
      if (!previousBlank && UNDERLINE.matcher(line).matches()) {
        return true;
      }
      if (ITEM.matcher(line).matches()) {
        items++;
      }
      links += (int) LINK.matcher(line).results().count();
      return links >= ENOUGH_LINKS || (links > 0 && items >= ENOUGH_ITEMS_WITH_A_LINK);
    }
  }
}
