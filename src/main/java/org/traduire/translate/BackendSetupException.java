package org.traduire.translate;

/**
 * A backend cannot be made from its settings: a value that does not parse, a key that would go
 * over plain HTTP to another machine, a file that is missing. The message names the setting.
 */
public final class BackendSetupException extends Exception {
  private static final long serialVersionUID = 1L;

  public BackendSetupException(String message) {
    super(message);
  }
}
