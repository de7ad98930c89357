package org.traduire.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads one input's bytes: standard input for {@code -}, else the file at the path. */
public final class InputReader {
  private InputReader() {}

  public static RawInput read(String name, InputStream stdin) throws InputException {
    if (name.equals(RawInput.STDIN)) {
      try {
        return new RawInput(name, stdin.readAllBytes());
      } catch (IOException e) {
        throw new InputException(RawInput.label(name) + ": cannot read: " + e.getMessage(), e);
      }
    }
    Path path = Path.of(name);
    if (Files.isDirectory(path)) {
      throw new InputException(name + ": is a folder; give the files inside it");
    }
    try {
      return new RawInput(name, Files.readAllBytes(path));
    } catch (NoSuchFileException e) {
      throw new InputException(name + ": no such file", e);
    } catch (AccessDeniedException e) {
      throw new InputException(name + ": permission denied", e);
    } catch (IOException e) {
      throw new InputException(name + ": cannot read: " + e.getMessage(), e);
    }
  }
}
