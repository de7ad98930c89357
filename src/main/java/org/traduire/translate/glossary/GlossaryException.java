package org.traduire.translate.glossary;

import java.io.IOException;

/** A glossary file that is missing, unreadable or malformed; the message names the file and the line. */
public final class GlossaryException extends IOException {
  private static final long serialVersionUID = 1L;

  GlossaryException(String message) {
    super(message);
  }

  GlossaryException(String message, Throwable cause) {
    super(message, cause);
  }
}
