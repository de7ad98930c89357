package org.traduire.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.traduire.document.Block;
import org.traduire.document.Document;
import org.traduire.document.InputFormat;

/**
 * Plain text: paragraphs split at blank lines and unwrapped, list items recognised by their marker,
 * headings recognised by {@link HeadingRules}, and every run of blank lines kept verbatim.
 */
final class PlainTextParser implements Parser {
  /** Indentation, a bullet or a number, and the spaces after it, before some text. */
  private static final Pattern ITEM = Pattern.compile("^(\\s*(?:[-*•–]|\\d{1,3}[.)])[ \\t]+)\\S");

  /** A run of lines {@code [from, to)}: blank, a paragraph, or one list item. */
  private record Part(Type type, int from, int to, String lead) {}

  private enum Type {
    BLANK,
    PARAGRAPH,
    ITEM
  }

  /**
   * Where a piece of text stands in a longer one (see {@link PlainTextWindows}).
   *
   * @param first whether the piece starts the text
   * @param title the text's title, when the piece does not start it
   * @param textFollows whether text with a non-blank line follows the piece
   */
  record Context(boolean first, String title, boolean textFollows) {
    static final Context WHOLE = new Context(true, "", false);
  }

  /** A parsed piece of text and the title of the text it belongs to ("" when it has none). */
  record Parsed(Document document, String title) {}

  @Override
  public Document parse(String text) {
    return parse(text, Context.WHOLE).document();
  }

  /**
   * {@code text}, a piece of a longer text cut just before a line that follows a blank line, parsed
   * as that line and the ones after it are in the whole text.
   */
  Parsed parse(String text, Context context) {
    SourceLines lines = SourceLines.of(text);
    List<Part> parts = split(lines);
    String title = context.first() ? "" : context.title();
    for (int i = 0; context.first() && i < parts.size() && i < 2 && title.isEmpty(); i++) {
      if (isOneLineParagraph(parts.get(i))) {
        title = HeadingRules.title(candidate(lines, parts, i, context));
      }
    }
    List<Block> blocks = new ArrayList<>(parts.size());
    for (int i = 0; i < parts.size(); i++) {
      Part part = parts.get(i);
      String source = lines.lines(part.from(), part.to());
      switch (part.type()) {
        case BLANK -> blocks.add(new Block.Verbatim(source));
        case ITEM -> blocks.add(item(lines, part, source));
        case PARAGRAPH -> {
          int level =
              isOneLineParagraph(part) ? HeadingRules.level(candidate(lines, parts, i, context), title) : 0;
          String unwrapped = unwrap(lines, part.from(), part.to());
          blocks.add(
              level > 0
                  ? new Block.Heading(level, source, unwrapped)
                  : new Block.Paragraph(source, unwrapped));
        }
      }
    }
    return new Parsed(new Document(InputFormat.TEXT, blocks), title);
  }

  private static boolean isOneLineParagraph(Part part) {
    return part.type() == Type.PARAGRAPH && part.to() - part.from() == 1;
  }

  private static Block item(SourceLines lines, Part part, String source) {
    String first = lines.content(part.from()).substring(part.lead().length()).strip();
    String rest = unwrap(lines, part.from() + 1, part.to());
    String text = rest.isEmpty() ? first : first + " " + rest;
    return new Block.ListItem(source, text, part.lead(), List.of());
  }

  private static HeadingRules.Candidate candidate(SourceLines lines, List<Part> parts, int i, Context context) {
    boolean first = context.first() && (i == 0 || (i == 1 && parts.get(0).type() == Type.BLANK));
    boolean standsAlone = i == 0 || parts.get(i - 1).type() == Type.BLANK;
    boolean followedByText = context.textFollows();
    for (int j = i + 1; j < parts.size() && !followedByText; j++) {
      followedByText = parts.get(j).type() != Type.BLANK;
    }
    return new HeadingRules.Candidate(
        lines.content(parts.get(i).from()), first, standsAlone, followedByText);
  }

  /** Cuts the lines into blank runs, paragraphs and list items. */
  private static List<Part> split(SourceLines lines) {
    List<Part> parts = new ArrayList<>();
    int n = lines.count();
    int i = 0;
    while (i < n) {
      int j = i + 1;
      if (lines.isBlank(i)) {
        while (j < n && lines.isBlank(j)) {
          j++;
        }
        parts.add(new Part(Type.BLANK, i, j, ""));
      } else if (marker(lines, i) != null) {
        // Indented lines without a marker of their own continue the item.
        while (j < n
            && !lines.isBlank(j)
            && Character.isWhitespace(lines.line(j).charAt(0))
            && marker(lines, j) == null) {
          j++;
        }
        parts.add(new Part(Type.ITEM, i, j, marker(lines, i)));
      } else {
        while (j < n && !lines.isBlank(j) && !interruptsParagraph(lines, j)) {
          j++;
        }
        parts.add(new Part(Type.PARAGRAPH, i, j, ""));
      }
      i = j;
    }
    return parts;
  }

  /**
   * True when line {@code line}, inside a paragraph, starts a list item: a bullet ({@code -},
   * {@code *}, {@code •}) always does; a dash or a number only after a line ending in a colon,
   * since hard-wrapped prose can put {@code – incise} or {@code 5. Or, ...} at the start of a line.
   */
  private static boolean interruptsParagraph(SourceLines lines, int line) {
    String lead = marker(lines, line);
    if (lead == null) {
      return false;
    }
    return "-*•".indexOf(lead.strip().charAt(0)) >= 0
        || lines.content(line - 1).stripTrailing().endsWith(":");
  }

  /** The list-item lead of the line (indentation, marker, spaces), or null. */
  private static String marker(SourceLines lines, int line) {
    Matcher m = ITEM.matcher(lines.content(line));
    return m.find() ? m.group(1) : null;
  }

  /** Lines {@code [from, to)}, each stripped, joined with single spaces. */
  private static String unwrap(SourceLines lines, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < to; i++) {
      String s = lines.content(i).strip();
      if (!s.isEmpty()) {
        if (sb.length() > 0) {
          sb.append(' ');
        }
        sb.append(s);
      }
    }
    return sb.toString();
  }
}
