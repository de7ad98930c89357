package org.traduire.pipeline;

import java.util.List;
import java.util.Map;
import org.traduire.chunk.Chunk;
import org.traduire.document.Detection;
import org.traduire.document.Document;
import org.traduire.document.Section;

/**
 * What a run will do with one input, decided before anything is sent: the parsed document, the
 * languages detected, the chunks to send, and why the sections left out are kept as they are.
 *
 * @param name the input's name
 * @param document the parsed document
 * @param language the whole document's language
 * @param sections every section, with its detected language
 * @param kept why each section left untranslated is kept, by section index
 * @param chunks the chunks to send, in order
 * @param notes things the user should know about this input (one line each)
 */
public record Plan(
    String name,
    Document document,
    Detection language,
    List<Section> sections,
    Map<Integer, String> kept,
    List<Chunk> chunks,
    List<String> notes) {
  public Plan {
    sections = List.copyOf(sections);
    kept = Map.copyOf(kept);
    chunks = List.copyOf(chunks);
    notes = List.copyOf(notes);
  }

  /** Characters that the chunks will send. */
  public int chars() {
    return chunks.stream().mapToInt(Chunk::chars).sum();
  }
}
