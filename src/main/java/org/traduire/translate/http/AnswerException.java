package org.traduire.translate.http;

/** A 2xx answer that cannot be used: malformed, an error in disguise, or cut short. */
public final class AnswerException extends Exception {
  private static final long serialVersionUID = 1L;

  private final boolean retryable;

  /**
   * @param retryable true when asking the same thing again may give a good answer (a truncated
   *     or garbled body); false when the same request will fail the same way (an answer cut at
   *     the model's length limit), so the batch is better split
   */
  public AnswerException(String message, boolean retryable) {
    super(message);
    this.retryable = retryable;
  }

  public boolean retryable() {
    return retryable;
  }
}
