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
    boolean first = true;
    for (AlignedBlock block : document.blocks()) {
      Block source = block.source();
      if (source.kind() == Kind.VERBATIM && source.display().isBlank()) {
        continue;
      }
      if (!first) {
        out.write('\n');
      }
      first = false;
      if (!source.translatable()) {
        out.write(colour ? Style.KEPT.apply(once(source).stripTrailing(), true) + "\n" : once(source));
        continue;
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
