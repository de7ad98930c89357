package org.traduire.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.traduire.document.Markup;

/** A text file read in windows gives the text Decoder gives for it whole, cut where paragraphs start. */
class TextFileTest {
  @TempDir Path dir;

  private Path file(byte[] bytes) throws IOException {
    Path p = dir.resolve("t" + bytes.length + "-" + System.nanoTime() + ".txt");
    Files.write(p, bytes);
    return p;
  }

  private static List<TextWindows.Window> windows(TextFile file, int size) throws IOException {
    List<TextWindows.Window> out = new ArrayList<>();
    try (TextWindows w = file.windows(size)) {
      for (TextWindows.Window x = w.next(); x != null; x = w.next()) {
        out.add(x);
      }
    }
    return out;
  }

  /** The windows joined are Decoder's text; each but the last is long enough; each after the first starts a paragraph. */
  private void assertWindowsRebuild(byte[] bytes, int size) throws Exception {
    Path p = file(bytes);
    SourceText whole = Decoder.decode(new RawInput(p.toString(), bytes));
    TextFile file = TextFile.open(p, p.toString(), Long.MAX_VALUE);
    List<TextWindows.Window> windows = windows(file, size);

    StringBuilder joined = new StringBuilder();
    windows.forEach(w -> joined.append(w.text()));
    assertThat(joined.toString()).isEqualTo(whole.text());
    assertThat(file.charsetName()).isEqualTo(whole.charset());
    assertThat(file.fallback()).isEqualTo(whole.fallback());
    for (int i = 0; i < windows.size(); i++) {
      TextWindows.Window w = windows.get(i);
      assertThat(w.last()).isEqualTo(i == windows.size() - 1);
      assertThat(w.text()).as("window %d has text", i).isNotBlank();
      if (!w.last()) {
        assertThat(w.text().length()).isGreaterThanOrEqualTo(size);
        assertThat(w.text()).as("window %d ends with a blank line", i).matches("(?s).*\\n[ \\t]*\\n$");
      }
      if (i > 0) {
        assertThat(w.text().substring(0, w.text().indexOf('\n') + 1)).as("window %d starts with text", i).isNotBlank();
      }
    }
  }

  private static String paragraphs(long seed, int count) {
    Random r = new Random(seed);
    String[] words = {"le", "chat", "dort", "à", "l’école", "été", "«", "»", "—", "Élève", "5 €", "œuvre"};
    StringBuilder sb = new StringBuilder();
    for (int p = 0; p < count; p++) {
      int lines = 1 + r.nextInt(4);
      for (int l = 0; l < lines; l++) {
        if (r.nextInt(5) == 0) {
          sb.append("  ");
        }
        for (int w = 0; w < 1 + r.nextInt(9); w++) {
          sb.append(w == 0 ? "" : " ").append(words[r.nextInt(words.length)]);
        }
        sb.append('\n');
      }
      sb.append(r.nextInt(4) == 0 ? "\n \t\n" : "\n");
    }
    return sb.toString();
  }

  @Test
  void windowsJoinedAreTheTextDecoderGivesForUtf8() throws Exception {
    byte[] bytes = paragraphs(1, 400).getBytes(StandardCharsets.UTF_8);
    for (int size : new int[] {1, 7, 100, 1000, 100_000}) {
      assertWindowsRebuild(bytes, size);
    }
  }

  @Test
  void crlfAndCrLineEndsAreNormalisedAcrossBufferEdges() throws Exception {
    String text = paragraphs(2, 3000);
    assertWindowsRebuild(text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8), 500);
    assertWindowsRebuild(text.replace("\n", "\r").getBytes(StandardCharsets.UTF_8), 500);
  }

  @Test
  void windows1252WithCrlfIsReadAsDecoderReadsIt() throws Exception {
    String text = paragraphs(3, 500).replace("’", "'").replace("œ", "oe");
    byte[] bytes = text.replace("\n", "\r\n").getBytes(Decoder.FALLBACK);

    assertWindowsRebuild(bytes, 300);
    assertThat(TextFile.open(file(bytes), "novel.txt", Long.MAX_VALUE).fallback()).isTrue();
  }

  @Test
  void invalidUtf8FarIntoTheFileStillMeansWindows1252() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(paragraphs(4, 2000).getBytes(StandardCharsets.UTF_8));
    bytes.write("fin à la page\n".getBytes(Decoder.FALLBACK));

    assertWindowsRebuild(bytes.toByteArray(), 1000);
  }

  @Test
  void byteOrderMarkIsSkippedAndMarkupDelimitersReplaced() throws Exception {
    byte[] body = ("Titre\n\nun " + Markup.OPEN + "b" + Markup.CLOSE + " deux\n\ntrois\n").getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);

    assertWindowsRebuild(bytes, 1);
  }

  @Test
  void leadingBlankLinesStayWithTheFirstLineOfText() throws Exception {
    Path p = file("\n\n  \nTitre\n\nCorps du texte.\n".getBytes(StandardCharsets.UTF_8));

    List<TextWindows.Window> windows = windows(TextFile.open(p, "t.txt", Long.MAX_VALUE), 1);

    assertThat(windows).extracting(TextWindows.Window::text).containsExactly("\n\n  \nTitre\n\n", "Corps du texte.\n");
  }

  @Test
  void aTextWithoutBlankLinesIsOneWindow() throws Exception {
    Path p = file("un\ndeux\ntrois\n".repeat(1000).getBytes(StandardCharsets.UTF_8));

    assertThat(windows(TextFile.open(p, "t.txt", Long.MAX_VALUE), 10)).hasSize(1);
  }

  @Test
  void refusesWhatDecoderRefusesWithTheSameMessage() throws Exception {
    for (byte[] bad : List.of(new byte[0], " \n\t\r\n".getBytes(StandardCharsets.UTF_8), new byte[] {'a', 0, 'b'})) {
      Path p = file(bad);
      String expected;
      try {
        Decoder.decode(new RawInput("x.txt", bad));
        throw new AssertionError("Decoder accepted " + bad.length + " bytes");
      } catch (InputException e) {
        expected = e.getMessage();
      }
      assertThatThrownBy(() -> TextFile.open(p, "x.txt", Long.MAX_VALUE)).isInstanceOf(InputException.class)
          .hasMessage(expected);
    }
  }

  @Test
  void aFileOverTheLimitIsRefusedByItsSize() throws Exception {
    Path p = file("Bonjour.\n".repeat(200).getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> TextFile.open(p, "big.txt", 1000)).isInstanceOf(InputException.class)
        .hasMessageStartingWith("big.txt: 1800 bytes, over the input limit of");
  }

  @Test
  void aMissingFileIsNamed() {
    assertThatThrownBy(() -> TextFile.open(dir.resolve("absent.txt"), "absent.txt", Long.MAX_VALUE))
        .isInstanceOf(InputException.class).hasMessage("absent.txt: no such file");
  }
}
