package org.traduire.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.traduire.document.BilingualDocument;

/**
 * Golden files under {@code src/test/resources/render/}: the expected output of a renderer, read by
 * people as the specification. Run the tests with {@code -Dgolden.update=true} to rewrite them from
 * the current output, then read the diff before committing it.
 */
final class Golden {
  private static final Path DIR = Path.of("src", "test", "resources", "render");

  private Golden() {}

  static String render(Renderer renderer, BilingualDocument document) {
    StringWriter out = new StringWriter();
    try {
      renderer.render(document, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** Asserts that {@code actual} is the content of golden file {@code name}, or rewrites it. */
  static void assertMatches(String name, String actual) throws IOException {
    Path file = DIR.resolve(name);
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(DIR);
      Files.writeString(file, actual, StandardCharsets.UTF_8);
      return;
    }
    assertThat(file)
        .as("golden file %s is missing; run the tests with -Dgolden.update=true", file)
        .exists();
    assertThat(actual).as("output against %s", file).isEqualTo(Files.readString(file));
  }
}
