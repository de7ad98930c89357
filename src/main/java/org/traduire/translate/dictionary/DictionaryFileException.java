package org.traduire.translate.dictionary;

import java.io.IOException;

/** An extra dictionary file that is missing or malformed; the message names the file and the line. */
public final class DictionaryFileException extends IOException {
  private static final long serialVersionUID = 1L;

  DictionaryFileException(String message) {
    super(message);
  }

  DictionaryFileException(String message, Throwable cause) {
    super(message, cause);
  }
}
