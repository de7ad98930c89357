package org.traduire.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.traduire.config.Config;
import org.traduire.config.Key;
import org.traduire.detect.LanguageDetector;
import org.traduire.document.InputFormat;
import org.traduire.input.RawInput;
import org.traduire.pipeline.Backends;
import org.traduire.pipeline.Batch;
import org.traduire.pipeline.CacheCounter;
import org.traduire.pipeline.FileResult;
import org.traduire.pipeline.Job;
import org.traduire.pipeline.Names;
import org.traduire.pipeline.Pipeline;
import org.traduire.pipeline.Planner;
import org.traduire.pipeline.Report;
import org.traduire.pipeline.SendEstimate;
import org.traduire.pipeline.UnknownBackendException;
import org.traduire.render.OutputFormat;
import org.traduire.render.RenderOptions;
import org.traduire.render.Renderers;
import org.traduire.cache.CachePaths;
import org.traduire.cache.TranslationMemory;
import org.traduire.translate.Backend;
import org.traduire.translate.CachingBackend;
import org.traduire.translate.BackendSetupException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code traduire [OPTIONS] [PATH...]}: translate French articles into a bilingual document. */
@Command(
    name = "traduire",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Translate a French article into a parallel French/English document.",
      "",
      "Reads files, or standard input when no PATH (or -) is given; detects the language;"
          + " splits the article into sections at its headings; sends them to a translation"
          + " backend (the offline dictionary by default: no key, no network); writes French and"
          + " English side by side, interleaved, English only, or as JSON.",
      ""
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  traduire article.txt                     side by side in the terminal",
      "  cat article.txt | traduire -f target     English only, from a pipe",
      "  traduire -t 'Bonjour le monde' -f target text on the command line",
      "  traduire -f interleaved -o out.txt a.md  each French block, then its English",
      "  traduire -f json article.txt > out.json  every block with its status",
      "  traduire -f target page.html -o page.en.html",
      "      the web page in English, same markup",
      "  traduire articles/ -O en/                every article, tree mirrored in en/",
      "  traduire -f target -O en/ --include '**/*.md' -j 4 --report r.json articles/",
      "      Markdown files only, 4 at once, a JSON report",
      "  traduire -b apertium article.txt         through a local Apertium APY server",
      "  DEEPL_API_KEY=... traduire -b deepl,dictionary a.txt",
      "      DeepL; the dictionary for any chunk DeepL cannot do",
      "  traduire -b openai --set openai.url=http://127.0.0.1:11434 \\",
      "      --set openai.model=llama3.1 a.txt   a local Ollama model",
      "  traduire --glossary terms.tsv -b deepl a.txt",
      "      names and terms as terms.tsv says, whatever the backend",
      "  traduire --dry-run -b deepl article.txt  requests and cost; sends nothing",
      "  traduire detect article.txt              language and confidence",
      "",
      "Exit codes:",
      "  0  done",
      "  1  some segments or files failed; the rest was written",
      "  2  usage error or unreadable input (bad option, missing, empty or binary file)",
      "  3  the input is not French (--force translates it anyway; -O skips the file)",
      "  130  stopped by Ctrl-C; no partial or temporary file is left",
      "",
      "Settings: options, then --set KEY=VALUE, then environment variables",
      "(TRADUIRE_BACKEND, TRADUIRE_FORMAT, ..., DEEPL_API_KEY, OPENAI_API_KEY,",
      "LIBRETRANSLATE_API_KEY), then the config file (--config FILE,",
      "$TRADUIRE_CONFIG, or $XDG_CONFIG_HOME/traduire/config.properties).",
      "Every key: config.example.properties; per backend: traduire backends.",
      "",
      "More vocabulary: dictionary.extra (TRADUIRE_DICTIONARY_EXTRA) lists dictd",
      "dictionaries such as FreeDict's /usr/share/dictd/freedict-fra-eng, used for",
      "words the built-in lexicon lacks, and TSV glossaries (french<TAB>english),",
      "which win over it; separate them with commas or colons."
    })
final class TranslateCommand implements Callable<Integer> {
  private final Context context;

  @Mixin CommonOptions common;

  @Option(
      names = {"-b", "--backend"},
      paramLabel = "NAME",
      completionCandidates = Candidates.BackendNames.class,
      description =
          "Translation backend: dictionary (offline, built in), apertium (Apertium APY),"
              + " libretranslate, deepl, openai (any OpenAI-compatible server). A comma list is a"
              + " fallback chain, e.g. deepl,dictionary. Settings: traduire backends. Default: dictionary.")
  String backend;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      completionCandidates = Candidates.OutputFormats.class,
      description =
          "Output: side-by-side (two columns), interleaved (each French block then its English),"
              + " target (English only, in the input's format), json, html (a page, two columns),"
              + " markdown (bilingual Markdown), tmx (TMX 1.4b translation memory), xliff (XLIFF 2.1)."
              + " Default: side-by-side.")
  String format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write to FILE instead of standard output.")
  Path output;

  @Option(
      names = {"-O", "--out-dir"},
      paramLabel = "DIR",
      description =
          "Write one file per input into DIR: the files under a folder PATH at the same place under"
              + " DIR, named NAME.en.EXT (EXT: txt for side-by-side and interleaved, the input's own"
              + " for target, else json, html, md, tmx, xlf). Inputs are never overwritten; an output"
              + " whose content would not change is not rewritten. Needed for folders.")
  Path outDir;

  @Option(
      names = "--include",
      paramLabel = "GLOB",
      description =
          "With -O: translate only the files under a folder whose path (relative to the folder)"
              + " matches GLOB, e.g. '**/*.md' (repeatable); a GLOB without / matches a name at any"
              + " depth. Hidden files and folders are left out unless a GLOB names them.")
  List<String> include = new ArrayList<>();

  @Option(
      names = "--exclude",
      paramLabel = "GLOB",
      description = "With -O: leave out the files and folders that match GLOB, e.g. 'drafts/**' (repeatable).")
  List<String> exclude = new ArrayList<>();

  @Option(
      names = "--report",
      paramLabel = "FILE",
      description =
          "Write a JSON report to FILE: the summary, and for each input its output, status,"
              + " segments, characters, backends and error.")
  Path report;

  @Option(
      names = "--width",
      paramLabel = "COLUMNS",
      description = "Line width of side-by-side output. Default: the terminal's width, else 100.")
  Integer width;

  @Option(
      names = {"--color", "--colour"},
      paramLabel = "WHEN",
      completionCandidates = Candidates.ColourModes.class,
      description =
          "Colour in side-by-side and interleaved output: auto (only on a terminal, and not when"
              + " NO_COLOR is set), always, never. Default: auto.")
  String colour = "auto";

  @Option(
      names = {"-j", "--jobs"},
      paramLabel = "N",
      description =
          "Files, and chunks within each, translated at once (HTTP requests in flight are capped at"
              + " N too). Default: the number of processors, between 2 and 4.")
  Integer jobs;

  @Option(
      names = "--mark-unknown",
      negatable = true,
      description =
          "Write words the dictionary could not translate as *word, as Apertium does; names,"
              + " acronyms and model numbers (DeepSeek, NVIDIA, H100) are left as they are."
              + " Default: false.")
  Boolean markUnknown;

  @Option(
      names = "--cache",
      paramLabel = "FILE",
      description =
          "Translation memory of the HTTP backends (SQLite): a segment found there is not sent"
              + " again. Default: $XDG_CACHE_HOME/traduire/memory.sqlite (~/.cache/traduire/...).")
  Path cacheFile;

  @Option(names = "--no-cache", description = "Neither read nor write the translation memory.")
  boolean noCache;

  @Option(
      names = "--glossary",
      paramLabel = "FILE",
      description =
          "Terms every backend must translate as given: a TSV or CSV file of french<TAB>english lines"
              + " (optional columns: case exact|ignore, part of speech). Repeatable. Default: glossary.file.")
  List<Path> glossary;

  @Option(names = "--force", description = "Translate even when the text does not look French.")
  boolean force;

  @Option(
      names = "--dry-run",
      description = "Print the sections and chunks that would be sent, with their sizes, and the requests,"
          + " characters and estimated cost for each backend; send nothing.")
  boolean dryRun;

  TranslateCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    Config config = common.loadConfig(context);
    common.notes(context, config);
    OutputFormat outputFormat = outputFormat(config);
    InputFormat inputFormat = common.inputFormat(config);
    RenderOptions renderOptions = new RenderOptions(width(config), colour());
    List<Job> jobs = outDir != null
        ? Inputs.folderRun(common, output, outDir, include, exclude, outputFormat)
        : Inputs.joinedRun(context, common, include, exclude, outputFormat);
    Inputs.checkReport(report, jobs);
    LanguageDetector detector = Detectors.of(config);
    Backends.Settings settings = settings(config);
    Backends.Chain chain = chain(settings, detector);
    // The memory only fronts HTTP backends: the offline dictionary is faster than a lookup, and a
    // dictionary run must not load SQLite at all.
    Backend backend = chain.backend();
    try (TranslationMemory memory = !noCache && CachingBackend.caches(backend)
        ? TranslationMemory.open(CachePaths.memory(cacheFile, context.env())) : null) {
      Backend chosen = memory == null ? backend : CachingBackend.wrap(backend, memory);
      return run(config, settings, chain, detector, chosen, outputFormat, inputFormat, renderOptions, jobs);
    }
  }

  private int run(Config config, Backends.Settings settings, Backends.Chain chain, LanguageDetector detector,
      Backend chosen, OutputFormat outputFormat, InputFormat inputFormat, RenderOptions renderOptions, List<Job> jobs)
      throws Exception {
    if (!dryRun) {
      Background.warmUp(chosen::warmUp);
    }
    Background.warmUp(detector::warmUp);
    Planner planner = new Planner(detector, inputFormat, force, chosen.maxChars(), chosen.maxSegments());
    Pipeline pipeline = new Pipeline(chosen, jobs(config), chain.protector());
    Batch.Setup setup = new Batch.Setup(planner, pipeline, Renderers.of(outputFormat, renderOptions), outputFormat,
        jobs(config), dryRun, counter(chosen));
    SendEstimate.Memory remembered = chosen instanceof CachingBackend cached ? cached::remembers : SendEstimate.Memory.NONE;

    BatchReporter reporter = BatchReporter.create(context, outDir != null, common.quiet, common.verbose, dryRun);
    Batch.Outcome outcome = Batch.run(setup, jobs, reporter);
    ExitCode exit = reporter.exitCode(outcome);
    List<byte[]> rendered = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (FileResult r : outcome.files()) {
      Optional<byte[]> text = dryRun
          ? r.plan().map(plan -> DryRun.describe(plan, chain, settings, remembered).getBytes(StandardCharsets.UTF_8))
          : r.rendered();
      if (text.isPresent() && r.error().isEmpty()) {
        rendered.add(text.get());
        names.add(r.job().name());
      }
    }
    if (!rendered.isEmpty()) {
      if (outDir != null) {
        for (byte[] text : rendered) {
          Output.write(context, null, text);
        }
      } else {
        Output.write(context, output, Output.join(names, rendered, outputFormat));
      }
    }
    chosen.summary().ifPresent(this::note);
    if (outDir != null && !dryRun) {
      reporter.summary(outcome);
    }
    if (report != null) {
      try {
        Report.write(report, outcome);
      } catch (IOException e) {
        context.err().println("traduire: " + report + ": cannot write the report: " + e.getMessage());
        exit = exit.worse(ExitCode.USAGE);
      }
    }
    return exit.code();
  }

  /** What the translation memory did, for progress and the summary; nothing without one. */
  private static CacheCounter counter(Backend chosen) {
    if (!(chosen instanceof CachingBackend cached)) {
      return CacheCounter.NONE;
    }
    return new CacheCounter() {
      @Override
      public long hits() {
        return cached.counts().hits();
      }

      @Override
      public Optional<Map<String, Long>> sentByBackend() {
        return Optional.of(cached.charactersSentByBackend());
      }
    };
  }

  private OutputFormat outputFormat(Config config) throws UsageException {
    String value = config.resolve(Key.FORMAT, format).toLowerCase(Locale.ROOT);
    return OutputFormat.of(value)
        .orElseThrow(
            () ->
                new UsageException(
                    "output format '" + value + "' (from " + config.origin(Key.FORMAT, format)
                        + ") is not one of " + String.join(", ", OutputFormat.labels())
                        + Names.hint(value, OutputFormat.labels())));
  }

  /** Colour on a terminal only, never with NO_COLOR or a dumb terminal, unless asked for. */
  private boolean colour() throws UsageException {
    switch (colour) {
      case "always":
        return true;
      case "never":
        return false;
      case "auto":
        String noColour = context.env().get("NO_COLOR");
        return (noColour == null || noColour.isEmpty())
            && !"dumb".equals(context.env().get("TERM"))
            && (output == null || output.toString().equals("-"))
            && outDir == null
            && context.stdoutIsTerminal().getAsBoolean();
      default:
        throw new UsageException("--color '" + colour + "' is not one of auto, always, never"
            + Names.hint(colour, Candidates.ColourModes.NAMES));
    }
  }

  /** The settings backends read: each key after precedence, with this command's options on top. */
  private Backends.Settings settings(Config config) throws UsageException {
    String given = markUnknown == null ? null : markUnknown.toString();
    String value = config.resolve(Key.DICTIONARY_MARK_UNKNOWN, given);
    String mark = value.toLowerCase(Locale.ROOT);
    if (!mark.equals("true") && !mark.equals("false")) {
      throw new UsageException("dictionary.mark-unknown '" + value + "' (from "
          + config.origin(Key.DICTIONARY_MARK_UNKNOWN, given) + ") must be true or false");
    }
    String jobCount = Integer.toString(jobs(config));
    String glossaries = glossary == null ? null : String.join(",", glossary.stream().map(Path::toString).toList());
    return key -> switch (key) {
      case DICTIONARY_MARK_UNKNOWN -> mark;
      case JOBS -> jobCount;
      case BACKEND -> config.resolve(key, backend);
      case GLOSSARY_FILE -> config.resolve(key, glossaries);
      // worked out only when asked: it loads the DeepL client, which a dictionary run never needs
      case DEEPL_GLOSSARY_CACHE -> Backends.deeplGlossaryCache(config.resolve(key, null), context.env());
      default -> config.resolve(key, null);
    };
  }

  /** The backend chain, made with the settings; a glossary, extra dictionary or setting that cannot be used is a usage error. */
  private static Backends.Chain chain(Backends.Settings settings, LanguageDetector detector)
      throws UsageException, UnknownBackendException {
    try {
      return Backends.prepare(settings.get(Key.BACKEND), settings, detector);
    } catch (IOException | BackendSetupException e) {
      throw new UsageException(e.getMessage());
    }
  }

  private int jobs(Config config) throws UsageException {
    String given = jobs == null ? null : jobs.toString();
    String value = config.resolve(Key.JOBS, given);
    if (value.isEmpty()) {
      return Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors()));
    }
    try {
      int n = Integer.parseInt(value);
      if (n >= 1) {
        return n;
      }
    } catch (NumberFormatException ignored) {
      // reported below
    }
    throw new UsageException(
        "jobs '" + value + "' (from " + config.origin(Key.JOBS, given) + ") must be a number, at least 1");
  }

  private int width(Config config) throws UsageException {
    String value = config.resolve(Key.WIDTH, width == null ? null : width.toString());
    if (value.isEmpty()) {
      return Terminal.width(context.env(),
          () -> output == null && outDir == null && context.stdoutIsTerminal().getAsBoolean());
    }
    try {
      int n = Integer.parseInt(value);
      if (n >= RenderOptions.MIN_WIDTH) {
        return n;
      }
    } catch (NumberFormatException ignored) {
      // reported below
    }
    throw new UsageException(
        "width '" + value + "' (from " + config.origin(Key.WIDTH, width == null ? null : width.toString())
            + ") must be a number of columns, at least " + RenderOptions.MIN_WIDTH);
  }

  private void note(String message) {
    if (!common.quiet) {
      context.err().println("traduire: " + message);
      context.err().flush();
    }
  }
}
