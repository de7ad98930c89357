package org.traduire.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.traduire.config.Config;
import org.traduire.config.Key;
import org.traduire.detect.LanguageDetector;
import org.traduire.document.InputFormat;
import org.traduire.input.ByteSize;
import org.traduire.input.Spool;
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
import org.traduire.pipeline.Streaming;
import org.traduire.pipeline.UnknownBackendException;
import org.traduire.render.OutputFormat;
import org.traduire.render.RenderOptions;
import org.traduire.render.Renderers;
import org.traduire.cache.CachePaths;
import org.traduire.cache.TranslationMemory;
import org.traduire.translate.Backend;
import org.traduire.translate.CachingBackend;
import org.traduire.translate.BackendSetupException;

/**
 * One run of the translate command: resolves its options against the configuration, builds the
 * backend chain, runs the batch and writes the outputs. Kept apart from {@link TranslateCommand},
 * which holds only the options: picocli reflects on every method of a command class at each start.
 */
final class TranslateRun {
  private final TranslateCommand o;
  private final Context context;

  TranslateRun(TranslateCommand options, Context context) {
    this.o = options;
    this.context = context;
  }

  int call() throws Exception {
    Config config = o.common.loadConfig(context);
    o.common.notes(context, config);
    OutputFormat outputFormat = outputFormat(config);
    InputFormat inputFormat = o.common.inputFormat(config);
    RenderOptions renderOptions = new RenderOptions(width(config), colour());
    List<Job> jobs = o.outDir != null
        ? Inputs.folderRun(o.common, o.output, o.outDir, o.include, o.exclude, outputFormat)
        : Inputs.joinedRun(context, o.common, o.include, o.exclude, outputFormat);
    Inputs.checkReport(o.report, jobs);
    Inputs.checkOutput(o.output, jobs);
    long streamAbove = streamAbove(config);
    LanguageDetector detector = Detectors.of(config);
    Backends.Settings settings = settings(config);
    Backends.Chain chain = chain(settings, detector);
    boolean streams = !o.dryRun && Renderers.writesInParts(outputFormat);
    Inputs.Spooled spooled = streams ? Inputs.spoolStdin(context, jobs, streamAbove, o.common.maxBytes())
        : new Inputs.Spooled(jobs, Optional.empty());
    try {
      jobs = Inputs.ownOutput(spooled.jobs(), o.output, streamAbove, o.dryRun);
      // The memory only fronts HTTP backends: the offline dictionary is faster than a lookup, and a
      // dictionary run must not load SQLite at all.
      Backend backend = chain.backend();
      try (TranslationMemory memory = !o.noCache && CachingBackend.caches(backend)
          ? TranslationMemory.open(CachePaths.memory(o.cacheFile, context.env())) : null) {
        Backend chosen = memory == null ? backend : CachingBackend.wrap(backend, memory);
        return run(config, settings, chain, detector, chosen, outputFormat, inputFormat, renderOptions, jobs,
            streamAbove);
      }
    } finally {
      Spool.delete(spooled.file());
    }
  }

  private int run(Config config, Backends.Settings settings, Backends.Chain chain, LanguageDetector detector,
      Backend chosen, OutputFormat outputFormat, InputFormat inputFormat, RenderOptions renderOptions, List<Job> jobs,
      long streamAbove)
      throws Exception {
    if (!o.dryRun) {
      Background.warmUp(chosen::warmUp);
    }
    Background.warmUp(detector::warmUp);
    Planner planner = new Planner(detector, inputFormat, o.force, chosen.maxChars(), chosen.maxSegments());
    Pipeline pipeline = new Pipeline(chosen, jobs(config), chain.protector());
    boolean toStdout = o.outDir == null && (o.output == null || o.output.toString().equals("-"));
    Streaming streaming = new Streaming(streamAbove, o.common.maxBytes(),
        () -> Renderers.inParts(outputFormat, renderOptions), toStdout ? Optional.of(context.out()) : Optional.empty());
    Batch.Setup setup = new Batch.Setup(planner, pipeline, Renderers.of(outputFormat, renderOptions), outputFormat,
        jobs(config), o.dryRun, counter(chosen), streaming);
    SendEstimate.Memory remembered = chosen instanceof CachingBackend cached ? cached::remembers : SendEstimate.Memory.NONE;

    boolean scrolling = toStdout && Renderers.writesInParts(outputFormat) && jobs.size() == 1
        && jobs.get(0).input().isPresent() && jobs.get(0).weight() > streaming.above()
        && context.stdoutIsTerminal().getAsBoolean();
    BatchReporter reporter =
        BatchReporter.create(context, o.outDir != null, o.common.quiet, o.common.verbose, o.dryRun, scrolling);
    Batch.Outcome outcome = Batch.run(setup, jobs, reporter);
    ExitCode exit = reporter.exitCode(outcome);
    List<byte[]> rendered = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (FileResult r : outcome.files()) {
      Optional<byte[]> text = o.dryRun
          ? r.plan().map(plan -> DryRun.describe(plan, chain, settings, remembered).getBytes(StandardCharsets.UTF_8))
          : r.rendered();
      if (text.isPresent() && r.error().isEmpty()) {
        rendered.add(text.get());
        names.add(r.job().name());
      }
    }
    if (!rendered.isEmpty()) {
      if (o.outDir != null) {
        for (byte[] text : rendered) {
          Output.write(context, null, text);
        }
      } else {
        Output.write(context, o.output, Output.join(names, rendered, outputFormat));
      }
    }
    chosen.summary().ifPresent(this::note);
    if (o.outDir != null && !o.dryRun) {
      reporter.summary(outcome);
    }
    if (o.report != null) {
      try {
        Report.write(o.report, outcome);
      } catch (IOException e) {
        context.err().println("traduire: " + o.report + ": cannot write the report: " + e.getMessage());
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
    String value = config.resolve(Key.FORMAT, o.format).toLowerCase(Locale.ROOT);
    return OutputFormat.of(value)
        .orElseThrow(
            () ->
                new UsageException(
                    "output format '" + value + "' (from " + config.origin(Key.FORMAT, o.format)
                        + ") is not one of " + String.join(", ", OutputFormat.labels())
                        + Names.hint(value, OutputFormat.labels())));
  }

  /** Colour on a terminal only, never with NO_COLOR or a dumb terminal, unless asked for. */
  private boolean colour() throws UsageException {
    switch (o.colour) {
      case "always":
        return true;
      case "never":
        return false;
      case "auto":
        String noColour = context.env().get("NO_COLOR");
        return (noColour == null || noColour.isEmpty())
            && !"dumb".equals(context.env().get("TERM"))
            && (o.output == null || o.output.toString().equals("-"))
            && o.outDir == null
            && context.stdoutIsTerminal().getAsBoolean();
      default:
        throw new UsageException("--color '" + o.colour + "' is not one of auto, always, never"
            + Names.hint(o.colour, Candidates.ColourModes.NAMES));
    }
  }

  /** The settings backends read: each key after precedence, with this command's options on top. */
  private Backends.Settings settings(Config config) throws UsageException {
    String given = o.markUnknown == null ? null : o.markUnknown.toString();
    String value = config.resolve(Key.DICTIONARY_MARK_UNKNOWN, given);
    String mark = value.toLowerCase(Locale.ROOT);
    if (!mark.equals("true") && !mark.equals("false")) {
      throw new UsageException("dictionary.mark-unknown '" + value + "' (from "
          + config.origin(Key.DICTIONARY_MARK_UNKNOWN, given) + ") must be true or false");
    }
    String jobCount = Integer.toString(jobs(config));
    String glossaries = o.glossary == null ? null : String.join(",", o.glossary.stream().map(Path::toString).toList());
    return key -> switch (key) {
      case DICTIONARY_MARK_UNKNOWN -> mark;
      case JOBS -> jobCount;
      case BACKEND -> config.resolve(key, o.backend);
      case GLOSSARY_FILE -> config.resolve(key, glossaries);
      // worked out only when asked: it loads the DeepL client, which a dictionary run never needs
      case DEEPL_GLOSSARY_CACHE -> Backends.deeplGlossaryCache(config.resolve(key, null), context.env());
      default -> config.resolve(key, null);
    };
  }

  /** The o.backend chain, made with the settings; a o.glossary, extra dictionary or setting that cannot be used is a usage error. */
  private static Backends.Chain chain(Backends.Settings settings, LanguageDetector detector)
      throws UsageException, UnknownBackendException {
    try {
      return Backends.prepare(settings.get(Key.BACKEND), settings, detector);
    } catch (IOException | BackendSetupException e) {
      throw new UsageException(e.getMessage());
    }
  }

  /** The size above which a plain-text file is translated a window at a time; "off" for never. */
  private static long streamAbove(Config config) throws UsageException {
    String value = config.resolve(Key.INPUT_STREAM_ABOVE, null);
    if (value.strip().equalsIgnoreCase("off")) {
      return Long.MAX_VALUE;
    }
    try {
      return ByteSize.parse(value);
    } catch (IllegalArgumentException e) {
      throw new UsageException("input.stream_above (from " + config.origin(Key.INPUT_STREAM_ABOVE, null) + "): "
          + e.getMessage() + ", or off");
    }
  }

  private int jobs(Config config) throws UsageException {
    String given = o.jobs == null ? null : o.jobs.toString();
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
    String value = config.resolve(Key.WIDTH, o.width == null ? null : o.width.toString());
    if (value.isEmpty()) {
      return Terminal.width(context.env(),
          () -> o.output == null && o.outDir == null && context.stdoutIsTerminal().getAsBoolean());
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
        "width '" + value + "' (from " + config.origin(Key.WIDTH, o.width == null ? null : o.width.toString())
            + ") must be a number of columns, at least " + RenderOptions.MIN_WIDTH);
  }

  private void note(String message) {
    if (!o.common.quiet) {
      context.err().println("traduire: " + message);
      context.err().flush();
    }
  }
}
