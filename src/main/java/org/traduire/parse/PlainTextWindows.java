package org.traduire.parse;

import java.util.List;
import org.traduire.document.Block;
import org.traduire.document.Document;
import org.traduire.document.InputFormat;
import org.traduire.document.Section;
import org.traduire.document.Sections;

/**
 * Parses a long plain text a window at a time (windows as {@code input.TextWindows} cuts them:
 * whole lines, each after the first starting with a line of text after a blank line), giving the
 * same blocks as parsing it whole. Each call gives whole sections: when a window holds more than
 * one section and text follows, its last section is kept back and parsed again at the start of the
 * next window, so a section is split only when it is longer than a window. What is held between
 * windows is the text's title and that last section.
 */
public final class PlainTextWindows {
  private final PlainTextParser parser = new PlainTextParser();
  private boolean first = true;
  private String title = "";
  private String heldBack = "";

  /**
   * The blocks of {@code window}, after those held back from the window before, less the last
   * section when text follows and there is more than one.
   *
   * @param window the next window of the text
   * @param last whether it is the text's last
   */
  public Document next(String window, boolean last) {
    String text = heldBack.isEmpty() ? window : heldBack + window;
    heldBack = "";
    PlainTextParser.Parsed parsed = parser.parse(text, new PlainTextParser.Context(first, title, !last));
    if (first) {
      title = parsed.title();
      first = false;
    }
    Document document = parsed.document();
    List<Section> sections = Sections.of(document);
    if (last || sections.size() < 2) {
      return document;
    }
    List<Block> blocks = document.blocks();
    int cut = sections.get(sections.size() - 1).start();
    StringBuilder held = new StringBuilder();
    for (Block b : blocks.subList(cut, blocks.size())) {
      held.append(b.source());
    }
    heldBack = held.toString();
    return new Document(InputFormat.TEXT, blocks.subList(0, cut));
  }
}
