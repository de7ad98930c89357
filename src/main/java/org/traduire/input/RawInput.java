package org.traduire.input;

import java.util.Objects;

/** The bytes of one input and the name to show for it: a path, or {@code -} for standard input. */
public record RawInput(String name, byte[] bytes) {
  public static final String STDIN = "-";

  public RawInput {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(bytes, "bytes");
  }

  public boolean isStdin() {
    return name.equals(STDIN);
  }

  /** The name to show in messages for an input called {@code name}: the path, or "standard input". */
  public static String label(String name) {
    return name.equals(STDIN) ? "standard input" : name;
  }
}
