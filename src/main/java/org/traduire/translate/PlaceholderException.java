package org.traduire.translate;

import java.util.List;

/**
 * A translation whose placeholders did not all come back exactly once: {@link #offending} are
 * the indexes of the pieces lost or duplicated (empty when the only fault is an unknown token).
 */
public final class PlaceholderException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  private final List<Integer> offending;

  public PlaceholderException(String message, List<Integer> offending) {
    super(message);
    this.offending = List.copyOf(offending);
  }

  public List<Integer> offending() {
    return offending;
  }
}
