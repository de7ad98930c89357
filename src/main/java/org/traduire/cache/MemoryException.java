package org.traduire.cache;

/** The translation memory file cannot be used: one line naming the file and the problem. */
public final class MemoryException extends Exception {
  private static final long serialVersionUID = 1L;

  public MemoryException(String message) {
    super(message);
  }

  public MemoryException(String message, Throwable cause) {
    super(message, cause);
  }
}
