package org.traduire.parse;

import java.util.regex.Pattern;

/**
 * Tells Markdown from plain text by its block syntax: an ATX heading, a code fence, a setext
 * underline under a line of text, or several list items and inline links. Plain text may hold a
 * stray dash list or one bracket, so lists and links must add up before they count.
 */
final class MarkdownSigns {
  private static final Pattern ATX = Pattern.compile(" {0,3}#{1,6}[ \\t]+\\S.*");
  private static final Pattern FENCE = Pattern.compile(" {0,3}(```|~~~).*");
  private static final Pattern UNDERLINE = Pattern.compile(" {0,3}(=+|-{2,})[ \\t]*");
  private static final Pattern ITEM = Pattern.compile(" {0,3}([-*+]|\\d{1,9}[.)])[ \\t]+\\S.*");
  private static final Pattern LINK = Pattern.compile("!?\\[[^\\]\\n]+\\]\\([^)\\s]+[^)\\n]*\\)");

  /** List items and links needed, together, for the text to count as Markdown. */
  private static final int ENOUGH_ITEMS_AND_LINKS = 3;

  private MarkdownSigns() {}

  static boolean clear(String text) {
    SourceLines lines = SourceLines.of(text);
    int itemsAndLinks = 0;
    for (int i = 0; i < lines.count(); i++) {
      String line = lines.content(i);
      if (ATX.matcher(line).matches() || FENCE.matcher(line).matches()) {
        return true;
      }
      if (i > 0 && !lines.isBlank(i - 1) && UNDERLINE.matcher(line).matches()) {
        return true;
      }
      if (ITEM.matcher(line).matches()) {
        itemsAndLinks++;
      }
      itemsAndLinks += (int) LINK.matcher(line).results().count();
      if (itemsAndLinks >= ENOUGH_ITEMS_AND_LINKS) {
        return true;
      }
    }
    return false;
  }
}
