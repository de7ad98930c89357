package org.traduire.render;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.traduire.document.AlignedBlock;
import org.traduire.document.BilingualDocument;
import org.traduire.document.Block;
import org.traduire.document.Kind;
import org.traduire.document.Status;

/**
 * French on the left, English on the right, each block's rows level with its translation's.
 *
 * <p>Layout: a header row and a rule, then one row group per block, as tall as its taller side,
 * with one empty row between groups (blank-line runs collapse into it; items of a tight list stay
 * together). Prose wraps at word boundaries to its column, list items hang under their marker and
 * quotes repeat their {@code >}. Headings drop their markup and are underlined, {@code ═} for the
 * title and {@code ─} below it. Code and other verbatim text are shown in both columns,
 * hard-wrapped at the narrower column's edge so nothing is lost and both sides match. A failed
 * block shows {@code [untranslated: why]} and then the French in the English column. Widths are
 * display widths, lines carry no trailing spaces, and the output is plain text.
 */
final class SideBySideRenderer implements Renderer {
  private static final String GUTTER = " │ ";

  private final int left;
  private final int right;
  private final boolean colour;

  SideBySideRenderer(RenderOptions options) {
    int columns = options.width() - GUTTER.length();
    this.left = columns / 2;
    this.right = columns - left;
    this.colour = options.colour();
  }

  @Override
  public void render(BilingualDocument document, Writer out) throws IOException {
    new Sheet().next(document, out);
  }

  /** A sheet written from a document given in parts, in order; the whole document is one part. */
  PartRenderer sheet() {
    return new Sheet();
  }

  /** The rows written so far: whether the header is out, and what the last block was. */
  private final class Sheet implements PartRenderer {
    private boolean started;
    private Kind previous;
    private boolean blank;

    @Override
    public void next(BilingualDocument part, Writer out) throws IOException {
      List<String> rows = new ArrayList<>();
      if (!started) {
        rows.add(row("Français", "English", Style.HEADING, Style.HEADING));
        rows.add("─".repeat(left + 1) + "┼" + "─".repeat(right + 1));
        started = true;
      }
      for (AlignedBlock block : part.blocks()) {
        Block source = block.source();
        if (source.kind() == Kind.VERBATIM && source.display().isBlank()) {
          blank |= source.source().isBlank(); // markup between HTML list items keeps a list tight
          continue;
        }
        boolean tightList = previous == Kind.LIST_ITEM && source.kind() == Kind.LIST_ITEM && !blank;
        if (previous != null && !tightList) {
          rows.add(row("", ""));
        }
        group(block, rows);
        previous = source.kind();
        blank = false;
        write(rows, out); // a block at a time: all the rows of a large input at once would be a second copy of it
      }
      write(rows, out);
    }
  }

  private static void write(List<String> rows, Writer out) throws IOException {
    for (String row : rows) {
      out.write(row);
      out.write('\n');
    }
    rows.clear();
  }

  private void group(AlignedBlock block, List<String> rows) {
    List<String> french;
    List<String> english;
    Block source = block.source();
    boolean failed = block.status() == Status.FAILED;
    String translation = failed || !source.translatable() ? source.text() : block.translation();
    switch (source.kind()) {
      case HEADING -> {
        french = Wrap.prose("", source.text(), left);
        english = new ArrayList<>();
        if (failed) {
          english.addAll(Wrap.prose("", Renderers.untranslated(block), right));
        }
        english.addAll(Wrap.prose("", translation, right));
        // Both underlines on one row, below the taller side's text.
        String rule = ((Block.Heading) source).level() == 1 ? "═" : "─";
        french = underlined(french, english.size(), rule);
        english = underlined(english, french.size() - 1, rule);
      }
      case CODE, VERBATIM -> {
        // The narrower width on both sides, so both columns show the same lines.
        french = raw(source, Math.min(left, right));
        english = new ArrayList<>();
        if (failed) {
          english.addAll(Wrap.prose("", Renderers.untranslated(block), right));
        }
        english.addAll(french);
      }
      default -> {
        french = Wrap.prose(source.lead(), source.text(), left);
        String mark = failed ? Renderers.untranslated(block) + " " : "";
        english = Wrap.prose(source.lead(), mark + translation, right);
      }
    }
    Style frenchStyle = styleOf(block, false);
    Style englishStyle = styleOf(block, true);
    for (int i = 0; i < Math.max(french.size(), english.size()); i++) {
      rows.add(
          row(i < french.size() ? french.get(i) : "", i < english.size() ? english.get(i) : "",
              frenchStyle, englishStyle));
    }
  }

  /** Headings stand out, kept text is dim, and a failed block's English side is red. */
  static Style styleOf(AlignedBlock block, boolean english) {
    Kind kind = block.source().kind();
    if (english && block.status() == Status.FAILED) {
      return Style.FAILED;
    }
    if (kind == Kind.HEADING) {
      return Style.HEADING;
    }
    if (kind == Kind.CODE || kind == Kind.VERBATIM || english && block.status() == Status.KEPT) {
      return Style.KEPT;
    }
    return Style.PLAIN;
  }

  /** {@code lines} padded with empty lines to {@code height}, then underlined. */
  private static List<String> underlined(List<String> lines, int height, String rule) {
    List<String> out = new ArrayList<>(lines);
    while (out.size() < height) {
      out.add("");
    }
    out.add(rule.repeat(lines.stream().mapToInt(DisplayWidth::of).max().orElse(0)));
    return out;
  }

  /**
   * The lines of a code or verbatim block, without the blank lines at the ends of verbatim, cut to
   * {@code width}.
   */
  private static List<String> raw(Block block, int width) {
    List<String> lines = Renderers.rawLines(block);
    List<String> cut = new ArrayList<>();
    for (String line : lines) {
      cut.addAll(Wrap.hard(line, width));
    }
    return cut;
  }

  private String row(String french, String english) {
    return row(french, english, Style.PLAIN, Style.PLAIN);
  }

  /** One line: the French cell padded to its column by display width, the gutter, the English cell. */
  private String row(String french, String english, Style frenchStyle, Style englishStyle) {
    int pad = Math.max(0, left - DisplayWidth.of(french));
    String line = frenchStyle.apply(french, colour) + " ".repeat(pad) + GUTTER + englishStyle.apply(english.stripTrailing(), colour);
    return line.stripTrailing();
  }
}
