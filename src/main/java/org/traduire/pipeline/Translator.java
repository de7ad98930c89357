package org.traduire.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.traduire.chunk.Chunk;
import org.traduire.chunk.Segment;
import org.traduire.translate.Backend;
import org.traduire.translate.Placeholders;
import org.traduire.translate.TranslationException;

/**
 * Sends a plan's chunks to the backend and collects one result per segment. Protected spans go
 * out as placeholders and come back restored; a batch that fails (unless the failure is fatal to
 * every request) or whose answer has the wrong number of translations is asked again one segment
 * at a time; a segment that still fails is recorded as failed with the reason, never dropped.
 */
final class Translator {
  private final Backend backend;
  private final int jobs;

  /** @param jobs how many chunks may be in flight at once */
  Translator(Backend backend, int jobs) {
    if (jobs < 1) {
      throw new IllegalArgumentException("jobs must be at least 1, got " + jobs);
    }
    this.backend = backend;
    this.jobs = jobs;
  }

  /** The outcome for one segment: its translation, or the reason it failed. */
  record Result(Segment segment, String translation, String backend, String failure) {
    boolean failed() {
      return failure != null;
    }
  }

  /**
   * Results for every segment of every chunk, keyed by block index, parts in order. Up to {@code
   * jobs} chunks are in flight at once; results are merged in chunk order whatever order they
   * finish in.
   */
  Map<Integer, List<Result>> translate(List<Chunk> chunks) {
    return translate(chunks, SegmentListener.NONE);
  }

  /** As {@link #translate(List)}, telling {@code listener} as each chunk comes back. */
  Map<Integer, List<Result>> translate(List<Chunk> chunks, SegmentListener listener) {
    List<List<Result>> perChunk = new ArrayList<>(chunks.size());
    if (jobs == 1 || chunks.size() < 2) {
      for (Chunk chunk : chunks) {
        perChunk.add(tell(listener, translateBatch(chunk.segments())));
      }
    } else {
      ExecutorService pool = Executors.newFixedThreadPool(Math.min(jobs, chunks.size()), Translator::daemon);
      try {
        List<Future<List<Result>>> futures = new ArrayList<>(chunks.size());
        for (Chunk chunk : chunks) {
          futures.add(pool.submit(() -> tell(listener, translateBatch(chunk.segments()))));
        }
        for (Future<List<Result>> f : futures) {
          perChunk.add(get(f));
        }
      } finally {
        pool.shutdownNow();
      }
    }
    Map<Integer, List<Result>> byBlock = new HashMap<>();
    for (List<Result> results : perChunk) {
      for (Result r : results) {
        byBlock.computeIfAbsent(r.segment().block(), k -> new ArrayList<>()).add(r);
      }
    }
    return byBlock;
  }

  /** Tells the listener how many segments and characters each backend translated, and how many failed. */
  private static List<Result> tell(SegmentListener listener, List<Result> results) {
    Map<String, int[]> byBackend = new java.util.LinkedHashMap<>();
    for (Result r : results) {
      String who = r.failed() ? "" : r.backend();
      int[] counts = byBackend.computeIfAbsent(who, k -> new int[2]);
      counts[0]++;
      counts[1] += r.segment().text().length();
    }
    byBackend.forEach((who, counts) -> listener.done(counts[0], counts[1], who));
    return results;
  }

  private static List<Result> get(Future<List<Result>> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while translating", e);
    } catch (ExecutionException e) {
      // translateBatch turns every failure into results; anything else is a bug worth seeing
      throw new IllegalStateException(e.getCause());
    }
  }

  private static Thread daemon(Runnable r) {
    Thread t = new Thread(r, "traduire-translate");
    t.setDaemon(true);
    return t;
  }

  private List<Result> translateBatch(List<Segment> segments) {
    List<Placeholders.Protected> sent = new ArrayList<>();
    for (Segment s : segments) {
      sent.add(Placeholders.protect(s.text(), s.keep()));
    }
    Backend.Translated answer;
    try {
      answer = backend.translateNamed(sent.stream().map(Placeholders.Protected::text).toList());
    } catch (TranslationException e) {
      return e.fatal() || segments.size() == 1 ? failAll(segments, e) : oneByOne(segments);
    } catch (RuntimeException e) {
      // A bug in a backend costs one segment, not the document: the rest is still written.
      TranslationException bug = new TranslationException(backend.name(),
          "internal error in the " + backend.name() + " backend: " + e, e);
      return segments.size() == 1 ? failAll(segments, bug) : oneByOne(segments);
    }
    if (answer.translations().size() != segments.size()) {
      if (segments.size() == 1) {
        return List.of(
            failed(segments.get(0), answer.backend(), "the backend answered "
                + answer.translations().size() + " translations for 1 segment"));
      }
      return oneByOne(segments);
    }
    List<Result> results = new ArrayList<>();
    for (int i = 0; i < segments.size(); i++) {
      Segment s = segments.get(i);
      try {
        String restored = Placeholders.restore(answer.translations().get(i), sent.get(i).originals());
        results.add(new Result(s, restored, answer.backend(i), null));
      } catch (IllegalStateException e) {
        results.add(failed(s, answer.backend(i), e.getMessage()));
      }
    }
    return results;
  }

  /** Asks again for each segment alone, so one bad segment costs only itself. */
  private List<Result> oneByOne(List<Segment> segments) {
    List<Result> results = new ArrayList<>();
    for (Segment s : segments) {
      results.addAll(translateBatch(List.of(s)));
    }
    return results;
  }

  private List<Result> failAll(List<Segment> segments, TranslationException e) {
    List<Result> results = new ArrayList<>();
    for (Segment s : segments) {
      results.add(failed(s, e.backend(), e.getMessage()));
    }
    return results;
  }

  private static Result failed(Segment s, String backend, String why) {
    return new Result(s, null, backend, why);
  }
}
