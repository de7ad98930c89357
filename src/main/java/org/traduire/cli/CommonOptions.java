package org.traduire.cli;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.traduire.config.Config;
import org.traduire.config.ConfigException;
import org.traduire.config.Key;
import org.traduire.document.InputFormat;
import org.traduire.input.ByteSize;
import org.traduire.input.InputException;
import org.traduire.input.InputReader;
import org.traduire.input.RawInput;
import org.traduire.pipeline.Names;
import picocli.CommandLine.Mixin;
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
      names = {"-t", "--text"},
      paramLabel = "TEXT",
      description = "Translate TEXT given on the command line (repeatable), as translate-shell does.")
  List<String> texts = List.of();

  @Option(
      names = "--input-format",
      paramLabel = "FORMAT",
      completionCandidates = Candidates.InputFormats.class,
      description =
          "How to parse the input: auto (from the file extension, else the content), text,"
              + " markdown, html (the page's article; -f target writes the page back in"
              + " English), lines (one segment per line; the output keeps one line per input"
              + " line). Default: auto.")
  String inputFormat;

  @Option(
      names = "--max-input-bytes",
      paramLabel = "SIZE",
      description =
          "Refuse an input larger than SIZE (bytes, or with K, M, G: 64M, 1G): exit 2, or in a"
              + " folder run that file fails and the others go on. Default: 256M.")
  String maxInputBytes;

  /** The input size limit resolved from the options and configuration; set by {@link #loadConfig}. */
  private long maxBytes = InputReader.DEFAULT_MAX_BYTES;

  @Mixin ConfigOptions settings;

  @Option(names = {"-q", "--quiet"}, description = "Print no notes on standard error, only errors.")
  boolean quiet;

  @Option(names = {"-v", "--verbose"}, description = "Print more detail, and stack traces with errors.")
  boolean verbose;

  Config loadConfig(Context context) throws ConfigException, UsageException {
    Config config = settings.load(context);
    String value = config.resolve(Key.INPUT_MAX_BYTES, maxInputBytes);
    try {
      maxBytes = ByteSize.parse(value);
    } catch (IllegalArgumentException e) {
      throw new UsageException("input.max_bytes (from " + config.origin(Key.INPUT_MAX_BYTES, maxInputBytes) + "): "
          + e.getMessage());
    }
    return config;
  }

  /** The largest input accepted, in bytes. */
  long maxBytes() {
    return maxBytes;
  }

  /**
   * The names of the inputs to read: each {@code -t} text ("text 1", "text 2"…), then the paths
   * given; standard input when there are neither. When standard input is a terminal, a one-line
   * hint says how to end the text rather than waiting in silence.
   */
  List<String> inputs(Context context) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      names.add(textName(i));
    }
    names.addAll(paths);
    if (names.isEmpty()) {
      if (context.stdinIsTerminal().getAsBoolean()) {
        context.err().println("traduire: reading standard input: type or paste French text, then press Ctrl-D");
        context.err().flush();
      }
      names.add(RawInput.STDIN);
    }
    return names;
  }

  /** The bytes of the input called {@code name}: a {@code -t} text, standard input or a file. */
  RawInput read(String name, Context context) throws InputException {
    for (int i = 0; i < texts.size(); i++) {
      if (name.equals(textName(i))) {
        String text = texts.get(i);
        return new RawInput(name, (text.endsWith("\n") ? text : text + "\n").getBytes(StandardCharsets.UTF_8));
      }
    }
    return InputReader.read(name, context.in(), maxBytes);
  }

  private String textName(int i) {
    return texts.size() == 1 ? "text" : "text " + (i + 1);
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
    List<String> known = Candidates.InputFormats.NAMES;
    throw new UsageException(
        "input format '" + value + "' (from " + config.origin(Key.INPUT_FORMAT, inputFormat)
            + ") is not one of " + String.join(", ", known) + Names.hint(value, known));
  }

  void notes(Context context, Config config) {
    if (!quiet) {
      config.warnings().forEach(w -> context.err().println("traduire: " + w));
    }
  }
}
