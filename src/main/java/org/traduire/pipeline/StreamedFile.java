package org.traduire.pipeline;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.traduire.document.BilingualDocument;
import org.traduire.document.Document;
import org.traduire.document.InputFormat;
import org.traduire.input.InputException;
import org.traduire.input.InputReader;
import org.traduire.input.TextFile;
import org.traduire.input.TextWindows;
import org.traduire.parse.Parsers;
import org.traduire.parse.PlainTextWindows;
import org.traduire.render.PartRenderer;

/**
 * One long plain-text file translated a window at a time (see {@link Streaming}): read a window
 * of text, parse it ({@link PlainTextWindows} keeps a section cut by the window for the next),
 * plan, translate and render it, write it out, and forget it. The output is the whole input's,
 * byte for byte, with one difference a text can show: the document's language is called from its
 * first window rather than from a sample across all of it, and a window that holds one section of
 * a longer text has that section's language checked on its own.
 */
final class StreamedFile {
  /** Told as the file goes, for progress: a window planned, standing for a share of the bytes left. */
  interface Listener extends SegmentListener {
    void planned(int segments, double share);
  }

  /** What the run of the file did. */
  record Done(boolean written, int segments, List<String> notes, String partial, String timing) {}

  private final Batch.Setup setup;
  private final Job job;
  private final TextFile file;
  private final Set<String> notes = new LinkedHashSet<>();
  private final Untranslated untranslated = new Untranslated();
  private int segments;
  private int chunks;
  private long chars;
  private long parseNanos;
  private long translateNanos;
  private long renderNanos;
  private TextWindows.Window next;

  private StreamedFile(Batch.Setup setup, Job job, TextFile file) {
    this.setup = setup;
    this.job = job;
    this.file = file;
  }

  /**
   * The job's input as a streamed file, when it is one to stream: a regular file over the size,
   * read as plain text (by the format given, its name, or its text), in a run and format that allow
   * it, with somewhere to write as it goes ({@code toStdout}, else its own output file).
   *
   * @throws InputException when the file is one to stream but cannot be read as text (the message
   *     is what reading it whole would say)
   */
  static Optional<StreamedFile> of(Batch.Setup setup, Job job, boolean toStdout) throws InputException {
    Streaming streaming = setup.streaming();
    if (setup.dryRun() || job.input().isEmpty() || job.weight() <= streaming.above()
        || (job.output().isEmpty() && !toStdout) || streaming.parts().get().isEmpty()) {
      return Optional.empty();
    }
    Path path = job.input().get();
    if (!Files.isRegularFile(path)) {
      return Optional.empty();
    }
    Optional<InputFormat> named = setup.planner().givenFormat().or(() -> Parsers.byName(job.name()));
    if (named.isPresent() && named.get() != InputFormat.TEXT) {
      return Optional.empty();
    }
    TextFile file = TextFile.open(path, job.label(), streaming.maxBytes());
    if (named.isEmpty() && guess(file, streaming.window()) != InputFormat.TEXT) {
      return Optional.empty();
    }
    return Optional.of(new StreamedFile(setup, job, file));
  }

  /** The format the file's text tells, read a window at a time. */
  private static InputFormat guess(TextFile file, int window) throws InputException {
    Parsers.Guess guess = new Parsers.Guess();
    try (TextWindows windows = file.windows(window)) {
      for (TextWindows.Window w = windows.next(); w != null; w = windows.next()) {
        guess.feed(w.text());
      }
    } catch (IOException e) {
      throw InputReader.failure(file.name(), e);
    }
    return guess.format();
  }

  /**
   * Translates the file into {@code stdout}, or into the job's output file when {@code stdout} is
   * null, writing each window as it is done.
   */
  Done run(Writer stdout, Listener listener) throws IOException, NotFrenchException, InputException {
    try {
      return translate(stdout, listener);
    } catch (Escape e) {
      if (e.getCause() instanceof NotFrenchException notFrench) {
        throw notFrench;
      }
      throw (InputException) e.getCause();
    }
  }

  private Done translate(Writer stdout, Listener listener) throws IOException {
    long t0 = System.nanoTime();
    if (file.fallback()) {
      notes.add(job.label() + ": not valid UTF-8; read as Windows-1252");
    }
    PartRenderer parts = setup.streaming().parts().get().orElseThrow();
    try (TextWindows windows = windows()) {
      TextWindows.Window first = read(windows);
      long t1 = System.nanoTime();
      LanguageCheck.Call call = setup.planner().call(Parsers.of(InputFormat.TEXT).parse(first.text()));
      if (!setup.planner().forced() && call.clear() && call.language().is("en")) {
        notes.add(job.label() + ": already in English (confidence " + call.language().confidence()
            + "); passed through unchanged");
      }
      PlainTextWindows parser = new PlainTextWindows();
      boolean whole = first.last();
      next = first;
      first = null; // held from here only by next, until taken
      // A file in another language fails on its first window, before anything is written.
      Translation translation = out -> {
        long before = 0;
        for (TextWindows.Window w = take(); w != null; next = read(windows), w = take()) {
          long read = windows.bytesRead();
          double share = (read - before) / (double) Math.max(1, file.size() - before);
          before = read;
          window(parser, w, call, !whole, parts, out, listener, share);
        }
      };
      parseNanos += t1 - t0;
      boolean written = true;
      if (stdout != null) {
        translation.into(stdout);
      } else {
        written = AtomicFiles.writeIfChanged(job.output().get(), out -> {
          Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
          translation.into(writer);
          writer.flush();
        });
      }
      return new Done(written, segments, new ArrayList<>(notes), untranslated.message(), timing(t0));
    }
  }

  /** The window read and not yet translated, let go of as soon as it is taken. */
  private TextWindows.Window take() {
    TextWindows.Window w = next;
    next = null;
    return w;
  }

  /** Writes the translation of the file to {@code out}. */
  @FunctionalInterface
  private interface Translation {
    void into(Writer out) throws IOException;
  }

  /** One window: parsed, planned, translated, rendered and written. */
  private void window(PlainTextWindows parser, TextWindows.Window window, LanguageCheck.Call call, boolean part,
      PartRenderer parts, Writer out, Listener listener, double share) throws IOException {
    long t0 = System.nanoTime();
    Document document = parser.next(window.text(), window.last());
    Plan plan;
    try {
      plan = setup.planner().plan(job.name(), job.label(), document, call, part);
    } catch (NotFrenchException e) {
      throw new Escape(e);
    }
    notes.addAll(plan.notes());
    int n = plan.chunks().stream().mapToInt(c -> c.segments().size()).sum();
    segments += n;
    chunks += plan.chunks().size();
    chars += plan.chars();
    listener.planned(n, share);
    long t1 = System.nanoTime();
    BilingualDocument translated = setup.pipeline().run(plan, listener);
    long t2 = System.nanoTime();
    untranslated.add(translated);
    parts.next(translated, out);
    out.flush();
    if (out instanceof PrintWriter stdout && stdout.checkError()) {
      // a PrintWriter keeps its errors: a closed pipe (traduire big.txt | head) would go on unseen
      throw new IOException("it was closed (broken pipe); stopped translating");
    }
    parseNanos += t1 - t0;
    translateNanos += t2 - t1;
    renderNanos += System.nanoTime() - t2;
  }

  private TextWindows windows() {
    try {
      return file.windows(setup.streaming().window());
    } catch (IOException e) {
      throw new Escape(InputReader.failure(job.label(), e));
    }
  }

  /** The next window; a file that cannot be read is an input's failure, not an output's. */
  private TextWindows.Window read(TextWindows windows) {
    try {
      return windows.next();
    } catch (IOException e) {
      throw new Escape(InputReader.failure(job.label(), e));
    }
  }

  private String timing(long t0) {
    return job.label() + ": streamed in windows of " + setup.streaming().window() + " characters: parse+detect+chunk "
        + ms(parseNanos) + " ms, translate " + ms(translateNanos) + " ms (" + chunks + " chunks, " + chars
        + " characters), render+write " + ms(renderNanos) + " ms, in all " + ms(System.nanoTime() - t0) + " ms";
  }

  private static long ms(long nanos) {
    return nanos / 1_000_000;
  }

  /** Carries a refusal of the input out of a write that may throw only output errors. */
  private static final class Escape extends RuntimeException {
    Escape(Exception cause) {
      super(cause);
    }
  }
}
