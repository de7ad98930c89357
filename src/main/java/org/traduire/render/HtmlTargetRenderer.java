package org.traduire.render;

import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.traduire.document.AlignedBlock;
import org.traduire.document.BilingualDocument;
import org.traduire.document.Block;
import org.traduire.document.Markup;
import org.traduire.document.Status;

/**
 * The {@code target} output of an HTML input: the input page, character for character, with the
 * content of each translated block replaced by its translation. Three changes besides:
 *
 * <ul>
 *   <li>Inside a translated block, the inline tags (links, emphasis, code…) are the input's own,
 *       where the backend put their placeholders; the text between them is escapes ({@code &amp;},
 *       {@code &lt;}, {@code &gt;}, {@code &nbsp;}), so whatever the backend answers, markup
 *       included, shows as text. A run of markup that is not one of the block's own tags (a
 *       backend that made one up) is escaped too. White space inside the block is collapsed, as
 *       a browser shows it; the white space around it is the input's.
 *   <li>The {@code <html>} start tag gets {@code lang="en"} (replacing its {@code lang} and
 *       {@code xml:lang} values, or added); a page without one is left without.
 *   <li>A {@code <meta>} charset declaration says {@code utf-8}, since the output is always
 *       UTF-8 whatever the input's charset.
 * </ul>
 *
 * <p>Failed blocks, blocks kept as they were (code, text already in English, text marked not to
 * translate) and all markup between blocks are written exactly as they came.
 */
final class HtmlTargetRenderer implements Renderer {
  private static final Pattern HTML_TAG =
      Pattern.compile("<html(?=[\\s>/])[^>]*>", Pattern.CASE_INSENSITIVE);
  private static final Pattern LANG =
      Pattern.compile("(\\s(?:xml:)?lang\\s*=\\s*)(\"[^\"]*\"|'[^']*'|[^\\s>]+)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern META = Pattern.compile("<meta\\s[^>]*>", Pattern.CASE_INSENSITIVE);
  private static final Pattern CHARSET =
      Pattern.compile("(charset\\s*=\\s*[\"']?\\s*)[A-Za-z0-9._:+-]+", Pattern.CASE_INSENSITIVE);

  @Override
  public void render(BilingualDocument document, Writer out) throws IOException {
    for (AlignedBlock block : document.blocks()) {
      Block source = block.source();
      if (source instanceof Block.Verbatim) {
        out.write(markup(source.source()));
      } else if (!source.translatable() || block.status() != Status.TRANSLATED) {
        out.write(source.source());
      } else {
        String s = source.source();
        int start = 0;
        while (start < s.length() && isSpace(s.charAt(start))) {
          start++;
        }
        int end = s.length();
        while (end > start && isSpace(s.charAt(end - 1))) {
          end--;
        }
        out.write(s, 0, start);
        out.write(html(block.translation(), source.text()));
        out.write(s, end, s.length() - end);
      }
    }
  }

  /** Markup between blocks: as it came, but for the language of the page and its charset. */
  static String markup(String source) {
    if (HTML_TAG.matcher(source).matches()) {
      Matcher lang = LANG.matcher(source);
      return lang.find()
          ? lang.replaceAll("$1\"en\"")
          : source.replaceFirst("(?i)^<html", "<html lang=\"en\"");
    }
    if (META.matcher(source).matches()) {
      return CHARSET.matcher(source).replaceAll("$1utf-8");
    }
    return source;
  }

  /** A translation as HTML: the block's own tags where they came back, everything else escaped. */
  static String html(String translation, String original) {
    Map<String, Integer> tags = new HashMap<>();
    for (Markup.Piece p : Markup.pieces(original)) {
      if (p.markup()) {
        tags.merge(p.text(), 1, Integer::sum);
      }
    }
    StringBuilder sb = new StringBuilder(translation.length() + 16);
    for (Markup.Piece p : Markup.pieces(translation)) {
      if (p.markup() && tags.getOrDefault(p.text(), 0) > 0) {
        tags.merge(p.text(), -1, Integer::sum);
        sb.append(p.text());
      } else {
        escape(p.text(), sb);
      }
    }
    return sb.toString();
  }

  private static void escape(String text, StringBuilder sb) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '\u00A0' -> sb.append("&nbsp;");
        default -> sb.append(c);
      }
    }
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\f';
  }
}
