package org.traduire.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Test inputs: the real sample article and the fixtures under {@code src/test/resources/parse}. */
final class Fixtures {
  static final Path SAMPLE = Path.of("samples", "deepseek-h100-gpus.fr.txt");

  private Fixtures() {}

  static String sample() {
    try {
      return Files.readString(SAMPLE, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String resource(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/parse/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource parse/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
