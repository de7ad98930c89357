package org.traduire.parse;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.traduire.document.Block;
import org.traduire.document.Document;
import org.traduire.document.InputFormat;

/**
 * CommonMark, parsed by commonmark-java. Each leaf block (heading, paragraph, code, HTML, ...) is
 * mapped back to the input lines it came from through its source spans; the lines between leaves
 * (blank lines, bare quote markers) are kept verbatim, so nothing of the input is lost.
 */
final class MarkdownParser implements Parser {
  private static final org.commonmark.parser.Parser COMMONMARK =
      org.commonmark.parser.Parser.builder()
          .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
          .build();

  /** A block and the input lines {@code [from, to)} it came from. */
  private record Placed(int from, int to, Block block) {}

  @Override
  public Document parse(String text) {
    SourceLines lines = SourceLines.of(text);
    int frontMatter = FrontMatter.lines(lines);
    List<Placed> placed = new ArrayList<>();
    if (frontMatter > 0) {
      placed.add(new Placed(0, frontMatter, new Block.Verbatim(lines.lines(0, frontMatter))));
    }
    Node root = COMMONMARK.parse(FrontMatter.blankOut(text, lines, frontMatter));
    collect(root, text, lines, placed);

    List<Block> blocks = new ArrayList<>();
    int at = 0;
    for (Placed p : placed) {
      if (p.from() < at) {
        continue; // cannot happen with CommonMark's one-leaf-per-line; skipping keeps the source
      }
      if (p.from() > at) {
        blocks.add(new Block.Verbatim(lines.lines(at, p.from())));
      }
      blocks.add(p.block());
      at = p.to();
    }
    if (at < lines.count()) {
      blocks.add(new Block.Verbatim(lines.lines(at, lines.count())));
    }
    return new Document(InputFormat.MARKDOWN, blocks);
  }

  /** Walks the container blocks and places every leaf block, in document order. */
  private static void collect(Node container, String text, SourceLines lines, List<Placed> out) {
    for (Node node = container.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof BlockQuote || node instanceof ListBlock || node instanceof ListItem) {
        collect(node, text, lines, out);
      } else if (!node.getSourceSpans().isEmpty()) {
        List<SourceSpan> spans = node.getSourceSpans();
        int from = spans.get(0).getLineIndex();
        int to = spans.get(spans.size() - 1).getLineIndex() + 1;
        String source = lines.lines(from, to);
        String prefix = text.substring(lines.start(from), spans.get(0).getInputIndex());
        out.add(new Placed(from, to, block(node, text, source, prefix)));
      }
    }
  }

  /**
   * The block for one leaf node.
   *
   * @param prefix the container markup on the leaf's first line, e.g. {@code "- "} or {@code "> "}
   */
  private static Block block(Node node, String text, String source, String prefix) {
    if (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock) {
      return new Block.Code(source);
    }
    if (node instanceof Heading heading) {
      InlineText inline = InlineText.of(text, heading);
      String lead = prefix + "#".repeat(heading.getLevel()) + " ";
      return new Block.Heading(
          heading.getLevel(), source, inline.text(), lead, inline.keep(heading));
    }
    if (node instanceof Paragraph && !Tables.isTable(text, node)) {
      InlineText inline = InlineText.of(text, node);
      Node parent = node.getParent();
      if (parent instanceof ListItem && parent.getFirstChild() == node) {
        return new Block.ListItem(source, inline.text(), prefix, inline.keep(node));
      }
      if (parent instanceof BlockQuote) {
        return new Block.Quote(source, inline.text(), prefix, inline.keep(node));
      }
      // A top-level paragraph's lead is empty; a later paragraph of a list item keeps its indent.
      String lead = parent instanceof org.commonmark.node.Document ? "" : prefix;
      return new Block.Paragraph(source, inline.text(), lead, inline.keep(node));
    }
    // Thematic breaks, HTML blocks, link reference definitions, tables.
    return new Block.Verbatim(source);
  }
}
