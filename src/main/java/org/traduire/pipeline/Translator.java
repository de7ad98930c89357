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
import org.traduire.document.Range;
import org.traduire.translate.Backend;
import org.traduire.translate.PartialTranslationException;
import org.traduire.translate.PlaceholderException;
import org.traduire.translate.Placeholders;
import org.traduire.translate.Protector;
import org.traduire.translate.TranslationException;

/**
 * Sends a plan's chunks to the backend and collects one result per segment. Protected spans (the
 * parser's keep ranges and whatever the {@link Protector} finds) go out as placeholders and come
 * back restored; a segment whose placeholders do not all come back exactly once is asked again
 * alone without protection for those spans, and marked failed if that fails too. A batch that
 * fails (unless the failure is fatal to every request) or whose answer has the wrong number of
 * translations is asked again one segment at a time; a segment that still fails is recorded as
 * failed with the reason, never dropped and never emitted broken.
 */
final class Translator {
  private final Backend backend;
  private final int jobs;
  private final Protector protector;

  /**
   * @param jobs how many chunks may be in flight at once
   * @param protector finds what must not be translated, besides each segment's own keep ranges
   */
  Translator(Backend backend, int jobs, Protector protector) {
    if (jobs < 1) {
      throw new IllegalArgumentException("jobs must be at least 1, got " + jobs);
    }
    this.backend = backend;
    this.jobs = jobs;
    this.protector = protector;
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

  /** What is protected in a segment: the parser's ranges (inline code, link targets) and the protector's. */
  private List<Range> ranges(Segment s) {
    return Protector.merge(protector.find(s.text()), s.keep());
  }

  private List<Result> translateBatch(List<Segment> segments) {
    List<List<Range>> ranges = new ArrayList<>();
    List<Placeholders.Protected> sent = new ArrayList<>();
    for (Segment s : segments) {
      List<Range> r = ranges(s);
      ranges.add(r);
      sent.add(Placeholders.protect(s.text(), r));
    }
    Backend.Translated answer;
    try {
      answer = backend.translateNamed(sent.stream().map(Placeholders.Protected::text).toList());
    } catch (PartialTranslationException e) {
      if (e.size() != segments.size()) {
        return segments.size() == 1 ? failAll(segments, e) : oneByOne(segments);
      }
      // Each segment was judged on its own: keep the good ones, mark the others with their reason.
      List<Result> results = new ArrayList<>();
      for (int i = 0; i < segments.size(); i++) {
        results.add(e.translation(i) == null
            ? failed(segments.get(i), e.backend(i), e.reason(i))
            : finish(segments.get(i), ranges.get(i), sent.get(i), e.translation(i), e.backend(i)));
      }
      return results;
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
      results.add(finish(segments.get(i), ranges.get(i), sent.get(i), answer.translations().get(i), answer.backend(i)));
    }
    return results;
  }

  /**
   * The translation with its protected spans put back; when a placeholder was lost, duplicated or
   * invented, the segment is asked again once, alone, without protection for the spans concerned.
   */
  private Result finish(Segment s, List<Range> ranges, Placeholders.Protected sent, String translation, String by) {
    try {
      return new Result(s, Placeholders.restore(translation, sent), by, null);
    } catch (PlaceholderException e) {
      return retryWithout(s, ranges, e.offending(), by, e.getMessage());
    }
  }

  /**
   * Asks for {@code s} again, alone, with the spans at {@code offending} sent as plain text. The
   * answer is refused if its placeholders fail again, or if a span sent as plain text does not
   * come back verbatim (a URL or a piece of code the backend changed is a broken segment too).
   */
  private Result retryWithout(Segment s, List<Range> ranges, List<Integer> offending, String by, String problem) {
    List<Range> kept = new ArrayList<>();
    List<String> unprotected = new ArrayList<>();
    for (int k = 0; k < ranges.size(); k++) {
      Range r = ranges.get(k);
      if (offending.contains(k)) {
        unprotected.add(s.text().substring(r.start(), r.end()));
      } else {
        kept.add(r);
      }
    }
    Placeholders.Protected sent = Placeholders.protect(s.text(), kept);
    Backend.Translated answer;
    try {
      answer = backend.translateNamed(List.of(sent.text()));
    } catch (PartialTranslationException e) {
      return failed(s, e.size() == 1 ? e.backend(0) : e.backend(), problem + "; asked again: "
          + (e.size() == 1 ? e.reason(0) : e.getMessage()));
    } catch (TranslationException e) {
      return failed(s, e.backend(), problem + "; asked again: " + e.getMessage());
    } catch (RuntimeException e) {
      return failed(s, backend.name(), problem + "; asked again: internal error in the " + backend.name() + " backend: " + e);
    }
    if (answer.translations().size() != 1) {
      return failed(s, answer.backend(), problem + "; asked again, the backend answered "
          + answer.translations().size() + " translations for 1 segment");
    }
    String restored;
    try {
      restored = Placeholders.restore(answer.translations().get(0), sent);
    } catch (PlaceholderException e) {
      return failed(s, answer.backend(0), problem + "; asked again: " + e.getMessage());
    }
    for (String original : unprotected) {
      if (occurrences(restored, original) < occurrences(s.text(), original)) {
        return failed(s, answer.backend(0), problem + "; asked again with it unprotected, the backend changed \""
            + original + "\"");
      }
    }
    return new Result(s, restored, answer.backend(0), null);
  }

  private static int occurrences(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
      n++;
    }
    return n;
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
