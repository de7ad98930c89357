package org.traduire.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigTest {
  @TempDir Path dir;

  private Path file(String content) throws IOException {
    return Files.writeString(dir.resolve("config.properties"), content);
  }

  @Test
  void commandLineBeatsEnvironmentBeatsFileBeatsDefault() throws Exception {
    Config config =
        Config.load(file("backend=from-file\nformat=json\n"), Map.of("TRADUIRE_BACKEND", "from-env"));

    assertThat(config.resolve(Key.BACKEND, "from-option")).isEqualTo("from-option");
    assertThat(config.resolve(Key.BACKEND, null)).isEqualTo("from-env");
    assertThat(config.resolve(Key.FORMAT, null)).isEqualTo("json");
    assertThat(config.resolve(Key.INPUT_FORMAT, null)).isEqualTo("auto");
  }

  @Test
  void originNamesWhereAValueCameFrom() throws Exception {
    Path f = file("format=json\n");
    Config config = Config.load(f, Map.of("TRADUIRE_BACKEND", "x"));

    assertThat(config.origin(Key.BACKEND, null)).isEqualTo("$TRADUIRE_BACKEND");
    assertThat(config.origin(Key.FORMAT, null)).isEqualTo(f.toString());
    assertThat(config.origin(Key.WIDTH, null)).isEqualTo("the default");
  }

  @Test
  void configFileFromEnvironmentVariableIsUsed() throws Exception {
    Path f = file("format=interleaved\n");

    Config config = Config.load(null, Map.of("TRADUIRE_CONFIG", f.toString()));

    assertThat(config.resolve(Key.FORMAT, null)).isEqualTo("interleaved");
  }

  @Test
  void xdgConfigHomeIsSearched() throws Exception {
    Files.createDirectories(dir.resolve("traduire"));
    Files.writeString(dir.resolve("traduire/config.properties"), "width=77\n");

    Config config = Config.load(null, Map.of("XDG_CONFIG_HOME", dir.toString()));

    assertThat(config.resolve(Key.WIDTH, null)).isEqualTo("77");
  }

  @Test
  void missingDefaultFileIsNotAnError() throws Exception {
    Config config = Config.load(null, Map.of("XDG_CONFIG_HOME", dir.resolve("none").toString()));

    assertThat(config.source()).isEmpty();
    assertThat(config.resolve(Key.BACKEND, null)).isEqualTo("dictionary");
  }

  @Test
  void missingExplicitFileIsAnErrorNamingIt() {
    Path missing = dir.resolve("missing.properties");

    assertThatThrownBy(() -> Config.load(missing, Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessage(missing + ": config file not found");
  }

  @Test
  void unknownKeysAreReportedNotFatal() throws Exception {
    Config config = Config.load(file("bakend=deepl\n"), Map.of());

    assertThat(config.warnings()).singleElement().asString().contains("unknown key 'bakend'");
  }

  @Test
  void exampleFileDocumentsExactlyTheKeysThatExist() throws IOException {
    Properties example = new Properties();
    try (Reader r = Files.newBufferedReader(Path.of("config.example.properties"), StandardCharsets.UTF_8)) {
      example.load(r);
    }

    assertThat(example.stringPropertyNames())
        .containsExactlyInAnyOrderElementsOf(Arrays.stream(Key.values()).map(Key::property).toList());
    for (Key k : Key.values()) {
      assertThat(example.getProperty(k.property())).as(k.property()).isEqualTo(k.defaultValue());
    }
  }
}
