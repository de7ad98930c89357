package org.traduire.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.traduire.pipeline.Batch;
import org.traduire.pipeline.BatchListener;
import org.traduire.pipeline.FileResult;
import org.traduire.pipeline.FileStatus;
import org.traduire.pipeline.Progress;

/**
 * What a run tells the user on standard error as it goes, and its exit code.
 *
 * <p>With {@code -O} (a folder run): on a terminal, a progress bar, with failed and skipped inputs
 * printed above it; otherwise one line per input as it finishes ({@code traduire: [3/12]
 * a/article.md -> out/a/article.en.md (42 segments, 0.8 s)}); a summary at the end. Without
 * {@code -O}, as for one document: its notes and failures only, and a bar on a terminal while a
 * long text translates. {@code -q} leaves only failures.
 */
final class BatchReporter implements BatchListener {
  private final Context context;
  private final boolean folderRun;
  private final boolean quiet;
  private final boolean verbose;
  private final Optional<ProgressBar> bar;

  private BatchReporter(Context context, boolean folderRun, boolean quiet, boolean verbose, Optional<ProgressBar> bar) {
    this.context = context;
    this.folderRun = folderRun;
    this.quiet = quiet;
    this.verbose = verbose;
    this.bar = bar;
  }

  /**
   * A reporter for a run; it draws a bar when standard error is a terminal, unless quiet or {@code
   * --dry-run}. A folder run shows the bar at once; a single run only once it has taken half a second.
   */
  static BatchReporter create(Context context, boolean folderRun, boolean quiet, boolean verbose, boolean dryRun) {
    return create(context, folderRun, quiet, verbose, dryRun, false);
  }

  /**
   * @param scrolling whether the output is written to the terminal as it is translated (a long
   *     text streamed to standard output): its lines show the progress, and a bar redrawn among
   *     them would break them
   */
  static BatchReporter create(Context context, boolean folderRun, boolean quiet, boolean verbose, boolean dryRun,
      boolean scrolling) {
    Optional<ProgressBar> bar = Optional.empty();
    if (!quiet && !dryRun && !scrolling && context.stderrIsTerminal().getAsBoolean()
        && !"dumb".equals(context.env().get("TERM"))) {
      int width = Terminal.width(context.env(), () -> true);
      bar = Optional.of(new ProgressBar(context.err(), width, folderRun,
          java.time.Duration.ofMillis(folderRun ? 0 : 500), System::nanoTime));
    }
    return new BatchReporter(context, folderRun, quiet, verbose, bar);
  }

  @Override
  public void started(int files, Supplier<Progress> now) {
    bar.ifPresent(b -> b.start(now));
  }

  @Override
  public void progress(Progress progress) {
    bar.ifPresent(b -> b.update(progress));
  }

  @Override
  public void finished(FileResult r, int position, int files) {
    if (!quiet) {
      r.notes().forEach(n -> say("traduire: " + OneLine.of(n)));
    }
    if (folderRun) {
      folderLine(r, "[" + position + "/" + files + "] ");
    } else if (r.error().isPresent()) {
      StringWriter message = new StringWriter();
      Failures.report(r.error().get(), new PrintWriter(message), verbose);
      say(message.toString());
    } else if (r.status() == FileStatus.PARTIAL) {
      say("traduire: " + OneLine.of(r.job().label() + ": " + r.problem()));
    }
    if (verbose && !r.timing().isEmpty()) {
      say("traduire: " + r.timing());
    }
  }

  private void folderLine(FileResult r, String counter) {
    String where = r.job().label() + r.job().output().map(o -> " -> " + o).orElse("");
    String took = String.format(Locale.ROOT, "(%d %s, %.1f s)", r.segments(), r.segments() == 1 ? "segment" : "segments",
        r.time().toMillis() / 1000.0);
    switch (r.status()) {
      case FAILED -> {
        say("traduire: " + counter + OneLine.of(r.job().label() + " failed: " + r.problem()));
        if (verbose && r.error().isPresent() && r.error().get() instanceof RuntimeException) {
          StringWriter trace = new StringWriter();
          r.error().get().printStackTrace(new PrintWriter(trace));
          say(trace.toString());
        }
      }
      case PARTIAL -> say("traduire: " + counter + OneLine.of(where + " " + took + "; " + r.problem()));
      case SKIPPED -> {
        if (!quiet) {
          say("traduire: " + counter + OneLine.of(r.job().label() + " skipped: " + r.problem()));
        }
      }
      case TRANSLATED, UNCHANGED -> {
        if (!quiet && bar.isEmpty()) {
          say("traduire: " + counter + OneLine.of(where) + (r.status() == FileStatus.UNCHANGED ? " unchanged " : " ") + took);
        }
      }
      case PLANNED -> {
        // --dry-run prints the plans on standard output
      }
    }
  }

  @Override
  public void ended(Progress totals) {
    bar.ifPresent(ProgressBar::stop);
  }

  /** The folder run's summary, printed unless quiet. */
  void summary(Batch.Outcome outcome) {
    if (!quiet) {
      summaryLines(outcome).forEach(this::say);
    }
  }

  /**
   * {@code traduire: 12 files in 3.4 s: 8 translated, 1 unchanged, 1 skipped, 2 failed} and {@code
   * traduire: 420 segments, 35210 characters sent (dictionary 35210), 0 cache hits}.
   */
  static List<String> summaryLines(Batch.Outcome outcome) {
    Progress totals = outcome.totals();
    List<String> counts = new ArrayList<>();
    counts.add(outcome.count(FileStatus.TRANSLATED) + " translated");
    counts.add(outcome.count(FileStatus.UNCHANGED) + " unchanged");
    if (outcome.count(FileStatus.PARTIAL) > 0) {
      counts.add(outcome.count(FileStatus.PARTIAL) + " partly translated");
    }
    counts.add(outcome.count(FileStatus.SKIPPED) + " skipped");
    counts.add(outcome.count(FileStatus.FAILED) + " failed");
    int n = outcome.files().size();
    String first = String.format(Locale.ROOT, "traduire: %d %s in %.1f s: %s", n, n == 1 ? "file" : "files",
        totals.elapsed().toMillis() / 1000.0, String.join(", ", counts));
    long segments = outcome.files().stream().mapToLong(FileResult::segments).sum();
    Map<String, Long> byBackend = new TreeMap<>(outcome.sentByBackend().orElse(totals.characters()));
    List<String> each = new ArrayList<>();
    byBackend.forEach((backend, chars) -> each.add(backend + " " + chars));
    long sent = byBackend.values().stream().mapToLong(Long::longValue).sum();
    String second = "traduire: " + segments + (segments == 1 ? " segment, " : " segments, ")
        + sent + " characters sent" + (each.isEmpty() ? "" : " (" + String.join(", ", each) + ")")
        + ", " + totals.cacheHits() + (totals.cacheHits() == 1 ? " cache hit" : " cache hits");
    return List.of(first, second);
  }

  /**
   * The exit code. A folder run: 1 when any input failed or was written in part, else 0 (an input
   * not in French is skipped, which is not a failure). Without {@code -O}: the worst of each
   * input's, as for one document (2 unreadable, 3 not French, 1 partly translated).
   */
  ExitCode exitCode(Batch.Outcome outcome) {
    ExitCode exit = ExitCode.OK;
    for (FileResult r : outcome.files()) {
      if (folderRun) {
        if (r.status() == FileStatus.FAILED || r.status() == FileStatus.PARTIAL) {
          exit = exit.worse(ExitCode.PARTIAL);
        }
      } else if (r.error().isPresent()) {
        exit = exit.worse(Failures.exitCode(r.error().get()));
      } else if (r.status() == FileStatus.PARTIAL) {
        exit = exit.worse(ExitCode.PARTIAL);
      }
    }
    return exit;
  }

  /** Prints whole lines on standard error, above the bar when there is one. */
  void say(String text) {
    if (bar.isPresent()) {
      bar.get().println(text);
    } else {
      PrintWriter err = context.err();
      err.print(text.endsWith("\n") ? text : text + "\n");
      err.flush();
    }
  }
}
