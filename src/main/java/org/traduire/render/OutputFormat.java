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

  public static Optional<OutputFormat> of(String label) {
    return Arrays.stream(values()).filter(f -> f.label.equals(label)).findFirst();
  }

  public static List<String> labels() {
    return Arrays.stream(values()).map(OutputFormat::label).toList();
  }
}
