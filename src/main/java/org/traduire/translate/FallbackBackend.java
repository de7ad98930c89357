package org.traduire.translate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/** Tries each backend of a chain in turn ({@code -b deepl,dictionary}) until one translates the batch. */
public final class FallbackBackend implements Backend {
  private final List<Backend> chain;
  private final AtomicInteger fellBack = new AtomicInteger();
  private final AtomicReference<String> firstReason = new AtomicReference<>();

  /** The chain of {@code backends}, or the backend itself when there is only one. */
  public static Backend of(List<Backend> backends) {
    return backends.size() == 1 ? backends.get(0) : new FallbackBackend(backends);
  }

  private FallbackBackend(List<Backend> chain) {
    if (chain.isEmpty()) {
      throw new IllegalArgumentException("empty backend chain");
    }
    this.chain = List.copyOf(chain);
  }

  /** The backends of the chain, in the order they are tried. */
  public List<Backend> links() {
    return chain;
  }

  @Override
  public String name() {
    return String.join(",", chain.stream().map(Backend::name).toList());
  }

  /** The smallest limit of the chain, so any backend of it can take any chunk. */
  @Override
  public int maxChars() {
    return chain.stream().mapToInt(Backend::maxChars).min().orElseThrow();
  }

  @Override
  public int maxSegments() {
    return chain.stream().mapToInt(Backend::maxSegments).min().orElseThrow();
  }

  /**
   * Sends the batch to each link in turn until every segment is translated. When a link
   * translates only some segments ({@link PartialTranslationException}), only the others go on
   * to the next link; the answer names, for each segment, the link that translated it.
   */
  @Override
  public Translated translateNamed(List<String> segments) throws TranslationException {
    int n = segments.size();
    String[] out = new String[n];
    String[] by = new String[n];
    String[] why = new String[n];
    List<Integer> todo = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      todo.add(i);
    }
    TranslationException last = null;
    boolean partial = false;
    for (Backend b : chain) {
      List<String> batch = todo.stream().map(segments::get).toList();
      try {
        Translated answer = b.translateNamed(batch);
        if (todo.size() == n && last == null) {
          return answer; // a wrong count is the caller's to notice, as from a single backend
        }
        if (answer.translations().size() != batch.size()) {
          last = new TranslationException(b.name(), b.name() + " answered " + answer.translations().size()
              + " translations for " + batch.size() + " segments");
          continue;
        }
        for (int k = 0; k < batch.size(); k++) {
          out[todo.get(k)] = answer.translations().get(k);
          by[todo.get(k)] = answer.backend(k);
        }
        fellBack(last);
        return merged(out, by);
      } catch (PartialTranslationException p) {
        List<Integer> failed = new ArrayList<>();
        for (int k = 0; k < batch.size(); k++) {
          int i = todo.get(k);
          by[i] = p.backend(k);
          if (p.translation(k) != null) {
            out[i] = p.translation(k);
          } else {
            why[i] = p.reason(k);
            failed.add(i);
          }
        }
        if (failed.size() < batch.size() && b != chain.get(0)) {
          fellBack(last);
        }
        todo = failed;
        last = p;
        partial = true;
      } catch (TranslationException e) {
        for (int i : todo) {
          why[i] = e.getMessage();
          by[i] = e.backend();
        }
        last = e;
      }
    }
    if (todo.size() == n && !partial) {
      throw last;
    }
    List<String> translations = new ArrayList<>(Arrays.asList(out));
    List<String> reasons = new ArrayList<>(Arrays.asList(why));
    for (int i = 0; i < n; i++) {
      if (out[i] != null) {
        reasons.set(i, null);
      }
    }
    throw new PartialTranslationException(name(), translations, Arrays.asList(by), reasons);
  }

  private void fellBack(TranslationException reason) {
    if (reason != null) {
      fellBack.incrementAndGet();
      firstReason.compareAndSet(null, reason.getMessage());
    }
  }

  private Translated merged(String[] out, String[] by) {
    String names = String.join("+", Arrays.stream(by).distinct().toList());
    return new Translated(names, Arrays.asList(out), Arrays.asList(by));
  }

  /** How many batches a later link of the chain translated because an earlier one failed. */
  public int fellBack() {
    return fellBack.get();
  }

  /** "3 chunks fell back from deepl to the next backend (first: …)", when any did. */
  @Override
  public Optional<String> summary() {
    int n = fellBack.get();
    if (n == 0) {
      return Optional.empty();
    }
    return Optional.of(n + (n == 1 ? " chunk" : " chunks") + " fell back along " + name() + " (first because "
        + firstReason.get() + ")");
  }

  @Override
  public void warmUp() {
    chain.forEach(Backend::warmUp);
  }

  /** The first link that does not answer, else the first link's health. */
  @Override
  public Health check() {
    Health first = null;
    for (Backend b : chain) {
      Health h = b.check();
      if (!h.ok()) {
        return h;
      }
      first = first == null ? h : first;
    }
    return first;
  }

  @Override
  public List<String> translate(List<String> segments) throws TranslationException {
    return translateNamed(segments).translations();
  }
}
