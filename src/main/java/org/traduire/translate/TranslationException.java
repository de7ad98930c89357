package org.traduire.translate;

/** A backend could not translate a batch; the message is one line, in the service's own words where it has some. */
public class TranslationException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String backend;

  public TranslationException(String backend, String message) {
    super(message);
    this.backend = backend;
  }

  public TranslationException(String backend, String message, Throwable cause) {
    super(message, cause);
    this.backend = backend;
  }

  public String backend() {
    return backend;
  }
}
