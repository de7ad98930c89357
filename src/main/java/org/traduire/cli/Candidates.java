package org.traduire.cli;

import java.util.Iterator;
import java.util.List;
import org.traduire.pipeline.Backends;
import org.traduire.render.OutputFormat;

/** Values offered by shell completion and listed in {@code --help}. */
final class Candidates {
  private Candidates() {}

  /** Backend names. */
  static final class BackendNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Backends.names().iterator();
    }
  }

  /** Output format names. */
  static final class OutputFormats implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return OutputFormat.labels().iterator();
    }
  }

  /** When to use colour. */
  static final class ColourModes implements Iterable<String> {
    static final List<String> NAMES = List.of("auto", "always", "never");

    @Override
    public Iterator<String> iterator() {
      return NAMES.iterator();
    }
  }

  /** Input format names. */
  static final class InputFormats implements Iterable<String> {
    static final List<String> NAMES = List.of("auto", "text", "markdown", "html", "lines");

    @Override
    public Iterator<String> iterator() {
      return NAMES.iterator();
    }
  }
}
