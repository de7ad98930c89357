package org.traduire.render;

/** How a piece of terminal output is shown when colour is on: ANSI SGR sequences around the text. */
enum Style {
  PLAIN(""),
  /** Headings: bold cyan. */
  HEADING("\u001b[1;36m"),
  /** Text kept as it was (already English, code): dim. */
  KEPT("\u001b[2m"),
  /** A block that failed to translate: red. */
  FAILED("\u001b[31m");

  private static final String RESET = "\u001b[0m";

  private final String start;

  Style(String start) {
    this.start = start;
  }

  /** {@code text} wrapped in this style's sequences when {@code colour} is on and the text is not empty. */
  String apply(String text, boolean colour) {
    return !colour || start.isEmpty() || text.isEmpty() ? text : start + text + RESET;
  }
}
