package org.traduire.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.traduire.input.InputException;
import org.traduire.input.InputReader;
import org.traduire.input.RawInput;

/**
 * One input of a run and where its result goes.
 *
 * @param name the input's name in messages: its path as given, {@code -} for standard input
 * @param input the file read, when the input is a file
 * @param reader reads the input's bytes
 * @param output the file to write; empty to keep the result for the caller (joined output)
 * @param weight the input's size in bytes, at least 1, for the progress estimate
 * @param refusal why the input is not translated at all, decided before the run (a broken link)
 */
public record Job(
    String name, Optional<Path> input, Reader reader, Optional<Path> output, long weight, Optional<Refusal> refusal) {
  /** Reads an input's bytes. */
  @FunctionalInterface
  public interface Reader {
    RawInput read() throws InputException;
  }

  /** An input left out before the run, and why (the reason does not repeat the name). */
  public record Refusal(FileStatus status, String reason) {
    public Refusal {
      if (status != FileStatus.SKIPPED && status != FileStatus.FAILED) {
        throw new IllegalArgumentException("a refused input is skipped or failed, not " + status);
      }
    }
  }

  public Job {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(refusal, "refusal");
    weight = Math.max(1, weight);
  }

  /** The file at {@code path}, its result written to {@code output} (or kept when empty). */
  public static Job file(Path path, Optional<Path> output) {
    return file(path, output, InputReader.DEFAULT_MAX_BYTES);
  }

  /** The same, refusing a file of more than {@code maxBytes} bytes before reading it. */
  public static Job file(Path path, Optional<Path> output, long maxBytes) {
    String name = path.toString();
    long size;
    try {
      size = Files.size(path);
    } catch (IOException e) {
      size = 1; // reading it will say what is wrong
    }
    return new Job(name, Optional.of(path), () -> InputReader.read(name, InputStream.nullInputStream(), maxBytes), output, size,
        Optional.empty());
  }

  /** An input read by {@code reader} (standard input, a text given on the command line), its result kept. */
  public static Job read(String name, Reader reader) {
    return new Job(name, Optional.empty(), reader, Optional.empty(), 1, Optional.empty());
  }

  /** An input left out before the run, reported with its reason. */
  public static Job refused(String name, FileStatus status, String reason) {
    return new Job(name, Optional.empty(), () -> {
      throw new IllegalStateException(name + " is not read");
    }, Optional.empty(), 1, Optional.of(new Refusal(status, reason)));
  }

  /** The name to show in messages. */
  public String label() {
    return RawInput.label(name);
  }
}
