package org.traduire.input;

/** An input that cannot be used: missing, unreadable, empty or binary. The message names the input. */
public final class InputException extends Exception {
  private static final long serialVersionUID = 1L;

  public InputException(String message) {
    super(message);
  }

  public InputException(String message, Throwable cause) {
    super(message, cause);
  }
}
