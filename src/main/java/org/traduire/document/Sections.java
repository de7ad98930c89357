package org.traduire.document;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a document into sections at its headings. Sections are flat: a level-1 title and the
 * level-2 heading that follows it start two sections, so every block belongs to exactly one
 * section, and each section is small enough to detect, chunk and send on its own. The level of
 * each section is kept for renderers that show the outline; the title is the heading's text as a
 * reader sees it (without inline markup).
 */
public final class Sections {
  private Sections() {}

  public static List<Section> of(Document document) {
    List<Block> blocks = document.blocks();
    List<Section> sections = new ArrayList<>();
    int start = 0;
    int level = 0;
    String title = "";
    for (int i = 0; i < blocks.size(); i++) {
      if (blocks.get(i) instanceof Block.Heading h) {
        if (i > start || level > 0) {
          sections.add(new Section(sections.size(), level, start, i, title, Detection.UNKNOWN));
        }
        start = i;
        level = h.level();
        title = Markup.readable(h.text());
      }
    }
    if (blocks.size() > start || level > 0 || sections.isEmpty()) {
      sections.add(
          new Section(sections.size(), level, start, blocks.size(), title, Detection.UNKNOWN));
    }
    return List.copyOf(sections);
  }
}
