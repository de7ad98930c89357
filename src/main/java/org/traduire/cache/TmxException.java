package org.traduire.cache;

/** A TMX file cannot be read: one line naming the file, the line where it went wrong, and why. */
public final class TmxException extends Exception {
  private static final long serialVersionUID = 1L;

  public TmxException(String message, Throwable cause) {
    super(message, cause);
  }
}
