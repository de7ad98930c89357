package org.traduire.pipeline;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.traduire.document.BilingualDocument;
import org.traduire.input.Decoder;
import org.traduire.input.InputException;
import org.traduire.parse.UnparseableInputException;
import org.traduire.input.SourceText;
import org.traduire.render.OutputFormat;
import org.traduire.render.Renderer;

/**
 * Runs every input of a command through the pipeline: read, decode, plan, translate, render, and
 * write each output atomically (or keep it for the caller). Up to {@code jobs} inputs are in
 * flight at once; each input's failure is its own (reported, counted) and the run goes on.
 * Results come back, and the listener hears of finished inputs, in the order of the inputs.
 */
public final class Batch {
  /**
   * How to run.
   *
   * @param planner parses, detects and chunks an input
   * @param pipeline translates a plan
   * @param renderer writes the output format
   * @param format the output format (for what counts as an unchanged output)
   * @param jobs inputs in flight at once
   * @param dryRun plan only: send nothing, write nothing
   * @param cache the translation memory's hit count ({@link CacheCounter#NONE} without one)
   * @param streaming which inputs are translated a window at a time, and where one goes
   */
  public record Setup(
      Planner planner, Pipeline pipeline, Renderer renderer, OutputFormat format, int jobs, boolean dryRun,
      CacheCounter cache, Streaming streaming) {
    public Setup {
      if (jobs < 1) {
        throw new IllegalArgumentException("jobs must be at least 1, got " + jobs);
      }
    }

    /** A set-up that reads every input whole. */
    public Setup(Planner planner, Pipeline pipeline, Renderer renderer, OutputFormat format, int jobs, boolean dryRun,
        CacheCounter cache) {
      this(planner, pipeline, renderer, format, jobs, dryRun, cache, Streaming.OFF);
    }
  }

  /** Every input's result, in the order of the inputs, and the run's final counts. */
  public record Outcome(List<FileResult> files, Progress totals, java.util.Optional<java.util.Map<String, Long>> sentByBackend) {
    public Outcome {
      files = List.copyOf(files);
    }

    public long count(FileStatus status) {
      return files.stream().filter(f -> f.status() == status).count();
    }
  }

  private final Setup setup;
  private final List<Job> jobs;
  private final BatchListener listener;
  private final ProgressTracker tracker;
  private final FileResult[] results;
  private int nextToReport;

  private Batch(Setup setup, List<Job> jobs, BatchListener listener) {
    this.setup = setup;
    this.jobs = Clashes.refuse(jobs);
    this.listener = listener;
    this.tracker = new ProgressTracker(this.jobs, setup.cache());
    this.results = new FileResult[jobs.size()];
  }

  /** Runs {@code jobs}; returns when every one is finished. */
  public static Outcome run(Setup setup, List<Job> jobs, BatchListener listener) {
    return new Batch(setup, jobs, listener).run();
  }

  private Outcome run() {
    synchronized (this) {
      listener.started(jobs.size(), tracker::snapshot);
    }
    int threads = Math.min(setup.jobs(), jobs.size());
    if (threads <= 1) {
      for (int i = 0; i < jobs.size(); i++) {
        finish(i, process(i));
      }
    } else {
      ExecutorService pool = Executors.newFixedThreadPool(threads, Batch::daemon);
      try {
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < jobs.size(); i++) {
          int index = i;
          futures.add(pool.submit(() -> finish(index, process(index))));
        }
        for (Future<?> f : futures) {
          await(f);
        }
      } finally {
        pool.shutdownNow();
      }
    }
    Progress totals = tracker.snapshot();
    synchronized (this) {
      listener.ended(totals);
    }
    return new Outcome(List.of(results), totals, setup.cache().sentByBackend());
  }

  /**
   * Records a result and tells the listener of every finished input not yet told of, in order.
   * The result keeps its plan only in a dry run, which prints it: a folder run holds every result
   * to its end, and a plan holds its input's whole text.
   */
  private synchronized void finish(int index, FileResult result) {
    results[index] = setup.dryRun() ? result : result.withoutPlan();
    tracker.finished(index);
    listener.progress(tracker.snapshot());
    while (nextToReport < results.length && results[nextToReport] != null) {
      listener.finished(results[nextToReport], nextToReport + 1, results.length);
      nextToReport++;
    }
  }

  private synchronized void chunk(int index, int segments, int chars, String backend) {
    tracker.chunk(index, segments, chars, backend);
    listener.progress(tracker.snapshot());
  }

  private synchronized void planned(int index, int segments) {
    tracker.planned(index, segments);
    listener.progress(tracker.snapshot());
  }

  private synchronized void plannedPart(int index, int segments, double share) {
    tracker.plannedPart(index, segments, share);
    listener.progress(tracker.snapshot());
  }

  /** One input, start to end; every failure becomes its result. */
  private FileResult process(int index) {
    Job job = jobs.get(index);
    long t0 = System.nanoTime();
    if (job.refusal().isPresent()) {
      Job.Refusal r = job.refusal().get();
      return result(job, r.status(), 0, Map.of(), r.reason(), List.of(), Optional.empty(), Optional.empty(),
          Optional.empty(), false, t0, "");
    }
    List<String> notes = new ArrayList<>();
    Map<String, Long> characters = new TreeMap<>();
    int segments = 0;
    Optional<Plan> planned = Optional.empty();
    // a run's one input, with no file of its own to go to, goes to standard output as it comes
    boolean toStdout = jobs.size() == 1 && job.output().isEmpty() && setup.streaming().stdout().isPresent();
    try {
      Optional<StreamedFile> streamed = StreamedFile.of(setup, job, toStdout);
      if (streamed.isPresent()) {
        return streamed(index, job, streamed.get(), toStdout, characters, t0);
      }
      SourceText source = Decoder.decode(job.reader().read());
      long t1 = System.nanoTime();
      if (source.fallback()) {
        notes.add(job.label() + ": not valid UTF-8; read as Windows-1252");
      }
      Plan plan = setup.planner().plan(source);
      int inputChars = source.text().length();
      source = null; // the plan has what it needs of the text: on a large input, one copy less held from here
      planned = Optional.of(plan);
      notes.addAll(plan.notes());
      segments = plan.chunks().stream().mapToInt(c -> c.segments().size()).sum();
      planned(index, segments);
      long t2 = System.nanoTime();
      if (setup.dryRun()) {
        return result(job, FileStatus.PLANNED, segments, characters, "", notes, Optional.empty(), planned,
            Optional.empty(), false, t0, "");
      }
      if (plan.chunks().isEmpty() && plan.language().is("en")) {
        notes.add(job.label() + ": already in English (confidence " + plan.language().confidence()
            + "); passed through unchanged");
      }
      BilingualDocument document = setup.pipeline().run(plan, (n, chars, backend) -> {
        if (!backend.isEmpty()) {
          synchronized (characters) {
            characters.merge(backend, (long) chars, Long::sum);
          }
        }
        chunk(index, n, chars, backend);
      });
      long t3 = System.nanoTime();
      String partial = new Untranslated().add(document).message();
      byte[] bytes = render(document, inputChars);
      boolean written = false;
      Optional<byte[]> kept = Optional.empty();
      if (job.output().isPresent()) {
        written = AtomicFiles.writeIfChanged(job.output().get(), bytes, (old, now) -> Unchanged.same(setup.format(), old, now));
      } else {
        kept = Optional.of(bytes); // as bytes: a String of it would be a wider copy (two bytes a character)
      }
      // concatenated, not String.format: the formatter's locale set-up costs a one-sentence run ~10 ms
      String timing = job.label() + ": read " + ms(t1 - t0) + " ms, parse+detect+chunk " + ms(t2 - t1)
          + " ms, translate " + ms(t3 - t2) + " ms (" + plan.chunks().size() + " chunks, " + plan.chars()
          + " characters), render " + ms(System.nanoTime() - t3) + " ms";
      FileStatus status = !partial.isEmpty() ? FileStatus.PARTIAL
          : written || job.output().isEmpty() ? FileStatus.TRANSLATED : FileStatus.UNCHANGED;
      return result(job, status, segments, characters, partial, notes, Optional.empty(), planned, kept, written, t0,
          timing);
    } catch (InputException e) {
      return failed(job, FileStatus.FAILED, e, segments, characters, notes, planned, t0);
    } catch (NotFrenchException e) {
      return failed(job, FileStatus.SKIPPED, e, segments, characters, notes, planned, t0);
    } catch (IOException e) {
      String target = job.output().map(Object::toString).orElse(toStdout ? "standard output" : job.label());
      IOException named = new IOException("cannot write " + target + ": " + e.getMessage(), e);
      return failed(job, FileStatus.FAILED, named, segments, characters, notes, planned, t0);
    } catch (UnparseableInputException e) {
      InputException named = new InputException(job.label() + ": " + e.getMessage());
      named.initCause(e);
      return failed(job, FileStatus.FAILED, named, segments, characters, notes, planned, t0);
    } catch (RuntimeException e) {
      // A bug costs this input, not the run; the message says so, and --verbose shows the trace.
      return failed(job, FileStatus.FAILED, e, segments, characters, notes, planned, t0);
    }
  }

  /** A long input translated a window at a time, written as it goes (see {@link StreamedFile}). */
  private FileResult streamed(int index, Job job, StreamedFile file, boolean toStdout, Map<String, Long> characters,
      long t0) throws IOException, NotFrenchException, InputException {
    StreamedFile.Done done = file.run(toStdout ? setup.streaming().stdout().get() : null, new StreamedFile.Listener() {
      @Override
      public void planned(int segments, double share) {
        plannedPart(index, segments, share);
      }

      @Override
      public void done(int segments, int chars, String backend) {
        if (!backend.isEmpty()) {
          synchronized (characters) {
            characters.merge(backend, (long) chars, Long::sum);
          }
        }
        chunk(index, segments, chars, backend);
      }
    });
    FileStatus status = !done.partial().isEmpty() ? FileStatus.PARTIAL
        : done.written() ? FileStatus.TRANSLATED : FileStatus.UNCHANGED;
    return result(job, status, done.segments(), characters, done.partial(), done.notes(), Optional.empty(),
        Optional.empty(), Optional.empty(), done.written() && !toStdout, t0, done.timing());
  }

  /**
   * {@code document} in the output format, as UTF-8: written straight to bytes (half the size of
   * Java's characters for French text) in a buffer sized for the format up front, since growing by
   * doubling holds both copies at once. On a large input this buffer and its one copy are the run's
   * peak (LargeInputIT).
   */
  private byte[] render(BilingualDocument document, int inputChars) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream(setup.format().expectedBytes(inputChars));
    try (Writer writer = new OutputStreamWriter(buffer, StandardCharsets.UTF_8)) {
      setup.renderer().render(document, writer);
    }
    return buffer.toByteArray();
  }

  private FileResult failed(Job job, FileStatus status, Exception e, int segments, Map<String, Long> characters,
      List<String> notes, Optional<Plan> plan, long t0) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    if (e instanceof RuntimeException && !(e instanceof UnparseableInputException)) {
      message = "internal error: " + e;
    }
    String prefix = job.label() + ": ";
    String problem = message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    return result(job, status, segments, characters, problem, notes, Optional.of(e), plan, Optional.empty(), false,
        t0, "");
  }

  private static FileResult result(Job job, FileStatus status, int segments, Map<String, Long> characters,
      String problem, List<String> notes, Optional<Exception> error, Optional<Plan> plan, Optional<byte[]> rendered,
      boolean written, long t0, String timing) {
    Map<String, Long> copy;
    synchronized (characters) {
      copy = new HashMap<>(characters);
    }
    return new FileResult(job, status, segments, copy, problem, notes, error, plan, rendered, written,
        Duration.ofNanos(System.nanoTime() - t0), timing);
  }

  private static void await(Future<?> future) {
    try {
      future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while translating", e);
    } catch (ExecutionException e) {
      // process() turns every failure into a result; anything else is a bug worth seeing
      throw new IllegalStateException(e.getCause());
    }
  }

  private static Thread daemon(Runnable r) {
    Thread t = new Thread(r, "traduire-file");
    t.setDaemon(true);
    return t;
  }

  private static long ms(long nanos) {
    return nanos / 1_000_000;
  }
}
