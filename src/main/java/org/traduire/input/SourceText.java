package org.traduire.input;

import java.util.Objects;

/**
 * Decoded input text with line ends normalised to {@code \n}.
 *
 * @param name the input's name (a path, or {@code -})
 * @param text the text, never empty
 * @param charset the name of the character set it was decoded from
 * @param fallback true when the bytes were not valid UTF-8, declared no other charset, and were
 *     read as Windows-1252
 */
public record SourceText(String name, String text, String charset, boolean fallback) {
  public SourceText {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(charset, "charset");
  }

  /** The name to show in messages: the path, or "standard input". */
  public String label() {
    return RawInput.label(name);
  }
}
