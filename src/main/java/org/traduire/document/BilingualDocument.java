package org.traduire.document;

import java.util.List;
import java.util.Objects;

/**
 * The result of a run for one input: every source block paired with its translation, in order,
 * with the sections and the languages detected.
 *
 * @param name the input's name (a path, or {@code -} for standard input)
 * @param format the format the input was parsed as
 * @param language the language detected for the whole document
 * @param sections the document's sections, each with its detected language
 * @param blocks one aligned block per source block, in order
 */
public record BilingualDocument(
    String name,
    InputFormat format,
    Detection language,
    List<Section> sections,
    List<AlignedBlock> blocks) {
  public BilingualDocument {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(language, "language");
    sections = List.copyOf(sections);
    blocks = List.copyOf(blocks);
  }

  /** The source side, concatenated: the input text, exactly. */
  public String sourceText() {
    StringBuilder sb = new StringBuilder();
    for (AlignedBlock b : blocks) {
      sb.append(b.source().source());
    }
    return sb.toString();
  }

  /** The section that holds block {@code index}. */
  public Section sectionOf(int index) {
    for (Section s : sections) {
      if (s.contains(index)) {
        return s;
      }
    }
    throw new IndexOutOfBoundsException("no section holds block " + index);
  }

  public long count(Status status) {
    return blocks.stream().filter(b -> b.status() == status).count();
  }
}
