package org.traduire.cli;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.traduire.config.Config;
import org.traduire.config.ConfigException;
import org.traduire.config.Key;
import org.traduire.pipeline.Names;
import picocli.CommandLine.Option;

/** Where settings come from on the command line: {@code --config FILE} and {@code --set KEY=VALUE}. */
final class ConfigOptions {
  @Option(
      names = "--config",
      paramLabel = "FILE",
      description =
          "Read settings from FILE. Default: $TRADUIRE_CONFIG, else"
              + " $XDG_CONFIG_HOME/traduire/config.properties if it exists.")
  Path config;

  @Option(
      names = "--set",
      paramLabel = "KEY=VALUE",
      description =
          "Set any config key for this run (repeatable), e.g. --set apertium.chain='fra|spa|eng'"
              + " or --set deepl.target_lang=EN-GB. Keys: config.example.properties.")
  Map<String, String> set = new LinkedHashMap<>();

  /** The config file and environment, with the {@code --set} values on top. */
  Config load(Context context) throws ConfigException, UsageException {
    Map<Key, String> values = new EnumMap<>(Key.class);
    List<String> known = java.util.Arrays.stream(Key.values()).map(Key::property).toList();
    for (Map.Entry<String, String> e : set.entrySet()) {
      Key key = Key.ofProperty(e.getKey().strip());
      if (key == null) {
        throw new UsageException("--set " + e.getKey() + ": no such config key" + Names.hint(e.getKey().strip(), known));
      }
      values.put(key, e.getValue());
    }
    return Config.load(config, context.env()).withSet(values);
  }
}
