package org.traduire.translate;

/** A backend could not translate a batch; the message is one line, in the service's own words where it has some. */
public class TranslationException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String backend;
  private final boolean fatal;

  public TranslationException(String backend, String message) {
    this(backend, message, null, false);
  }

  public TranslationException(String backend, String message, Throwable cause) {
    this(backend, message, cause, false);
  }

  /**
   * @param fatal true when no other request to this backend can succeed either (a rejected key,
   *     an exhausted quota), so the pipeline should not try the batch's segments one by one
   */
  public TranslationException(String backend, String message, Throwable cause, boolean fatal) {
    super(message, cause);
    this.backend = backend;
    this.fatal = fatal;
  }

  public boolean fatal() {
    return fatal;
  }

  public String backend() {
    return backend;
  }
}
