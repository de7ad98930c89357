package org.traduire.translate.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
  private final Clock clock = Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"), ZoneOffset.UTC);
  private final RetryPolicy policy = new RetryPolicy(3, Duration.ofMillis(500), Duration.ofSeconds(20), new Random(7), clock);

  @Test
  void retriesTooManyRequestsServerErrorsAndTimeoutsButNotClientErrors() {
    assertThat(RetryPolicy.retryable(429)).isTrue();
    assertThat(RetryPolicy.retryable(500)).isTrue();
    assertThat(RetryPolicy.retryable(502)).isTrue();
    assertThat(RetryPolicy.retryable(503)).isTrue();
    assertThat(RetryPolicy.retryable(504)).isTrue();
    assertThat(RetryPolicy.retryable(408)).isTrue();
    for (int status : new int[] {400, 401, 403, 404, 413, 456, 501}) {
      assertThat(RetryPolicy.retryable(status)).as("status %d", status).isFalse();
    }
  }

  @Test
  void backoffDoublesWithJitterWithinHalfAndWholeOfItsCeiling() {
    for (int attempt = 1; attempt <= 8; attempt++) {
      long ceiling = Math.min(20_000, 500L << (attempt - 1));
      for (int i = 0; i < 50; i++) {
        long ms = policy.backoff(attempt).toMillis();
        assertThat(ms).as("attempt %d", attempt).isBetween(ceiling / 2, ceiling);
      }
    }
  }

  @Test
  void backoffIsNotTheSameEveryTimeSoClientsSpreadOut() {
    assertThat(java.util.stream.IntStream.range(0, 20).mapToObj(i -> policy.backoff(3)).distinct().count()).isGreaterThan(5);
  }

  @Test
  void retryAfterInSecondsIsHonoured() {
    assertThat(policy.retryAfter("7")).contains(Duration.ofSeconds(7));
    assertThat(policy.retryAfter(" 0 ")).contains(Duration.ZERO);
  }

  @Test
  void retryAfterAsAnHttpDateIsTheTimeUntilThatDate() {
    assertThat(policy.retryAfter("Sun, 29 Nov 2026 12:00:30 GMT")).contains(Duration.ofSeconds(30));
  }

  @Test
  void retryAfterDateInThePastMeansNow() {
    assertThat(policy.retryAfter("Sun, 29 Nov 2026 11:00:00 GMT")).contains(Duration.ZERO);
  }

  @Test
  void missingOrUnreadableRetryAfterIsIgnored() {
    assertThat(policy.retryAfter(null)).isEmpty();
    assertThat(policy.retryAfter("")).isEmpty();
    assertThat(policy.retryAfter("soon")).isEmpty();
    assertThat(policy.retryAfter("-3")).isEmpty();
  }

  @Test
  void attemptsCountTheFirstOne() {
    assertThat(policy.maxAttempts()).isEqualTo(4);
  }
}
