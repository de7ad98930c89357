package org.traduire.input;

import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import org.traduire.document.Markup;

/**
 * A text read a window at a time: each window holds whole lines, at least about the size asked
 * for and some text, and ends where a paragraph starts, just before a line with text that follows
 * a blank line.
 * Parsing a window then gives the same blocks as parsing the whole text, since a blank line ends
 * every paragraph and list item. Line ends are normalised and markup delimiters replaced as {@link
 * Decoder} does, so the windows joined are the text {@link Decoder#decode} gives.
 */
public final class TextWindows implements Closeable {
  /**
   * One window of the text.
   *
   * @param text whole lines of it, each ending with {@code \n} but perhaps the text's last
   * @param last whether it ends the text; a window that does not is followed by a line with text
   */
  public record Window(String text, boolean last) {}

  private static final char REPLACEMENT = '\uFFFD';

  private final Counting bytes;
  private final Reader reader;
  private final int target;
  private final char[] buffer = new char[16 * 1024];
  private int position;
  private int limit;
  private boolean afterCr;
  private String carried;
  private boolean done;

  TextWindows(InputStream in, Charset charset, int target) {
    this.bytes = new Counting(in);
    this.reader = new InputStreamReader(bytes, charset);
    this.target = Math.max(1, target);
  }

  /** The next window, or null after the last. */
  public Window next() throws IOException {
    if (done) {
      return null;
    }
    StringBuilder window = new StringBuilder(target + target / 8);
    boolean previousBlank = false;
    boolean text = false;
    if (carried != null) {
      window.append(carried);
      carried = null;
      text = true;
    }
    String line;
    while ((line = readLine()) != null) {
      boolean blank = line.isBlank();
      if (!blank && previousBlank && text && window.length() >= target) {
        carried = line;
        return new Window(window.toString(), false);
      }
      window.append(line);
      previousBlank = blank;
      text |= !blank;
    }
    done = true;
    return window.length() == 0 ? null : new Window(window.toString(), true);
  }

  /** Bytes of the file read so far (a little ahead of the windows given), for progress. */
  public long bytesRead() {
    return bytes.count;
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }

  /** The next line with its {@code \n} (the text's last line may have none), or null at the end. */
  private String readLine() throws IOException {
    StringBuilder line = null;
    while (true) {
      if (position == limit) {
        limit = reader.read(buffer, 0, buffer.length);
        position = 0;
        if (limit < 0) {
          limit = 0;
          return line == null || line.length() == 0 ? null : line.toString();
        }
      }
      if (line == null) {
        line = new StringBuilder(80);
      }
      while (position < limit) {
        char c = buffer[position++];
        if (c == '\n' && afterCr) {
          afterCr = false; // the LF of a CRLF: its CR already ended the line
          continue;
        }
        afterCr = c == '\r';
        if (c == '\r' || c == '\n') {
          return line.append('\n').toString();
        }
        line.append(c == Markup.OPEN || c == Markup.CLOSE ? REPLACEMENT : c);
      }
    }
  }

  /** Counts the bytes read through it. */
  private static final class Counting extends FilterInputStream {
    private volatile long count;

    Counting(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }
  }
}
