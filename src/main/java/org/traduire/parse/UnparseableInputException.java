package org.traduire.parse;

/**
 * An input its parser cannot take (HTML nested deeper than jsoup can rebuild): a problem of that
 * input, not a bug; the message says what to try instead.
 */
public final class UnparseableInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UnparseableInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
