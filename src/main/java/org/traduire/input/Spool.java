package org.traduire.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Standard input too long to hold, kept in a temporary file so that it can be read twice, as a
 * file is when it is streamed: once to learn its charset, once to translate it a window at a time.
 * Up to the threshold it stays in memory, as any input; past it, what came so far and the rest go
 * to a file in the temporary folder ({@code $TMPDIR}, else {@code /tmp}), deleted when the run ends
 * (or on Ctrl-C).
 */
public final class Spool {
  private static final int BUFFER = 64 * 1024;

  private Spool() {}

  /**
   * Standard input as bytes when it has at most {@code above} of them, else as a temporary file in
   * {@code dir}.
   *
   * @throws InputException when it is over {@code maxBytes} (as {@link InputReader} says) or
   *     cannot be read or kept
   */
  public static Spooled read(InputStream stdin, Path dir, long above, long maxBytes) throws InputException {
    String label = RawInput.label(RawInput.STDIN);
    long limit = Math.min(maxBytes, ByteSize.MAX_READABLE);
    Path file = null;
    boolean kept = false;
    try {
      byte[] head = stdin.readNBytes((int) Math.min(limit, Math.max(0, above)) + 1);
      if (head.length <= above || head.length > limit) {
        return new Spooled(InputReader.read(RawInput.STDIN, new Joined(head, stdin), maxBytes), Optional.empty());
      }
      file = create(dir);
      long size = head.length;
      try (OutputStream out = Files.newOutputStream(file)) {
        out.write(head);
        byte[] buffer = new byte[BUFFER];
        for (int n = stdin.read(buffer); n >= 0 && size <= limit; n = stdin.read(buffer)) {
          out.write(buffer, 0, n);
          size += n;
        }
      }
      if (size > limit) {
        throw new InputException(label + ": more than " + ByteSize.format(maxBytes)
            + ", the input limit (--max-input-bytes); stopped reading");
      }
      kept = true;
      return new Spooled(new RawInput(RawInput.STDIN, new byte[0]), Optional.of(file));
    } catch (IOException e) {
      throw new InputException(label + ": cannot read: " + e.getMessage(), e);
    } finally {
      if (!kept) {
        delete(Optional.ofNullable(file));
      }
    }
  }

  /**
   * Standard input, read: its bytes, or the temporary file holding them.
   *
   * @param bytes the input, when it is held in memory (empty when it is in the file)
   * @param file the temporary file holding it, when it was too long to hold
   */
  public record Spooled(RawInput bytes, Optional<Path> file) {}

  private static Path create(Path dir) throws InputException {
    try {
      Path file = Files.createTempFile(dir, "traduire-stdin-", ".txt");
      file.toFile().deleteOnExit();
      return file;
    } catch (IOException e) {
      throw new InputException(RawInput.label(RawInput.STDIN) + ": too long to hold, and no temporary file can be made in "
          + dir + " (" + e.getMessage() + "); set TMPDIR to a folder that can take it", e);
    }
  }

  /** Deletes the temporary file, if there is one. */
  public static void delete(Optional<Path> file) {
    file.ifPresent(f -> {
      try {
        Files.deleteIfExists(f);
      } catch (IOException ignored) {
        // deleteOnExit tries again as the run ends
      }
    });
  }

  /** The bytes read already, then the rest of the stream. */
  private static final class Joined extends InputStream {
    private final byte[] head;
    private final InputStream rest;
    private int at;

    Joined(byte[] head, InputStream rest) {
      this.head = head;
      this.rest = rest;
    }

    @Override
    public int read() throws IOException {
      return at < head.length ? head[at++] & 0xFF : rest.read();
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (len == 0) {
        return 0;
      }
      if (at < head.length) {
        int n = Math.min(len, head.length - at);
        System.arraycopy(head, at, b, off, n);
        at += n;
        return n;
      }
      return rest.read(b, off, len);
    }
  }
}
