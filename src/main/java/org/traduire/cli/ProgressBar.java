package org.traduire.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.traduire.pipeline.Progress;

/**
 * A one-line progress bar on a terminal's standard error, redrawn in place with {@code \r}: files
 * done of all (for a folder run), segments, characters sent, cache hits, time so far and time
 * left. Lines printed meanwhile go above it; it is wiped at the end, and on Ctrl-C. Nothing shows
 * before {@code delay} has passed, so a short run leaves no flicker.
 */
final class ProgressBar {
  private static final long REDRAW_NANOS = 100_000_000L;
  private static final int BAR = 20;

  private final PrintWriter err;
  private final int width;
  private final boolean files;
  private final long delayNanos;
  private final LongSupplier clock;
  private final long start;
  private Progress last;
  private int drawn;
  private long lastDraw;
  private Thread ticker;
  private Thread wipeOnExit;
  private boolean stopped;

  /**
   * @param width the terminal's width; the line stays one column shorter so it never wraps
   * @param files whether to show files done (a folder run) or segments only (one document)
   */
  ProgressBar(PrintWriter err, int width, boolean files, Duration delay, LongSupplier clock) {
    this.err = err;
    this.width = width;
    this.files = files;
    this.delayNanos = delay.toNanos();
    this.clock = clock;
    this.start = clock.getAsLong();
  }

  /** Redraws every quarter second, so time moves while a slow request is out. */
  synchronized void start(Supplier<Progress> now) {
    ticker = new Thread(() -> {
      try {
        while (!Thread.currentThread().isInterrupted()) {
          Thread.sleep(250);
          update(now.get());
        }
      } catch (InterruptedException e) {
        // stopped
      }
    }, "traduire-progress");
    ticker.setDaemon(true);
    ticker.start();
    wipeOnExit = new Thread(this::wipe, "traduire-progress-wipe");
    try {
      Runtime.getRuntime().addShutdownHook(wipeOnExit);
    } catch (IllegalStateException e) {
      wipeOnExit = null; // already exiting
    }
  }

  synchronized void update(Progress progress) {
    if (stopped) {
      return;
    }
    last = progress;
    long now = clock.getAsLong();
    if (now - start < delayNanos || (drawn > 0 && now - lastDraw < REDRAW_NANOS)) {
      return;
    }
    draw(now);
  }

  /** Prints {@code text} (one or more whole lines) above the bar. */
  synchronized void println(String text) {
    boolean was = drawn > 0;
    wipe();
    err.print(text.endsWith("\n") ? text : text + "\n");
    if (was && last != null && !stopped) {
      draw(clock.getAsLong());
    }
    err.flush();
  }

  /** Stops redrawing and wipes the bar. */
  void stop() {
    Thread t;
    synchronized (this) {
      stopped = true;
      t = ticker;
      ticker = null;
      wipe();
      if (wipeOnExit != null) {
        try {
          Runtime.getRuntime().removeShutdownHook(wipeOnExit);
        } catch (IllegalStateException e) {
          // exiting: the hook runs anyway, and wipes nothing
        }
        wipeOnExit = null;
      }
    }
    if (t != null) {
      t.interrupt();
    }
  }

  private synchronized void wipe() {
    if (drawn > 0) {
      err.print("\r" + " ".repeat(drawn) + "\r");
      err.flush();
      drawn = 0;
    }
  }

  private void draw(long now) {
    String line = line(last, files, width);
    err.print("\r" + line + " ".repeat(Math.max(0, drawn - line.length())) + "\r" + line);
    err.flush();
    drawn = line.length();
    lastDraw = now;
  }

  /** The bar's text for {@code p}, at most {@code width - 1} characters. */
  static String line(Progress p, boolean files, int width) {
    int filled = (int) Math.round(p.fraction() * BAR);
    StringBuilder sb = new StringBuilder("traduire: [")
        .append("#".repeat(filled)).append("-".repeat(BAR - filled)).append("] ");
    if (files) {
      sb.append(p.filesDone()).append('/').append(p.files()).append(" files, ");
      sb.append(p.segmentsDone()).append(" segments, ");
    } else if (p.segments() == 0 && p.filesDone() < p.files()) {
      sb.append("reading and planning, ");
    } else {
      sb.append(p.segmentsDone()).append('/').append(p.segments()).append(" segments, ");
    }
    sb.append(p.totalCharacters()).append(" characters sent, ")
        .append(p.cacheHits()).append(p.cacheHits() == 1 ? " cache hit, " : " cache hits, ")
        .append(clock(p.elapsed()));
    p.eta().ifPresent(eta -> sb.append(", ETA ").append(clock(eta)));
    int max = Math.max(10, width - 1);
    return sb.length() <= max ? sb.toString() : sb.substring(0, max);
  }

  /** {@code 0:07}, {@code 12:34}, {@code 1:02:03}. */
  static String clock(Duration d) {
    long s = d.toSeconds();
    return s >= 3600
        ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
        : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
  }
}
