package org.traduire.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.traduire.config.Config;
import org.traduire.config.Key;
import org.traduire.pipeline.Backends;
import org.traduire.pipeline.UnknownBackendException;
import org.traduire.translate.Backend;
import org.traduire.translate.BackendSetupException;
import org.traduire.translate.Health;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code traduire backends [--check]}: every backend, its settings, and whether it answers. */
@Command(
    name = "backends",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "List every translation backend with its settings and where each value comes from;"
          + " API keys show only as set or unset.",
      "",
      "With --check, ask each configured backend whether it answers (Apertium /listPairs,"
          + " LibreTranslate /languages, DeepL /v2/usage, OpenAI /v1/models) and print the"
          + " latency or the error. Exit code 1 when a configured backend does not answer, or"
          + " when the backend setting names one that is not configured.",
      ""
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  traduire backends                                 settings of every backend",
      "  traduire backends --check                         ...and whether each answers",
      "  traduire backends --check --set apertium.url=http://127.0.0.1:2737",
      "  DEEPL_API_KEY=... traduire backends --check       is this DeepL key accepted?"
    })
final class BackendsCommand implements Callable<Integer> {
  private final Context context;

  @Mixin ConfigOptions settings;

  @Option(names = "--check", description = "Ask each configured backend whether it answers, and how fast.")
  boolean check;

  BackendsCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    Config config = settings.load(context);
    config.warnings().forEach(w -> context.err().println("traduire: " + w));
    PrintWriter out = context.out();
    List<String> chosen = Arrays.stream(config.resolve(Key.BACKEND, null).split(",")).map(String::strip).toList();
    out.println("backend = " + String.join(",", chosen) + "   (from " + config.origin(Key.BACKEND, null) + ")");
    ExitCode exit = ExitCode.OK;
    for (Backends.Entry entry : Backends.entries()) {
      out.println();
      out.println(entry.name() + (chosen.contains(entry.name()) ? " *" : "") + "   " + entry.description());
      int width = entry.keys().stream().mapToInt(k -> k.property().length()).max().orElse(0);
      for (Key key : entry.keys()) {
        out.printf("  %-" + width + "s  %s%n", key.property(), shown(config, key));
      }
      if (check) {
        Probe probe = probe(entry.name(), config);
        Health health = probe.health();
        out.println("  check: " + (health.ok() ? "ok, " : probe.configured() ? "FAILED: " : "not configured: ") + health.detail());
        if (!health.ok() && (probe.configured() || chosen.contains(entry.name()))) {
          exit = ExitCode.PARTIAL;
        }
      }
      out.flush();
    }
    return exit.code();
  }

  /** A value as it may be shown: keys only as set or unset; with where it comes from unless defaulted. */
  private static String shown(Config config, Key key) {
    String value = config.resolve(key, null);
    String origin = config.origin(key, null);
    String from = origin.equals("the default") ? "" : "   (from " + origin + ")";
    if (key.secret()) {
      return (value.isBlank() ? "unset" : "set") + (value.isBlank() ? "   ($" + key.env() + " or the config file)" : from);
    }
    return (value.isEmpty() ? "(empty)" : value) + from;
  }

  /** A backend's answer to the check; not configured when it cannot even be made (no key, bad URL). */
  private record Probe(Health health, boolean configured) {}

  private static Probe probe(String name, Config config) {
    try {
      return new Probe(Backends.create(name, key -> config.resolve(key, null)).check(), true);
    } catch (UnknownBackendException | IOException | BackendSetupException e) {
      return new Probe(new Health(false, e.getMessage()), false);
    }
  }
}
