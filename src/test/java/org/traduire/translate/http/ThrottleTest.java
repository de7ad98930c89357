package org.traduire.translate.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ThrottleTest {
  /** A clock that only moves when the throttle sleeps, so waits can be read exactly. */
  private final AtomicLong now = new AtomicLong(1_000_000_000L);
  private final List<Long> slept = new ArrayList<>();
  private final Sleeper sleeper = nanos -> {
    slept.add(nanos);
    now.addAndGet(nanos);
  };

  @Test
  void withoutLimitsNothingWaits() throws InterruptedException {
    Throttle t = new Throttle(2, 0, 0, sleeper, now::get);
    for (int i = 0; i < 10; i++) {
      t.acquire(10_000);
      t.release();
    }
    assertThat(slept).isEmpty();
  }

  @Test
  void requestsPerSecondSpacesRequestsEvenly() throws InterruptedException {
    Throttle t = new Throttle(1, 4, 0, sleeper, now::get);
    for (int i = 0; i < 5; i++) {
      t.acquire(1);
      t.release();
    }
    assertThat(slept).containsExactly(250_000_000L, 250_000_000L, 250_000_000L, 250_000_000L);
  }

  @Test
  void charactersPerMinuteWaitsForTheBucketToRefill() throws InterruptedException {
    Throttle t = new Throttle(1, 0, 600, sleeper, now::get); // 10 characters a second
    t.acquire(600); // a full bucket: at once
    t.release();
    t.acquire(100); // empty: 100 characters take 10 s to come back
    t.release();
    assertThat(slept).hasSize(1);
    assertThat(slept.get(0)).isBetween(9_999_000_000L, 10_001_000_000L);
  }

  @Test
  void aRequestLargerThanAMinutesAllowanceWaitsForAFullBucketNotForever() throws InterruptedException {
    Throttle t = new Throttle(1, 0, 600, sleeper, now::get);
    t.acquire(5_000);
    t.release();
    t.acquire(5_000);
    t.release();
    assertThat(slept).hasSize(1);
    assertThat(slept.get(0)).isBetween(59_000_000_000L, 61_000_000_000L);
  }

  @Test
  void noMoreThanJobsRequestsAreInFlight() throws InterruptedException {
    Throttle t = new Throttle(2, 0, 0, Sleeper.REAL, System::nanoTime);
    t.acquire(1);
    t.acquire(1);
    CountDownLatch third = new CountDownLatch(1);
    Thread waiter = new Thread(() -> {
      try {
        t.acquire(1);
        third.countDown();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    waiter.start();
    assertThat(third.await(200, TimeUnit.MILLISECONDS)).as("third request held back").isFalse();
    t.release();
    assertThat(third.await(5, TimeUnit.SECONDS)).as("third request goes once a slot frees").isTrue();
    waiter.join();
  }
}
