package org.traduire.translate.http;

import java.util.List;

/** Keeps API keys out of messages: every text that leaves an HTTP backend goes through {@link #redact}. */
public final class Secrets {
  /** What a key is replaced with. */
  public static final String MASK = "[key hidden]";

  private final List<String> values;

  public Secrets(List<String> values) {
    // A key of a few characters could hide ordinary words; such a key is refused anyway by every API.
    this.values = values.stream().filter(v -> v != null && v.strip().length() >= 4).map(String::strip).toList();
  }

  /** {@code text} with every key replaced by {@link #MASK}; null stays null. */
  public String redact(String text) {
    if (text == null) {
      return null;
    }
    String out = text;
    for (String v : values) {
      out = out.replace(v, MASK);
    }
    return out;
  }

  /** "set" or "unset", the only way a key is ever shown. */
  public static String state(String value) {
    return value == null || value.isBlank() ? "unset" : "set";
  }
}
