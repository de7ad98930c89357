package org.traduire.config;

/** A configuration file that cannot be read, or a value that makes no sense; the message names the file and key. */
public final class ConfigException extends Exception {
  private static final long serialVersionUID = 1L;

  public ConfigException(String message) {
    super(message);
  }
}
