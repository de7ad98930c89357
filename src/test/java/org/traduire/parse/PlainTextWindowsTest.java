package org.traduire.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.traduire.document.Block;
import org.traduire.document.Document;
import org.traduire.document.Section;
import org.traduire.document.Sections;

/** A plain text parsed a window at a time gives the blocks of the text parsed whole, in whole sections. */
class PlainTextWindowsTest {
  /**
   * {@code text} cut as input.TextWindows cuts it: at least {@code size} characters and some text
   * per window, each cut just before a line with text that follows a blank line.
   */
  static List<String> cut(String text, int size) {
    List<String> windows = new ArrayList<>();
    StringBuilder window = new StringBuilder();
    boolean previousBlank = false;
    boolean seenText = false;
    int at = 0;
    while (at < text.length()) {
      int nl = text.indexOf('\n', at);
      int end = nl < 0 ? text.length() : nl + 1;
      String line = text.substring(at, end);
      boolean blank = line.isBlank();
      if (!blank && previousBlank && seenText && window.length() >= size) {
        windows.add(window.toString());
        window.setLength(0);
      }
      window.append(line);
      previousBlank = blank;
      seenText |= !blank;
      at = end;
    }
    windows.add(window.toString());
    return windows;
  }

  private record Parts(List<Block> blocks, List<Document> documents) {}

  private static Parts inWindows(String text, int size) {
    PlainTextWindows parser = new PlainTextWindows();
    List<String> windows = cut(text, size);
    List<Block> blocks = new ArrayList<>();
    List<Document> documents = new ArrayList<>();
    for (int i = 0; i < windows.size(); i++) {
      Document d = parser.next(windows.get(i), i == windows.size() - 1);
      documents.add(d);
      blocks.addAll(d.blocks());
    }
    return new Parts(blocks, documents);
  }

  private static void assertSameAsWhole(String text) {
    List<Block> whole = new PlainTextParser().parse(text).blocks();
    for (int size : new int[] {1, 40, 300, 2000, 1 << 20}) {
      assertThat(inWindows(text, size).blocks()).as("windows of %d characters", size).isEqualTo(whole);
    }
  }

  @Test
  void theSampleInWindowsIsTheSampleWhole() {
    assertSameAsWhole(Fixtures.sample());
  }

  @Test
  void listsIndentedLinesAndBlankRunsInWindowsAreAsWhole() {
    assertSameAsWhole(Fixtures.resource("notes.txt"));
  }

  @Test
  void generatedTextsWithHeadingsAListsAndRepeatedTitleAreAsWhole() {
    Random r = new Random(7);
    String[] lines = {"Le chat dort sur le toit.", "Chapitre premier", "- un point", "1. premier point",
        "  suite indentée", "Une ligne sans point", "Voici la liste :", "– Une réplique.", "Titre du livre",
        "   ", "(1873)", "* étoile"};
    for (int t = 0; t < 30; t++) {
      StringBuilder sb = new StringBuilder(t % 3 == 0 ? "\n\n" : "").append("Titre du livre\n\n");
      for (int i = 0; i < 200; i++) {
        sb.append(lines[r.nextInt(lines.length)]).append(r.nextInt(3) == 0 ? "\n\n" : "\n");
      }
      if (t % 2 == 0) {
        sb.append("Dernière ligne sans fin");
      }
      assertSameAsWhole(sb.toString());
    }
  }

  @Test
  void sectionsShorterThanAWindowAreNeverCutInTwo() {
    StringBuilder sb = new StringBuilder("Un livre\n\n");
    for (int c = 1; c <= 20; c++) {
      sb.append("Chapitre ").append(c).append("\n\n");
      sb.append("Il était une fois un chat qui dormait.\n\n".repeat(c % 4 + 1));
    }
    String text = sb.toString();
    List<Section> whole = Sections.of(new PlainTextParser().parse(text));

    Parts parts = inWindows(text, 400); // longer than any chapter, shorter than the text

    List<String> titles = new ArrayList<>();
    for (Document d : parts.documents()) {
      assertThat(d.blocks()).isNotEmpty();
      for (Section s : Sections.of(d)) {
        titles.add(s.title());
      }
    }
    assertThat(titles).as("no section is cut in two").containsExactlyElementsOf(whole.stream().map(Section::title).toList());
  }
}
