package org.traduire.translate;

import java.util.List;

/** Tries each backend of a chain in turn ({@code -b deepl,dictionary}) until one translates the batch. */
public final class FallbackBackend implements Backend {
  private final List<Backend> chain;

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
        return b.translateNamed(segments);
      } catch (TranslationException e) {
        last = e;
      }
    }
    throw last;
  }

  @Override
  public List<String> translate(List<String> segments) throws TranslationException {
    return translateNamed(segments).translations();
  }
}
