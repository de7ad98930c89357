package org.traduire.translate.http;

import java.time.Duration;

/**
 * What every HTTP backend of a run shares: timeouts, how many times to retry, how many requests
 * may be in flight, and the optional client-side rate limits (zero means none).
 */
public record HttpSettings(
    Duration connectTimeout,
    Duration readTimeout,
    Duration callTimeout,
    int retries,
    int jobs,
    double requestsPerSecond,
    long charsPerMinute) {

  /** Defaults as {@code config.example.properties} documents them, with four jobs. */
  public static final HttpSettings DEFAULTS =
      new HttpSettings(Duration.ofSeconds(10), Duration.ofSeconds(60), Duration.ofSeconds(120), 3, 4, 0, 0);

  public HttpSettings {
    requirePositive("connect timeout", connectTimeout);
    requirePositive("read timeout", readTimeout);
    requirePositive("call timeout", callTimeout);
    if (retries < 0) {
      throw new IllegalArgumentException("retries must be 0 or more, got " + retries);
    }
    if (jobs < 1) {
      throw new IllegalArgumentException("jobs must be at least 1, got " + jobs);
    }
    if (requestsPerSecond < 0 || Double.isNaN(requestsPerSecond) || Double.isInfinite(requestsPerSecond)) {
      throw new IllegalArgumentException("requests per second must be 0 or more, got " + requestsPerSecond);
    }
    if (charsPerMinute < 0) {
      throw new IllegalArgumentException("characters per minute must be 0 or more, got " + charsPerMinute);
    }
  }

  private static void requirePositive(String what, Duration d) {
    if (d == null || d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(what + " must be positive, got " + d);
    }
  }

  /** The same settings with another number of retries. */
  public HttpSettings withRetries(int n) {
    return new HttpSettings(connectTimeout, readTimeout, callTimeout, n, jobs, requestsPerSecond, charsPerMinute);
  }
}
