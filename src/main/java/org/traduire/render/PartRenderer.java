package org.traduire.render;

import java.io.IOException;
import java.io.Writer;
import org.traduire.document.BilingualDocument;

/**
 * Writes one output from a document given in consecutive parts (a long input translated a window
 * at a time), exactly as the format's {@link Renderer} writes the whole document: it remembers
 * what the parts before needed (a header written, the last block's kind). One per output.
 */
public interface PartRenderer {
  /** Writes {@code part}, the document's next blocks, after those of the parts given before. */
  void next(BilingualDocument part, Writer out) throws IOException;
}
