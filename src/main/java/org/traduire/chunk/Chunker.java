package org.traduire.chunk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.traduire.document.Block;
import org.traduire.document.Document;
import org.traduire.document.Section;

/**
 * Packs the translatable blocks of a document's sections into chunks, the units sent to a backend:
 * each chunk holds consecutive segments of one section, at most {@code maxSegments} of them and at
 * most {@code maxChars} characters of text in all. A block too long for one chunk is cut into parts
 * at sentence ends (see {@link BlockSplitter} for the last resorts).
 */
public final class Chunker {
  private Chunker() {}

  /**
   * The chunks of {@code sections} of {@code document}, in document order. Blocks that are not
   * translatable (code, verbatim, blank) and sections not given are left out.
   *
   * @throws IllegalArgumentException when a limit is below 1 or a section lies outside the document
   */
  public static List<Chunk> chunk(
      Document document, List<Section> sections, int maxChars, int maxSegments) {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(sections, "sections");
    if (maxChars < 1) {
      throw new IllegalArgumentException("maxChars must be at least 1, got " + maxChars);
    }
    if (maxSegments < 1) {
      throw new IllegalArgumentException("maxSegments must be at least 1, got " + maxSegments);
    }
    List<Block> blocks = document.blocks();
    List<Section> ordered = new ArrayList<>(sections);
    ordered.sort(Comparator.comparingInt(Section::start));
    List<Chunk> chunks = new ArrayList<>();
    for (Section section : ordered) {
      if (section.end() > blocks.size()) {
        throw new IllegalArgumentException(
            "section "
                + section.index()
                + " ends at block "
                + section.end()
                + " but the document has "
                + blocks.size()
                + " blocks");
      }
      List<Segment> segments = new ArrayList<>();
      for (int i = section.start(); i < section.end(); i++) {
        Block block = blocks.get(i);
        if (block.translatable()) {
          segments.addAll(BlockSplitter.split(i, block.text(), block.keep(), maxChars));
        }
      }
      pack(section.index(), segments, maxChars, maxSegments, chunks);
    }
    return List.copyOf(chunks);
  }

  /** Greedy packing: a segment starts a new chunk when the current one has no room left for it. */
  private static void pack(
      int section, List<Segment> segments, int maxChars, int maxSegments, List<Chunk> out) {
    List<Segment> current = new ArrayList<>();
    int chars = 0;
    for (Segment s : segments) {
      int length = s.text().length();
      if (!current.isEmpty() && (chars + length > maxChars || current.size() == maxSegments)) {
        out.add(new Chunk(section, current));
        current = new ArrayList<>();
        chars = 0;
      }
      current.add(s);
      chars += length;
    }
    if (!current.isEmpty()) {
      out.add(new Chunk(section, current));
    }
  }
}
