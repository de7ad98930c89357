package org.traduire.translate.http;

/** How the HTTP backends wait (backoff, rate limits); tests pass one that records instead of sleeping. */
@FunctionalInterface
public interface Sleeper {
  Sleeper REAL = nanos -> java.util.concurrent.TimeUnit.NANOSECONDS.sleep(nanos);

  void sleepNanos(long nanos) throws InterruptedException;
}
