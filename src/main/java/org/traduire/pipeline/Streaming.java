package org.traduire.pipeline;

import java.io.Writer;
import java.util.Optional;
import java.util.function.Supplier;
import org.traduire.render.PartRenderer;

/**
 * When a run translates a long input a window at a time instead of whole, so that what it holds
 * is bounded by the window (and the section being worked on) rather than by the input. It does for
 * a plain-text file of more than {@code above} bytes, in an output format written a block at a
 * time (side-by-side, interleaved, target), outside a dry run; the output is the same, byte for
 * byte, as the whole input's (see {@link StreamedFile} for the one difference a text can show).
 *
 * @param above the size in bytes above which a file is streamed
 * @param maxBytes the input limit ({@code input.max_bytes}), which a streamed file is held to too
 * @param parts a fresh renderer for one output given in parts, or empty when the format needs the
 *     whole document
 * @param stdout where a streamed result goes when the run has one input and no output file: it is
 *     written there as it comes, and not kept
 */
public record Streaming(long above, long maxBytes, Supplier<Optional<PartRenderer>> parts, Optional<Writer> stdout) {
  /** Never streams. */
  public static final Streaming OFF =
      new Streaming(Long.MAX_VALUE, Long.MAX_VALUE, Optional::empty, Optional.empty());

  /** The most characters of text read at once (the window is smaller when {@link #above} is). */
  static final int MAX_WINDOW = 256 * 1024;

  /** Characters of text to read at once: about a quarter of a megabyte, less for a low threshold. */
  int window() {
    return (int) Math.max(1, Math.min(above, MAX_WINDOW));
  }
}
