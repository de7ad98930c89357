package org.traduire.translate.http;

import java.util.concurrent.Semaphore;

/**
 * Shared by every request of a run: at most {@code jobs} requests in flight, and optionally at
 * most so many requests per second and characters per minute (token buckets; a request larger
 * than a whole minute's allowance waits for a full bucket rather than forever).
 */
final class Throttle {
  private final Semaphore inFlight;
  private final double requestsPerSecond;
  private final long charsPerMinute;
  private final Sleeper sleeper;
  private final java.util.function.LongSupplier nanoTime;
  private long nextRequestAt;
  private double charTokens;
  private long charsUpdatedAt;

  Throttle(int jobs, double requestsPerSecond, long charsPerMinute, Sleeper sleeper, java.util.function.LongSupplier nanoTime) {
    this.inFlight = new Semaphore(jobs, true);
    this.requestsPerSecond = requestsPerSecond;
    this.charsPerMinute = charsPerMinute;
    this.sleeper = sleeper;
    this.nanoTime = nanoTime;
    this.nextRequestAt = nanoTime.getAsLong();
    this.charTokens = charsPerMinute;
    this.charsUpdatedAt = nextRequestAt;
  }

  /** Waits for a free slot and for the rate limits to allow {@code chars} more characters. */
  void acquire(int chars) throws InterruptedException {
    inFlight.acquire();
    try {
      long wait = reserve(chars);
      if (wait > 0) {
        sleeper.sleepNanos(wait);
      }
    } catch (InterruptedException | RuntimeException e) {
      inFlight.release();
      throw e;
    }
  }

  void release() {
    inFlight.release();
  }

  /** Books the request's place in both buckets and returns how long it must wait for it. */
  private synchronized long reserve(int chars) {
    long now = nanoTime.getAsLong();
    long start = now;
    if (requestsPerSecond > 0) {
      start = Math.max(start, nextRequestAt);
      nextRequestAt = start + (long) (1_000_000_000L / requestsPerSecond);
    }
    if (charsPerMinute > 0) {
      double perNano = charsPerMinute / 60e9;
      charTokens = Math.min(charsPerMinute, charTokens + (now - charsUpdatedAt) * perNano);
      charsUpdatedAt = now;
      double need = Math.min(chars, charsPerMinute);
      if (charTokens < need) {
        start = Math.max(start, now + (long) Math.ceil((need - charTokens) / perNano));
      }
      charTokens -= need; // may go negative: later requests wait for it to refill
    }
    return start - now;
  }
}
