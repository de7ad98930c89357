package org.traduire.render;

import java.io.IOException;
import java.io.Writer;
import org.traduire.document.AlignedBlock;
import org.traduire.document.BilingualDocument;
import org.traduire.document.Block;
import org.traduire.document.Kind;
import org.traduire.document.Status;

/**
 * Each French block followed by its English, in the input's own markup: the French line (lead and
 * text), the English line (lead and translation, line ends inside it made spaces), then a blank
 * line. Blank-line runs are not repeated, since every pair is already followed by one; code, other
 * verbatim text and blocks with no text are written once, as they are. A failed block's English
 * line is the French text after {@code [untranslated: why]}.
 */
final class InterleavedRenderer implements Renderer {
  private final boolean colour;

  InterleavedRenderer(boolean colour) {
    this.colour = colour;
  }

  @Override
  public void render(BilingualDocument document, Writer out) throws IOException {
    pairs().next(document, out);
  }

  /** The pairs of a document given in parts, in order; the whole document is one part. */
  PartRenderer pairs() {
    return new PartRenderer() {
      private boolean first = true;

      @Override
      public void next(BilingualDocument part, Writer out) throws IOException {
        for (AlignedBlock block : part.blocks()) {
          if (block.source().kind() == Kind.VERBATIM && block.source().display().isBlank()) {
            continue;
          }
          if (!first) {
            out.write('\n');
          }
          first = false;
          pair(block, out);
        }
      }
    };
  }

  private void pair(AlignedBlock block, Writer out) throws IOException {
    Block source = block.source();
    if (!source.translatable()) {
      out.write(colour ? Style.KEPT.apply(once(source).stripTrailing(), true) + "\n" : once(source));
      return;
    }
    Style french = SideBySideRenderer.styleOf(block, false);
    Style english = SideBySideRenderer.styleOf(block, true);
    out.write(french.apply(source.lead() + source.text(), colour) + "\n");
    if (block.status() == Status.FAILED) {
      out.write(english.apply(source.lead() + Renderers.untranslated(block) + " " + source.text(), colour) + "\n");
    } else {
      out.write(english.apply(source.lead() + Renderers.oneLine(block.translation()), colour) + "\n");
    }
  }

  /**
   * A block shown once, as it came, ending with one line end; blank lines at the ends of verbatim
   * text are dropped, since the blank line between pairs already stands for them.
   */
  private static String once(Block block) {
    String text = block.display();
    if (block.kind() == Kind.VERBATIM) {
      text = text.replaceFirst("^(?:[ \\t]*\\n)+", "");
    }
    return text.replaceFirst("(?:\\n[ \\t]*)+$", "") + "\n";
  }
}
