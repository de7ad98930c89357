package org.traduire.cli;

/**
 * A message fitted to one line: the control characters in it, such as a newline or a terminal
 * escape in a file name, are shown as escapes ({@code \n}, {@code \x1b}) instead of breaking the
 * line or acting on the terminal. Tabs stay.
 */
final class OneLine {
  private OneLine() {}

  static String of(String message) {
    StringBuilder sb = null;
    for (int i = 0; i < message.length(); i++) {
      char c = message.charAt(i);
      if (!Character.isISOControl(c) || c == '\t') {
        if (sb != null) {
          sb.append(c);
        }
        continue;
      }
      if (sb == null) {
        sb = new StringBuilder(message.length() + 8).append(message, 0, i);
      }
      switch (c) {
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        default -> sb.append(c < 0x100 ? String.format("\\x%02x", (int) c) : String.format("\\u%04x", (int) c));
      }
    }
    return sb == null ? message : sb.toString();
  }
}
