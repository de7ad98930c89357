package org.traduire.parse;

import java.util.ArrayList;
import java.util.List;
import org.traduire.document.Block;
import org.traduire.document.Document;
import org.traduire.document.InputFormat;

/**
 * One segment per line, for aligned corpora: each non-blank line is a paragraph whose lead is its
 * indentation; each blank line is verbatim on its own, so the output keeps the line count.
 */
final class LinesParser implements Parser {
  @Override
  public Document parse(String text) {
    SourceLines lines = SourceLines.of(text);
    List<Block> blocks = new ArrayList<>(lines.count());
    for (int i = 0; i < lines.count(); i++) {
      String line = lines.line(i);
      if (line.isBlank()) {
        blocks.add(new Block.Verbatim(line));
      } else {
        String content = lines.content(i);
        String lead = content.substring(0, content.length() - content.stripLeading().length());
        blocks.add(new Block.Paragraph(line, content.strip(), lead, List.of()));
      }
    }
    return new Document(InputFormat.LINES, blocks);
  }
}
