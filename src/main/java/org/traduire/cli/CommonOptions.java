package org.traduire.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.traduire.config.Config;
import org.traduire.config.ConfigException;
import org.traduire.config.Key;
import org.traduire.document.InputFormat;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Options shared by every command that reads inputs. */
final class CommonOptions {
  @Parameters(
      paramLabel = "PATH",
      arity = "0..*",
      description = "Files to read; none, or -, reads standard input.")
  List<String> paths = List.of();

  @Option(
      names = "--input-format",
      paramLabel = "FORMAT",
      description =
          "How to parse the input: auto (from the file extension, else the content), text,"
              + " markdown, lines (one segment per line; the output keeps one line per input"
              + " line). Default: auto.")
  String inputFormat;

  @Option(names = "--config", paramLabel = "FILE", description = "Read settings from FILE.")
  Path config;

  @Option(names = {"-q", "--quiet"}, description = "Print no notes on standard error, only errors.")
  boolean quiet;

  @Option(names = {"-v", "--verbose"}, description = "Print more detail, and stack traces with errors.")
  boolean verbose;

  Config loadConfig(Context context) throws ConfigException {
    return Config.load(config, context.env());
  }

  /** The inputs to read: the paths given, else standard input. */
  List<String> inputs(Context context) throws UsageException {
    if (paths.isEmpty()) {
      if (context.console()) {
        throw new UsageException("no input: give a PATH, or pipe text in (try --help)");
      }
      return List.of("-");
    }
    return paths;
  }

  /** The input format, or null for auto. */
  InputFormat inputFormat(Config config) throws UsageException {
    String value = config.resolve(Key.INPUT_FORMAT, inputFormat).toLowerCase(Locale.ROOT);
    if (value.equals("auto")) {
      return null;
    }
    for (InputFormat f : InputFormat.values()) {
      if (f.label().equals(value)) {
        return f;
      }
    }
    throw new UsageException(
        "input format '" + value + "' (from " + config.origin(Key.INPUT_FORMAT, inputFormat)
            + ") is not one of auto, text, markdown, lines");
  }

  void notes(Context context, Config config) {
    if (!quiet) {
      config.warnings().forEach(w -> context.err().println("traduire: " + w));
    }
  }
}
