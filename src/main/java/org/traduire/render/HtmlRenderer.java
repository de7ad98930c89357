package org.traduire.render;

import java.io.IOException;
import java.io.Writer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.traduire.document.AlignedBlock;
import org.traduire.document.BilingualDocument;
import org.traduire.document.Block;
import org.traduire.document.Kind;
import org.traduire.document.Status;

/**
 * One self-contained HTML page: French on the left, English on the right, one row per block, so
 * each block sits level with its translation.
 *
 * <p>Each row is {@code <div class="row KIND STATUS">} holding {@code <div class="fr" lang="fr">}
 * and {@code <div class="en" lang="en">}; a row is a two-column CSS grid, so both cells start at
 * the same height. Headings are {@code <h1>}..{@code <h6>} in both cells, list items {@code <ul>}
 * or {@code <ol start>} items, quotes {@code <blockquote>}, code and other verbatim text {@code
 * <pre><code>} in both cells. Blank-line blocks are dropped. A failed block's English cell has the
 * class {@code failed}, a red {@code untranslated: why} badge and the French text; a prose block
 * kept as it is (already English) has the class {@code kept}, muted, with a {@code kept: why}
 * label. The style sheet is inline: the columns stack on screens narrower than 700 px, print stays
 * two columns in black on white, and a dark scheme follows {@code prefers-color-scheme}. There is
 * no script and no external resource. Every text is escaped, so markup in a translation shows as
 * text.
 */
final class HtmlRenderer implements Renderer {
  private static final Pattern ORDERED = Pattern.compile("\\s*(\\d{1,9})[.)]\\s*");

  private static final String STYLE =
      """
      :root {
        color-scheme: light dark;
        --bg: #fdfdfc; --fg: #1f1f1f; --muted: #6a6a6a; --rule: #d9d9d6; --accent: #1f4e8c;
        --code: #f2f2ef; --failed: #b3261e; --failed-bg: #fcebea; --kept-bg: #f4f4f2;
      }
      @media (prefers-color-scheme: dark) {
        :root {
          --bg: #16181b; --fg: #e4e4e1; --muted: #9a9a96; --rule: #3a3d42; --accent: #8db4ee;
          --code: #23262b; --failed: #f28b82; --failed-bg: #3a1f1e; --kept-bg: #1f2125;
        }
      }
      * { box-sizing: border-box; }
      body {
        margin: 0 auto; padding: 1rem 1.5rem 3rem; max-width: 80rem;
        background: var(--bg); color: var(--fg);
        font: 1rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
      }
      .meta { color: var(--muted); font-size: .85rem; margin: 0 0 1rem; }
      .row {
        display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
        column-gap: 2rem;
      }
      .row > div { overflow-wrap: anywhere; padding: .35rem 0; }
      .row > .en { border-left: 1px solid var(--rule); padding-left: 1rem; margin-left: -1rem; }
      .row > div > :first-child { margin-top: 0; }
      .row > div > :last-child { margin-bottom: 0; }
      .columns { border-bottom: 1px solid var(--rule); color: var(--muted); font-size: .8rem;
        font-weight: 600; letter-spacing: .05em; text-transform: uppercase; }
      .heading > div { padding-top: 1.2rem; }
      h1, h2, h3, h4, h5, h6 { color: var(--accent); line-height: 1.25; margin: 0; }
      h1 { font-size: 1.7rem; } h2 { font-size: 1.35rem; } h3 { font-size: 1.15rem; }
      h4, h5, h6 { font-size: 1rem; }
      p, ul, ol, blockquote, pre { margin: 0; }
      ul, ol { padding-left: 1.5rem; }
      blockquote { border-left: 3px solid var(--rule); padding-left: .8rem; font-style: italic; }
      pre {
        background: var(--code); padding: .5rem .7rem; border-radius: 4px; overflow-x: auto;
        white-space: pre-wrap; tab-size: 4;
        font: .875rem/1.45 ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace;
      }
      .badge {
        display: inline-block; margin-right: .4rem; padding: 0 .4rem; border-radius: 3px;
        font: 600 .75rem/1.6 system-ui, sans-serif; font-style: normal; vertical-align: .1em;
      }
      .en.failed { background: var(--failed-bg); box-shadow: inset 3px 0 var(--failed); }
      .en.failed .badge { background: var(--failed); color: var(--bg); }
      .en.kept { color: var(--muted); background: var(--kept-bg); }
      .en.kept .badge { border: 1px solid var(--muted); }
      @media screen and (max-width: 700px) {
        body { padding: .75rem; }
        .row { grid-template-columns: minmax(0, 1fr); row-gap: .3rem; padding: .4rem 0; }
        .row > div, .heading > div { padding: 0; }
        .row > .en { border-left: 3px solid var(--rule); margin-left: 0; padding-left: .7rem; }
        h1 { font-size: 1.35rem; } h2 { font-size: 1.15rem; } h3 { font-size: 1.05rem; }
        .columns { display: none; }
      }
      @media print {
        :root {
          --bg: #fff; --fg: #000; --muted: #444; --rule: #999; --accent: #000;
          --code: #f4f4f4; --failed: #000; --failed-bg: #fff; --kept-bg: #fff;
        }
        body { max-width: none; padding: 0; font-size: 10pt; }
        .row { break-inside: avoid; }
        .en.failed .badge { background: none; color: #000; border: 1px solid #000; }
      }
      """;

  @Override
  public void render(BilingualDocument document, Writer out) throws IOException {
    StringBuilder page = new StringBuilder();
    page.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"color-scheme\" content=\"light dark\">\n")
        .append("<title>").append(escape(title(document))).append("</title>\n")
        .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n")
        .append("<p class=\"meta\">").append(escape(summary(document))).append("</p>\n")
        .append("<main>\n")
        .append("<div class=\"row columns\">\n<div class=\"fr\" lang=\"fr\">Français</div>\n")
        .append("<div class=\"en\" lang=\"en\">English</div>\n</div>\n");
    for (AlignedBlock block : document.blocks()) {
      Block source = block.source();
      if (source.kind() == Kind.VERBATIM && source.display().isBlank()) {
        continue;
      }
      row(block, page);
    }
    page.append("</main>\n</body>\n</html>\n");
    out.write(page.toString());
  }

  private static void row(AlignedBlock block, StringBuilder page) {
    Block source = block.source();
    Status status = block.status();
    page.append("<div class=\"row ").append(source.kind().label()).append(' ')
        .append(status.label()).append("\">\n");
    page.append("<div class=\"fr\" lang=\"fr\">").append(content(source, escape(source.text())))
        .append("</div>\n");
    String english;
    String cellClass = "en";
    if (status == Status.FAILED) {
      cellClass = "en failed";
      english = badge(Renderers.untranslated(block)) + french(source);
    } else if (status == Status.KEPT && source.translatable()) {
      cellClass = "en kept";
      String note = Renderers.oneLine(block.note().strip());
      english = badge(note.isEmpty() ? "kept" : "kept: " + note) + escape(Renderers.oneLine(block.translation()).strip());
    } else {
      english = escape(Renderers.oneLine(block.translation()).strip());
    }
    page.append("<div class=\"").append(cellClass).append("\" lang=\"en\">")
        .append(content(source, english)).append("</div>\n</div>\n");
  }

  /** The block's French text, marked as French when it stands in the English column. */
  private static String french(Block source) {
    return "<span lang=\"fr\">" + escape(source.text()) + "</span>";
  }

  /** A badge's text without the brackets the terminal formats put around it. */
  private static String badge(String label) {
    String bare = label.startsWith("[") && label.endsWith("]")
        ? label.substring(1, label.length() - 1)
        : label;
    return "<span class=\"badge\">" + escape(bare) + "</span> ";
  }

  /** {@code html}, already escaped, in the element for the block's kind. */
  private static String content(Block source, String html) {
    switch (source.kind()) {
      case HEADING -> {
        int level = ((Block.Heading) source).level();
        return "<h" + level + ">" + html + "</h" + level + ">";
      }
      case LIST_ITEM -> {
        Matcher m = ORDERED.matcher(source.lead());
        return m.matches()
            ? "<ol start=\"" + Integer.parseInt(m.group(1)) + "\"><li>" + html + "</li></ol>"
            : "<ul><li>" + html + "</li></ul>";
      }
      case QUOTE -> {
        return "<blockquote><p>" + html + "</p></blockquote>";
      }
      case CODE, VERBATIM -> {
        return "<pre><code>" + escape(String.join("\n", Renderers.rawLines(source))) + "</code></pre>";
      }
      default -> {
        return "<p>" + html + "</p>";
      }
    }
  }

  /** The English of the first heading, else its French, else the input's name. */
  static String title(BilingualDocument document) {
    for (AlignedBlock block : document.blocks()) {
      if (block.kind() == Kind.HEADING) {
        String title = block.status() == Status.TRANSLATED
            ? block.translation()
            : block.source().text();
        return Renderers.oneLine(title).strip();
      }
    }
    return document.name();
  }

  private static String summary(BilingualDocument document) {
    long failed = document.count(Status.FAILED);
    String name = document.name().equals("-") ? "standard input" : document.name();
    return failed == 0
        ? name
        : name + " · " + failed + (failed == 1 ? " block" : " blocks") + " not translated";
  }

  /** {@code text} safe in HTML text and quoted attribute values. */
  static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}
