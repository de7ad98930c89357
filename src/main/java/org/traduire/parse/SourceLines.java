package org.traduire.parse;

import java.util.Arrays;

/** A text cut into lines, each line keeping its {@code \n} (the last one may have none). */
final class SourceLines {
  private final String text;

  /** Start offset of each line, plus the text's length at the end. */
  private final int[] starts;

  private SourceLines(String text, int[] starts) {
    this.text = text;
    this.starts = starts;
  }

  static SourceLines of(String text) {
    int[] starts = new int[16];
    int n = 0;
    int at = 0;
    while (at < text.length()) {
      if (n + 1 >= starts.length) {
        starts = Arrays.copyOf(starts, starts.length * 2);
      }
      starts[n++] = at;
      int nl = text.indexOf('\n', at);
      at = nl < 0 ? text.length() : nl + 1;
    }
    starts = Arrays.copyOf(starts, n + 1);
    starts[n] = text.length();
    return new SourceLines(text, starts);
  }

  int count() {
    return starts.length - 1;
  }

  int start(int line) {
    return starts[line];
  }

  /** Line {@code line}, with its {@code \n} when it has one. */
  String line(int line) {
    return text.substring(starts[line], starts[line + 1]);
  }

  /** Lines {@code from} (inclusive) to {@code to} (exclusive), line ends included. */
  String lines(int from, int to) {
    return text.substring(starts[from], starts[to]);
  }

  /** Line {@code line} without its {@code \n}. */
  String content(int line) {
    String s = line(line);
    return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
  }

  boolean isBlank(int line) {
    return line(line).isBlank();
  }
}
