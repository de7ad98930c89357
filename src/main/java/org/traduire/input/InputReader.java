package org.traduire.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads one input's bytes: standard input for {@code -}, else the file at the path. An input over
 * the size limit is refused: a file by its size before any byte is read, standard input as soon
 * as one byte more than the limit has come.
 */
public final class InputReader {
  /** The limit when none is given: generous for articles, still far below what fills the heap. */
  public static final long DEFAULT_MAX_BYTES = 256L << 20;

  private InputReader() {}

  public static RawInput read(String name, InputStream stdin) throws InputException {
    return read(name, stdin, DEFAULT_MAX_BYTES);
  }

  /** Reads the input called {@code name}, refusing one of more than {@code maxBytes} bytes. */
  public static RawInput read(String name, InputStream stdin, long maxBytes) throws InputException {
    long limit = Math.min(maxBytes, ByteSize.MAX_READABLE);
    if (name.equals(RawInput.STDIN)) {
      try {
        byte[] bytes = stdin.readNBytes((int) limit + 1);
        if (bytes.length > limit) {
          throw new InputException(RawInput.label(name) + ": more than " + ByteSize.format(maxBytes)
              + ", the input limit (--max-input-bytes); stopped reading");
        }
        return new RawInput(name, bytes);
      } catch (IOException e) {
        throw new InputException(RawInput.label(name) + ": cannot read: " + e.getMessage(), e);
      }
    }
    Path path = Path.of(name);
    if (Files.isDirectory(path)) {
      throw new InputException(name + ": is a folder; give the files inside it");
    }
    try {
      tooLarge(name, Files.size(path), "", limit, maxBytes);
      if (Files.isRegularFile(path)) {
        byte[] bytes = Files.readAllBytes(path);
        tooLarge(name, bytes.length, "", limit, maxBytes); // grown since
        return new RawInput(name, bytes);
      }
      try (InputStream in = Files.newInputStream(path)) { // a pipe or device: its size says nothing
        byte[] bytes = in.readNBytes((int) limit + 1);
        tooLarge(name, bytes.length, " or more", limit, maxBytes);
        return new RawInput(name, bytes);
      }
    } catch (IOException e) {
      throw failure(name, e);
    }
  }

  /** A file that cannot be read, in one line naming it: missing, not allowed, or the system's reason. */
  public static InputException failure(String name, IOException e) {
    if (e instanceof NoSuchFileException) {
      return new InputException(name + ": no such file", e);
    }
    if (e instanceof AccessDeniedException) {
      return new InputException(name + ": permission denied", e);
    }
    return new InputException(name + ": cannot read: " + e.getMessage(), e);
  }

  private static void tooLarge(String name, long size, String more, long limit, long maxBytes)
      throws InputException {
    if (size > limit) {
      throw new InputException(name + ": " + size + " bytes" + more
          + ", over the input limit of " + ByteSize.format(maxBytes) + " (--max-input-bytes)");
    }
  }
}
