package org.traduire.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Settings from the environment and the config file. Precedence, highest first: the command line
 * (a dedicated option, see {@link #resolve}, then {@code --set KEY=VALUE}), environment variables, the config file ({@code --config FILE}, else
 * {@code $TRADUIRE_CONFIG}, else {@code $XDG_CONFIG_HOME/traduire/config.properties}, else
 * {@code ~/.config/traduire/config.properties}), then each key's default.
 */
public final class Config {
  private final Map<Key, String> set;
  private final Map<String, String> env;
  private final Map<Key, String> file;
  private final Optional<Path> source;
  private final List<String> warnings;

  private Config(Map<Key, String> set, Map<String, String> env, Map<Key, String> file, Optional<Path> source, List<String> warnings) {
    this.set = set;
    this.env = env;
    this.file = file;
    this.source = source;
    this.warnings = List.copyOf(warnings);
  }

  /** Settings from the environment alone, as if no config file existed. */
  public static Config ofEnvironment(Map<String, String> env) {
    return new Config(Map.of(), Map.copyOf(env), Map.of(), Optional.empty(), List.of());
  }

  /**
   * These settings with {@code --set KEY=VALUE} values on top: they come after a dedicated option
   * (such as {@code -b}) and before the environment.
   */
  public Config withSet(Map<Key, String> values) {
    Map<Key, String> merged = new EnumMap<>(Key.class);
    merged.putAll(set);
    values.forEach((k, v) -> merged.put(k, v.strip()));
    return new Config(Map.copyOf(merged), env, file, source, warnings);
  }

  /**
   * Loads the config file and the environment.
   *
   * @param explicit the {@code --config} file, or null; it must exist when given
   * @throws ConfigException when a file that was asked for is missing or unreadable
   */
  public static Config load(Path explicit, Map<String, String> env) throws ConfigException {
    Path path = explicit;
    boolean required = explicit != null;
    if (path == null && notBlank(env.get("TRADUIRE_CONFIG"))) {
      path = Path.of(env.get("TRADUIRE_CONFIG"));
      required = true;
    }
    if (path == null) {
      path = defaultFile(env);
    }
    if (path == null || !Files.isRegularFile(path)) {
      if (required) {
        throw new ConfigException(path + ": config file not found");
      }
      return ofEnvironment(env);
    }
    Properties props = new Properties();
    try (Reader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      props.load(r);
    } catch (IOException | IllegalArgumentException e) {
      throw new ConfigException(path + ": cannot read config file: " + e.getMessage());
    }
    Map<Key, String> values = new EnumMap<>(Key.class);
    List<String> warnings = new ArrayList<>();
    for (String name : props.stringPropertyNames().stream().sorted().toList()) {
      Key key = Key.ofProperty(name);
      if (key == null) {
        warnings.add(path + ": unknown key '" + name + "' ignored");
      } else {
        values.put(key, props.getProperty(name).trim());
      }
    }
    return new Config(Map.of(), Map.copyOf(env), values, Optional.of(path), warnings);
  }

  private static Path defaultFile(Map<String, String> env) {
    String xdg = env.get("XDG_CONFIG_HOME");
    if (notBlank(xdg)) {
      return Path.of(xdg, "traduire", "config.properties");
    }
    String home = env.getOrDefault("HOME", System.getProperty("user.home"));
    return notBlank(home) ? Path.of(home, ".config", "traduire", "config.properties") : null;
  }

  /** The value of {@code key}: the command-line value if given, else environment, else file, else default. */
  public String resolve(Key key, String commandLine) {
    if (commandLine != null) {
      return commandLine;
    }
    String fromSet = set.get(key);
    if (notBlank(fromSet)) {
      return fromSet;
    }
    String fromEnv = env.get(key.env());
    if (notBlank(fromEnv)) {
      return fromEnv.trim();
    }
    String fromFile = file.get(key);
    if (notBlank(fromFile)) {
      return fromFile;
    }
    return key.defaultValue();
  }

  /** Where a key's value came from, for messages: "option", "environment (VAR)", "FILE", "default". */
  public String origin(Key key, String commandLine) {
    if (commandLine != null) {
      return "the command line";
    }
    if (notBlank(set.get(key))) {
      return "--set " + key.property();
    }
    if (notBlank(env.get(key.env()))) {
      return "$" + key.env();
    }
    if (notBlank(file.get(key))) {
      return source.map(Path::toString).orElse("the config file");
    }
    return "the default";
  }

  /** The config file read, if any. */
  public Optional<Path> source() {
    return source;
  }

  /** Problems worth a note on stderr, such as unknown keys. */
  public List<String> warnings() {
    return warnings;
  }

  private static boolean notBlank(String s) {
    return s != null && !s.isBlank();
  }
}
