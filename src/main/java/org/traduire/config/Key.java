package org.traduire.config;

/**
 * Every configuration key, with its environment variable and default. {@code
 * config.example.properties} documents each one; a test keeps the two in step.
 */
public enum Key {
  BACKEND("backend", "TRADUIRE_BACKEND", "dictionary"),
  FORMAT("format", "TRADUIRE_FORMAT", "side-by-side"),
  INPUT_FORMAT("input.format", "TRADUIRE_INPUT_FORMAT", "auto"),
  WIDTH("width", "TRADUIRE_WIDTH", ""),
  JOBS("jobs", "TRADUIRE_JOBS", ""),
  DICTIONARY_EXTRA("dictionary.extra", "TRADUIRE_DICTIONARY_EXTRA", ""),
  DICTIONARY_MARK_UNKNOWN("dictionary.mark-unknown", "TRADUIRE_DICTIONARY_MARK_UNKNOWN", "false");

  private final String property;
  private final String env;
  private final String defaultValue;

  Key(String property, String env, String defaultValue) {
    this.property = property;
    this.env = env;
    this.defaultValue = defaultValue;
  }

  /** The key's name in a properties file. */
  public String property() {
    return property;
  }

  /** The environment variable that sets it. */
  public String env() {
    return env;
  }

  /** The value when nothing sets it; empty means "decided at run time". */
  public String defaultValue() {
    return defaultValue;
  }

  static Key ofProperty(String name) {
    for (Key k : values()) {
      if (k.property.equals(name)) {
        return k;
      }
    }
    return null;
  }
}
