package org.traduire.translate;

import java.util.List;
import java.util.Optional;

/**
 * A wrapper that hands everything to the backend it wraps except what it overrides, as OkHttp's
 * {@code ForwardingSource} does: a wrapper writes only {@link #translateNamed} and what it changes.
 */
public abstract class ForwardingBackend implements Backend {
  protected final Backend inner;

  protected ForwardingBackend(Backend inner) {
    this.inner = inner;
  }

  @Override
  public String name() {
    return inner.name();
  }

  @Override
  public String memoryKey() {
    return inner.memoryKey();
  }

  @Override
  public int maxChars() {
    return inner.maxChars();
  }

  @Override
  public int maxSegments() {
    return inner.maxSegments();
  }

  @Override
  public void warmUp() {
    inner.warmUp();
  }

  @Override
  public Health check() {
    return inner.check();
  }

  @Override
  public Optional<String> summary() {
    return inner.summary();
  }

  @Override
  public List<String> translate(List<String> segments) throws TranslationException {
    return translateNamed(segments).translations();
  }
}
