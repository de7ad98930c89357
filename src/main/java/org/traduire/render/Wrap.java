package org.traduire.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts text into lines no wider than a column, measured in display columns: prose at word
 * boundaries (a word wider than the column is broken), code and raw lines hard, keeping their
 * indentation. Tabs become spaces and control characters U+FFFD, so every line shows as wide as it
 * is measured.
 */
final class Wrap {
  private static final int TAB = 4;

  private Wrap() {}

  /**
   * Prose wrapped to {@code width}, the first line led by {@code lead} and the next ones by {@link
   * #continuation(String)} of it. Whitespace, line ends included, separates words; no-break spaces
   * do not.
   */
  static List<String> prose(String lead, String text, int width) {
    String first = clean(lead, 0);
    if (DisplayWidth.of(first) * 2 > width) { // a lead that long is just more text
      return prose("", first + " " + text, width);
    }
    String rest = continuation(first);
    int room = width - DisplayWidth.of(first);
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    int used = 0;
    for (String raw : words(text)) {
      String word = clean(raw, 0);
      int w = DisplayWidth.of(word);
      if (line.length() > 0 && used + 1 + w <= room) {
        line.append(' ').append(word);
        used += 1 + w;
        continue;
      }
      if (line.length() > 0) {
        lines.add(line.toString());
        line.setLength(0);
      }
      List<String> pieces = w <= room ? List.of(word) : cut(word, room);
      lines.addAll(pieces.subList(0, pieces.size() - 1));
      line.append(pieces.get(pieces.size() - 1));
      used = DisplayWidth.of(line);
    }
    lines.add(line.toString());
    List<String> led = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      led.add(((i == 0 ? first : rest) + lines.get(i)).stripTrailing());
    }
    return led;
  }

  /**
   * The words of {@code text}: runs between whitespace, where no-break spaces are not whitespace.
   */
  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (Character.isWhitespace(c)) {
        if (start >= 0) {
          words.add(text.substring(start, i));
          start = -1;
        }
      } else if (start < 0) {
        start = i;
      }
      i += Character.charCount(c);
    }
    if (start >= 0) {
      words.add(text.substring(start));
    }
    return words;
  }

  /** One raw line (code, a separator) cut every {@code width} columns; an empty line stays. */
  static List<String> hard(String line, int width) {
    String clean = clean(line, 0).stripTrailing();
    return clean.isEmpty() ? List.of("") : cut(clean, width);
  }

  /**
   * What leads the lines after the first: the lead with everything but quote bars blanked, so list
   * items hang and quotes keep their {@code >} on every line.
   */
  private static String continuation(String lead) {
    StringBuilder sb = new StringBuilder();
    lead.codePoints()
        .forEach(
            c -> {
              if (c == '>' || c == '|') {
                sb.appendCodePoint(c);
              } else {
                sb.append(" ".repeat(DisplayWidth.of(c)));
              }
            });
    return sb.toString();
  }

  /** Pieces of at most {@code width} columns; zero-width marks stay with the character before. */
  private static List<String> cut(String text, int width) {
    List<String> pieces = new ArrayList<>();
    StringBuilder piece = new StringBuilder();
    int used = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      int w = DisplayWidth.of(c);
      if (used + w > width && used > 0) {
        pieces.add(piece.toString());
        piece.setLength(0);
        used = 0;
      }
      piece.appendCodePoint(c);
      used += w;
      i += Character.charCount(c);
    }
    pieces.add(piece.toString());
    return pieces;
  }

  /**
   * Tabs expanded to the next multiple of four columns (counting from {@code column}), other
   * control characters replaced by U+FFFD so none reaches a terminal.
   */
  private static String clean(String text, int column) {
    StringBuilder sb = new StringBuilder(text.length());
    int col = column;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (c == '\t') {
        int spaces = TAB - col % TAB;
        sb.append(" ".repeat(spaces));
        col += spaces;
      } else if (c == '\n' || c == '\r') {
        sb.append(' ');
        col++;
      } else if (c < 0x20 || (c >= 0x7F && c < 0xA0)) {
        sb.append('\uFFFD');
        col++;
      } else {
        sb.appendCodePoint(c);
        col += DisplayWidth.of(c);
      }
    }
    return sb.toString();
  }
}
