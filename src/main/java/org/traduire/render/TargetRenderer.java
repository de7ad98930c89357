package org.traduire.render;

import java.io.IOException;
import java.io.Writer;
import org.traduire.document.AlignedBlock;
import org.traduire.document.BilingualDocument;
import org.traduire.document.Block;
import org.traduire.document.InputFormat;
import org.traduire.document.Status;

/**
 * English only, in the input's own format, for pipelines: each translated block becomes its lead
 * and translation followed by the line end(s) its source ended with; code, verbatim text and blocks
 * with no text are written exactly as they came. A Markdown input comes back as Markdown with the
 * same structure and a text input keeps its blank lines. A block's text is one line (the parser
 * joins a paragraph's lines), so line ends a backend put inside a translation become spaces: a
 * Markdown heading stays one heading, and for {@link InputFormat#LINES} the output has exactly one
 * line per input line. A failed block is written in French, unmarked; the failure is reported
 * elsewhere. An HTML input comes back as the same page in English: see {@link HtmlTargetRenderer}.
 */
final class TargetRenderer implements Renderer {
  @Override
  public void render(BilingualDocument document, Writer out) throws IOException {
    if (document.format() == InputFormat.HTML) {
      new HtmlTargetRenderer().render(document, out);
      return;
    }
    for (AlignedBlock block : document.blocks()) {
      Block source = block.source();
      if (!source.translatable()) {
        out.write(source.source());
        continue;
      }
      String text = block.status() == Status.FAILED ? source.text() : block.translation();
      out.write(source.lead());
      out.write(Renderers.oneLine(text));
      out.write(lineEnds(source.source()));
    }
  }

  /** The run of line ends {@code source} ends with, usually one. */
  private static String lineEnds(String source) {
    int end = source.length();
    while (end > 0 && source.charAt(end - 1) == '\n') {
      end--;
    }
    return source.substring(end);
  }
}
