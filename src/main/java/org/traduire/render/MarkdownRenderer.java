package org.traduire.render;

import java.io.IOException;
import java.io.Writer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.traduire.document.AlignedBlock;
import org.traduire.document.BilingualDocument;
import org.traduire.document.Block;
import org.traduire.document.InputFormat;
import org.traduire.document.Status;

/**
 * A bilingual Markdown document: each French block as a quote, then its English as ordinary text.
 *
 * <pre>{@code
 * # Guide d’installation
 * # Installation guide
 *
 * > - Télécharger l’archive.
 *
 * - Download the archive.
 * }</pre>
 *
 * <p>Why quote-then-English rather than a two-column table: quotes are CommonMark core and render
 * the same on every viewer (GitHub, GitLab, VS Code, Pandoc, static site generators), while tables
 * are a GFM extension some viewers show as raw pipes. A table cell holds one line of inline text,
 * so list items, quotes and code blocks lose their structure, long paragraphs become tall narrow
 * rows that scroll sideways on phones, every {@code |} in the text must be escaped, and the source
 * is unreadable as plain text. Here the English reads as a normal document, the French sits just
 * above it, visibly set apart, and the source diffs line by line.
 *
 * <ul>
 *   <li>A heading is written twice at its level, French then English, so both outlines show.
 *   <li>A paragraph, list item or quote: {@code > }, the block's lead (list marker, {@code > }) and
 *       the French; a blank line; the lead and the English, line ends inside it made spaces.
 *   <li>A failed block: the French as above, then {@code *[untranslated: why]*}.
 *   <li>A block kept because it is already English: once, with its lead, not quoted.
 *   <li>Code and other verbatim text: once, as in the source (fences included) for a Markdown
 *       input; fenced for text inputs, so nothing in it is read as Markdown.
 * </ul>
 *
 * <p>Blocks are separated by one blank line; blank lines of the source are not repeated. For a
 * Markdown input the text is already Markdown and is written as it is; for text inputs, Markdown
 * punctuation is backslash-escaped so that {@code *}, {@code <script>} or a leading {@code -}
 * show as written.
 */
final class MarkdownRenderer implements Renderer {
  private static final Pattern ORDERED = Pattern.compile("^(\\d{1,9})([.)])");
  private static final Pattern BACKTICKS = Pattern.compile("`+");

  @Override
  public void render(BilingualDocument document, Writer out) throws IOException {
    boolean markdown = document.format() == InputFormat.MARKDOWN;
    boolean first = true;
    for (AlignedBlock block : document.blocks()) {
      Block source = block.source();
      if (!source.translatable() && source.display().isBlank()) {
        continue;
      }
      if (!first) {
        out.write('\n');
      }
      first = false;
      out.write(block(block, markdown));
    }
  }

  private static String block(AlignedBlock block, boolean markdown) {
    Block source = block.source();
    if (!source.translatable()) {
      return markdown ? trimmed(source.display()) : fenced(source.display());
    }
    String french = inline(source.text(), markdown);
    String english = inline(Renderers.oneLine(block.translation()), markdown);
    String note = "*" + escape(Renderers.untranslated(block)) + "*\n";
    if (source instanceof Block.Heading heading) {
      String hashes = "#".repeat(heading.level()) + " ";
      return switch (block.status()) {
        case TRANSLATED -> hashes + french + "\n" + hashes + english + "\n";
        case KEPT -> hashes + french + "\n";
        case FAILED -> hashes + french + "\n\n" + note;
      };
    }
    String lead = source.lead();
    if (block.status() == Status.KEPT) {
      return lead + french + "\n";
    }
    String quoted = "> " + lead + french + "\n\n";
    return quoted + (block.status() == Status.FAILED ? note : lead + english + "\n");
  }

  /** Code or verbatim text of a Markdown input, as it came, ending with one line end. */
  private static String trimmed(String text) {
    return text.replaceFirst("^(?:[ \\t]*\\n)+", "").replaceFirst("(?:\\n[ \\t]*)+$", "") + "\n";
  }

  /** Text of a text input in a fence longer than any run of backticks inside it. */
  private static String fenced(String text) {
    int longest = 2;
    Matcher m = BACKTICKS.matcher(text);
    while (m.find()) {
      longest = Math.max(longest, m.group().length());
    }
    String fence = "`".repeat(longest + 1);
    return fence + "\n" + trimmed(text) + fence + "\n";
  }

  /** One line of prose: as it is for Markdown, escaped for text inputs. */
  private static String inline(String text, boolean markdown) {
    if (markdown) {
      return text;
    }
    String escaped = escape(text);
    if (escaped.startsWith("-") || escaped.startsWith("+") || escaped.startsWith("=")) {
      return "\\" + escaped;
    }
    return ORDERED.matcher(escaped).replaceFirst("$1\\\\$2");
  }

  /** Markdown punctuation backslash-escaped, so it shows as written. */
  private static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ("\\`*_[]<>#|~&!".indexOf(c) >= 0) {
        sb.append('\\');
      }
      sb.append(c);
    }
    return sb.toString();
  }
}
