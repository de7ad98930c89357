package org.traduire.render;

/**
 * Escaping for the XML formats (TMX, XLIFF). Characters XML 1.0 forbids (C0 controls other than tab
 * and line feed, lone surrogates, U+FFFE and U+FFFF) cannot be written even as references, so they
 * become U+FFFD; a carriage return is written as {@code &#13;} so that a parser gives it back
 * instead of turning it into a line feed.
 */
public final class Xml {
  private Xml() {}

  /** {@code text} for element content: {@code &}, {@code <} and {@code >} escaped. */
  public static String text(String text) {
    return escape(text, false);
  }

  /** {@code value} for a double-quoted attribute: also quotes, tabs and line ends escaped. */
  public static String attribute(String value) {
    return escape(value, true);
  }

  private static String escape(String s, boolean attribute) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '\r' -> sb.append("&#13;");
        case '"' -> sb.append(attribute ? "&quot;" : "\"");
        case '\'' -> sb.append(attribute ? "&apos;" : "'");
        case '\n' -> sb.append(attribute ? "&#10;" : "\n");
        case '\t' -> sb.append(attribute ? "&#9;" : "\t");
        default -> {
          if (allowed(c)) {
            sb.appendCodePoint(c);
          } else {
            sb.append('\uFFFD');
          }
        }
      }
    }
    return sb.toString();
  }

  /** The XML 1.0 {@code Char} production, less tab and line ends (handled above). */
  private static boolean allowed(int c) {
    return c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF;
  }
}
