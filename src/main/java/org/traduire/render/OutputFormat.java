package org.traduire.render;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The output formats of {@code -f/--format}. */
public enum OutputFormat {
  SIDE_BY_SIDE("side-by-side"),
  INTERLEAVED("interleaved"),
  TARGET("target"),
  JSON("json"),
  HTML("html"),
  MARKDOWN("markdown"),
  TMX("tmx"),
  XLIFF("xliff");

  private final String label;

  OutputFormat(String label) {
    this.label = label;
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

  public static Optional<OutputFormat> of(String label) {
    return Arrays.stream(values()).filter(f -> f.label.equals(label)).findFirst();
  }

  public static List<String> labels() {
    return Arrays.stream(values()).map(OutputFormat::label).toList();
  }
}
