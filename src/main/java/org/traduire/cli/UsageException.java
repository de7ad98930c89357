package org.traduire.cli;

/** A bad combination of options or a bad option value found after parsing. */
final class UsageException extends Exception {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
