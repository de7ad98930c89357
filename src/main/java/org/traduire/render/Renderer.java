package org.traduire.render;

import java.io.IOException;
import java.io.Writer;
import org.traduire.document.BilingualDocument;

/** Writes a bilingual document in one output format; a function of the document alone. */
public interface Renderer {
  void render(BilingualDocument document, Writer out) throws IOException;
}
