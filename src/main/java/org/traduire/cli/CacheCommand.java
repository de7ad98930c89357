package org.traduire.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.traduire.cache.CachePaths;
import org.traduire.cache.TmxReader;
import org.traduire.cache.TmxWriter;
import org.traduire.cache.TranslationMemory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code traduire cache stats|clear|export|import}: look after the translation memory. SQLite is
 * loaded only when one of these runs (and when a translation uses the memory), never to parse the
 * command line.
 */
@Command(
    name = "cache",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Look after the translation memory: stats, clear, export and import TMX.",
      "",
      "The memory holds every segment an HTTP backend translated, in an"
          + " SQLite file, so that no segment is sent twice. Entries are keyed by the backend and the"
          + " settings that change its answers (deepl:EN-US, apertium:fra|cat|eng,"
          + " openai:MODEL@HOST:PORT, libretranslate:HOST:PORT) and by the French segment, Unicode"
          + " NFC with white space collapsed. The offline dictionary is not cached.",
      "",
      "Units imported from a translator's TMX are kept under the key tmx and win over any"
          + " backend's translation of the same segment.",
      ""
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  traduire cache stats                        entries, size, entries per backend",
      "  traduire cache export memory.tmx            every entry as TMX 1.4b",
      "  traduire cache import glossary.tmx          a translator's TMX, used first",
      "  traduire cache clear --backend tmx          forget the imported units only",
      "  traduire cache stats --cache /tmp/m.sqlite  another memory file"
    })
final class CacheCommand implements Callable<Integer> {
  private final Context context;

  private CacheCommand(Context context) {
    this.context = context;
  }

  /** The {@code cache} command with its subcommands, for {@code Main} to register. */
  static CommandLine create(Context context) {
    CommandLine cache = new CommandLine(new CacheCommand(context));
    cache.addSubcommand("stats", new Stats(context));
    cache.addSubcommand("clear", new Clear(context));
    cache.addSubcommand("export", new Export(context));
    cache.addSubcommand("import", new Import(context));
    return cache;
  }

  @Override
  public Integer call() throws UsageException {
    throw new UsageException("cache: give a subcommand: stats, clear, export or import (traduire cache --help)");
  }

  /** {@code --cache FILE}, shared by every subcommand. */
  static final class CacheFile {
    @Option(
        names = "--cache",
        paramLabel = "FILE",
        description = "The translation memory file. Default: $XDG_CACHE_HOME/traduire/memory.sqlite,"
            + " else ~/.cache/traduire/memory.sqlite.")
    Path file;

    Path resolve(Context context) {
      return CachePaths.memory(file, context.env());
    }
  }

  @Command(
      name = "stats",
      mixinStandardHelpOptions = true,
      versionProvider = VersionProvider.class,
      description = {"Print the memory's file, its number of entries, its size on disk, and the entries per backend key.", ""},
      footerHeading = "%nExamples:%n",
      footer = {"  traduire cache stats", "  traduire cache stats --cache /tmp/memory.sqlite"})
  static final class Stats implements Callable<Integer> {
    private final Context context;

    @Mixin CacheFile cache;

    Stats(Context context) {
      this.context = context;
    }

    @Override
    public Integer call() throws Exception {
      Path file = cache.resolve(context);
      try (TranslationMemory memory = TranslationMemory.open(file)) {
        TranslationMemory.Stats stats = memory.stats();
        PrintWriter out = context.out();
        out.println("file     " + file);
        out.println("entries  " + stats.entries());
        out.println("size     " + size(stats.bytes()));
        int width = stats.perKey().keySet().stream().mapToInt(String::length).max().orElse(0);
        for (Map.Entry<String, Long> e : stats.perKey().entrySet()) {
          out.printf(Locale.ROOT, "  %-" + width + "s  %d%n", e.getKey(), e.getValue());
        }
      }
      return ExitCode.OK.code();
    }
  }

  @Command(
      name = "clear",
      mixinStandardHelpOptions = true,
      versionProvider = VersionProvider.class,
      description = {"Remove every entry (asks nothing), or only those of one backend key; print what was removed.", ""},
      footerHeading = "%nExamples:%n",
      footer = {
        "  traduire cache clear                        everything",
        "  traduire cache clear --backend deepl:EN-GB  one backend's entries (keys: cache stats)",
        "  traduire cache clear --backend tmx          the imported TMX units"
      })
  static final class Clear implements Callable<Integer> {
    private final Context context;

    @Mixin CacheFile cache;

    @Option(names = "--backend", paramLabel = "KEY", description = "Remove only the entries under KEY, as cache stats lists them.")
    String key;

    Clear(Context context) {
      this.context = context;
    }

    @Override
    public Integer call() throws Exception {
      Path file = cache.resolve(context);
      try (TranslationMemory memory = TranslationMemory.open(file)) {
        Map<String, Long> removed = memory.clear(key);
        long total = removed.values().stream().mapToLong(Long::longValue).sum();
        String detail = removed.isEmpty() ? "" : " (" + String.join(", ",
            removed.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList()) + ")";
        context.out().println("removed " + total + (total == 1 ? " entry" : " entries") + " from " + file + detail);
      }
      return ExitCode.OK.code();
    }
  }

  @Command(
      name = "export",
      mixinStandardHelpOptions = true,
      versionProvider = VersionProvider.class,
      description = {
        "Write every entry as TMX 1.4b (srclang fr; each unit dated, with its backend key in a"
            + " x-traduire-backend property). - writes to standard output. The file is written"
            + " whole or not at all.",
        ""
      },
      footerHeading = "%nExamples:%n",
      footer = {"  traduire cache export memory.tmx", "  traduire cache export - | xmllint --format -"})
  static final class Export implements Callable<Integer> {
    private final Context context;

    @Mixin CacheFile cache;

    @Parameters(paramLabel = "FILE.tmx", description = "Where to write the TMX; - for standard output.")
    Path target;

    Export(Context context) {
      this.context = context;
    }

    @Override
    public Integer call() throws Exception {
      Path file = cache.resolve(context);
      long now = Instant.now().getEpochSecond();
      try (TranslationMemory memory = TranslationMemory.open(file)) {
        if (target.toString().equals("-")) {
          TmxWriter.write(memory, context.out(), version(), now);
          return ExitCode.OK.code();
        }
        Path absolute = target.toAbsolutePath();
        Path temp;
        try {
          temp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".tmp");
        } catch (IOException e) {
          throw new UsageException(target + ": cannot write there (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
        long units;
        try {
          try (Writer out = new OutputStreamWriter(Files.newOutputStream(temp), StandardCharsets.UTF_8)) {
            units = TmxWriter.write(memory, out, version(), now);
          }
          move(temp, absolute);
        } catch (IOException e) {
          throw new UsageException(target + ": cannot write it (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        } finally {
          Files.deleteIfExists(temp);
        }
        context.out().println("exported " + units + (units == 1 ? " entry" : " entries") + " to " + target);
      }
      return ExitCode.OK.code();
    }

    private static void move(Path from, Path to) throws IOException {
      try {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  @Command(
      name = "import",
      mixinStandardHelpOptions = true,
      versionProvider = VersionProvider.class,
      description = {
        "Read TMX files into the memory (TMX 1.4b, and 1.1 to 1.3 from older tools). Each unit's"
            + " French variant (fr, fr-FR...) becomes the source and its first English one (en,"
            + " en-US, en-GB...) the target; inline codes are dropped, their text kept. Units are"
            + " stored under the key tmx and win over any backend's translation, except units a"
            + " traduire export marked with a backend key, which go back under that key. A unit"
            + " already there is replaced. Prints how many units were imported and skipped.",
        ""
      },
      footerHeading = "%nExamples:%n",
      footer = {"  traduire cache import glossary.tmx", "  traduire cache import --cache /tmp/m.sqlite a.tmx b.tmx"})
  static final class Import implements Callable<Integer> {
    private final Context context;

    @Mixin CacheFile cache;

    @Parameters(paramLabel = "FILE.tmx", arity = "1..*", description = "The TMX files to read.")
    List<Path> sources;

    Import(Context context) {
      this.context = context;
    }

    @Override
    public Integer call() throws Exception {
      Path file = cache.resolve(context);
      try (TranslationMemory memory = TranslationMemory.open(file)) {
        for (Path source : sources) {
          TmxReader.Imported done = TmxReader.importInto(memory, source, Instant.now().getEpochSecond());
          context.out().println(source + ": imported " + done.units() + (done.units() == 1 ? " unit" : " units")
              + ", skipped " + done.skipped() + (done.skipped() == 0 ? "" : " (no French or no English variant)"));
          context.out().flush();
        }
      }
      return ExitCode.OK.code();
    }
  }

  /** 1,536 bytes as "1.5 KiB", with the exact count. */
  static String size(long bytes) {
    if (bytes < 1024) {
      return bytes + " bytes";
    }
    String[] units = {"KiB", "MiB", "GiB", "TiB"};
    double v = bytes;
    int u = -1;
    while (v >= 1024 && u < units.length - 1) {
      v /= 1024;
      u++;
    }
    return String.format(Locale.ROOT, "%.1f %s (%d bytes)", v, units[u], bytes);
  }

  private static String version() {
    String v = Main.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }
}
