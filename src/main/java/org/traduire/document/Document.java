package org.traduire.document;

import java.util.List;
import java.util.Objects;

/** A parsed source document: its format and its blocks, in order. */
public record Document(InputFormat format, List<Block> blocks) {
  public Document {
    Objects.requireNonNull(format, "format");
    blocks = List.copyOf(blocks);
  }

  /** The blocks' source texts concatenated: the input text, exactly. */
  public String source() {
    StringBuilder sb = new StringBuilder();
    for (Block b : blocks) {
      sb.append(b.source());
    }
    return sb.toString();
  }

  /** The document cut into sections at its headings; see {@link Sections}. */
  public List<Section> sections() {
    return Sections.of(this);
  }
}
