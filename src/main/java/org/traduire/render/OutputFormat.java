package org.traduire.render;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The output formats of {@code -f/--format}. */
public enum OutputFormat {
  // The second figure: UTF-8 bytes written per character of French text, measured on a 3 MB
  // article of short paragraphs (LargeInputIT's text) and rounded up by about a tenth.
  SIDE_BY_SIDE("side-by-side", 28),
  INTERLEAVED("interleaved", 22),
  TARGET("target", 11),
  JSON("json", 55),
  HTML("html", 28),
  MARKDOWN("markdown", 23),
  TMX("tmx", 28),
  XLIFF("xliff", 28);

  private final String label;
  private final int tenthsPerChar;

  OutputFormat(String label, int tenthsPerChar) {
    this.label = label;
    this.tenthsPerChar = tenthsPerChar;
  }

  public String label() {
    return label;
  }

  /**
   * Whether the outputs of several inputs can go to one stream: text formats one after another
   * under a header, JSON as an array. An HTML page, a TMX or an XLIFF file is one whole document.
   */
  public boolean joinable() {
    return this != HTML && this != TMX && this != XLIFF;
  }

  /**
   * About how many bytes this format writes for {@code inputChars} characters of French, to size
   * an output buffer once: a buffer grown by doubling holds two copies at once, and ends up to twice
   * too large, which on a large input is the run's peak.
   */
  public int expectedBytes(long inputChars) {
    return (int) Math.min(Integer.MAX_VALUE - 8, inputChars * tenthsPerChar / 10 + 256);
  }

  public static Optional<OutputFormat> of(String label) {
    return Arrays.stream(values()).filter(f -> f.label.equals(label)).findFirst();
  }

  public static List<String> labels() {
    return Arrays.stream(values()).map(OutputFormat::label).toList();
  }
}
