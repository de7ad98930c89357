package org.traduire.translate.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * When to try again: which statuses are worth it, and how long to wait. Exponential backoff with
 * jitter (half fixed, half random, so clients that failed together spread out), a server's
 * {@code Retry-After} honoured in seconds or as an HTTP date.
 */
public final class RetryPolicy {
  /** Longest wait a server may ask for; past it, the request fails rather than stalling the run. */
  static final Duration MAX_WAIT = Duration.ofSeconds(120);

  private final int retries;
  private final Duration base;
  private final Duration cap;
  private final RandomGenerator random;
  private final Clock clock;

  public RetryPolicy(int retries, Duration base, Duration cap, RandomGenerator random, Clock clock) {
    this.retries = retries;
    this.base = base;
    this.cap = cap;
    this.random = random;
    this.clock = clock;
  }

  /** {@code retries} retries, 0.5 s doubling up to 20 s. */
  public static RetryPolicy standard(int retries) {
    return new RetryPolicy(retries, Duration.ofMillis(500), Duration.ofSeconds(20), RandomGenerator.getDefault(), Clock.systemUTC());
  }

  /** Attempts in all, the first included. */
  public int maxAttempts() {
    return retries + 1;
  }

  /** 408, 425, 429 and every 5xx but 501 (not implemented will not become implemented). */
  public static boolean retryable(int status) {
    return status == 408 || status == 425 || status == 429 || (status >= 500 && status <= 599 && status != 501);
  }

  /** The wait before attempt {@code attempt + 1}, after attempt {@code attempt} (1-based) failed. */
  public Duration backoff(int attempt) {
    long ceiling = Math.min(cap.toMillis(), base.toMillis() << Math.min(20, attempt - 1));
    long half = ceiling / 2;
    return Duration.ofMillis(half + (half > 0 ? random.nextLong(half + 1) : 0));
  }

  /**
   * The wait a {@code Retry-After} header asks for: whole seconds, or an HTTP date (a date in the
   * past means now). Empty when the header is absent or unreadable.
   */
  public Optional<Duration> retryAfter(String header) {
    if (header == null || header.isBlank()) {
      return Optional.empty();
    }
    String h = header.strip();
    if (h.matches("\\d{1,9}")) {
      return Optional.of(Duration.ofSeconds(Long.parseLong(h)));
    }
    try {
      Instant when = ZonedDateTime.parse(h, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      Duration d = Duration.between(clock.instant(), when);
      return Optional.of(d.isNegative() ? Duration.ZERO : d);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
