package org.traduire.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputReaderTest {
  @TempDir Path dir;

  @Test
  void dashReadsStandardInput() throws Exception {
    RawInput in = InputReader.read("-", new ByteArrayInputStream("abc".getBytes(StandardCharsets.UTF_8)));

    assertThat(in.bytes()).containsExactly('a', 'b', 'c');
    assertThat(in.isStdin()).isTrue();
  }

  @Test
  void fileIsReadWholly() throws Exception {
    Path f = Files.writeString(dir.resolve("a.txt"), "Bonjour");

    assertThat(new String(InputReader.read(f.toString(), null).bytes(), StandardCharsets.UTF_8))
        .isEqualTo("Bonjour");
  }

  @Test
  void missingFileIsNamedInTheMessage() {
    String missing = dir.resolve("nope.txt").toString();

    assertThatThrownBy(() -> InputReader.read(missing, null))
        .isInstanceOf(InputException.class)
        .hasMessage(missing + ": no such file");
  }

  @Test
  void folderIsRefusedWithAHint() {
    assertThatThrownBy(() -> InputReader.read(dir.toString(), null))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("is a folder");
  }
}
