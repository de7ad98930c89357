package org.traduire.render;

import java.util.ArrayList;
import java.util.List;
import org.traduire.document.AlignedBlock;
import org.traduire.document.BilingualDocument;
import org.traduire.document.Block;
import org.traduire.document.InputFormat;
import org.traduire.document.Markup;

/**
 * An HTML input's bilingual document as a reader sees it, for every format but {@code target}:
 * the inline tags taken out of each block's text and translation ({@link Markup#readable}; section
 * titles are already so), and the translation of code and verbatim blocks their {@link Block#display()
 * display} (the text of a {@code <pre>}, nothing for markup). Sources are left as they are. Other
 * inputs carry no markup and pass through unchanged.
 */
final class Readable {
  private Readable() {}

  static BilingualDocument of(BilingualDocument document) {
    if (document.format() != InputFormat.HTML) {
      return document;
    }
    List<AlignedBlock> blocks = new ArrayList<>(document.blocks().size());
    for (AlignedBlock b : document.blocks()) {
      Block source = b.source();
      String translation = source.translatable()
          ? Markup.readable(b.translation())
          : source.display();
      blocks.add(new AlignedBlock(block(source), translation, b.status(), b.backend(), b.note()));
    }
    return new BilingualDocument(document.name(), document.format(), document.language(),
        document.sections(), blocks);
  }

  private static Block block(Block b) {
    if (!Markup.has(b.text())) {
      return b;
    }
    String text = Markup.readable(b.text());
    if (b instanceof Block.Heading h) {
      return new Block.Heading(h.level(), h.source(), text, h.lead(), List.of());
    }
    if (b instanceof Block.ListItem) {
      return new Block.ListItem(b.source(), text, b.lead(), List.of());
    }
    if (b instanceof Block.Quote) {
      return new Block.Quote(b.source(), text, b.lead(), List.of());
    }
    return new Block.Paragraph(b.source(), text, b.lead(), List.of());
  }
}
