package org.traduire.translate;

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

  @Override
  public Translated translateNamed(List<String> segments) throws TranslationException {
    TranslationException last = null;
    for (Backend b : chain) {
      try {
        Translated answer = b.translateNamed(segments);
        if (last != null) {
          fellBack.incrementAndGet();
          firstReason.compareAndSet(null, last.getMessage());
        }
        return answer;
      } catch (TranslationException e) {
        last = e;
      }
    }
    throw last;
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
