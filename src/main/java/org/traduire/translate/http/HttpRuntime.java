package org.traduire.translate.http;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;

/**
 * What all HTTP backends of one run share: one OkHttp client (one connection pool), one throttle
 * (requests in flight, rate limits) and one retry policy. Made when the first HTTP backend is, so
 * a run with the offline dictionary never loads OkHttp.
 */
public final class HttpRuntime {
  private final OkHttpClient client;
  private final Throttle throttle;
  private final RetryPolicy retry;
  private final Sleeper sleeper;

  HttpRuntime(OkHttpClient client, Throttle throttle, RetryPolicy retry, Sleeper sleeper) {
    this.client = client;
    this.throttle = throttle;
    this.retry = retry;
    this.sleeper = sleeper;
  }

  /** The runtime for {@code settings}, sleeping for real. */
  public static HttpRuntime create(HttpSettings settings) {
    return create(settings, RetryPolicy.standard(settings.retries()), Sleeper.REAL);
  }

  /** The runtime for {@code settings} with a given retry policy and way of waiting (tests). */
  public static HttpRuntime create(HttpSettings settings, RetryPolicy retry, Sleeper sleeper) {
    OkHttpClient client = new OkHttpClient.Builder()
        .connectTimeout(settings.connectTimeout())
        .readTimeout(settings.readTimeout())
        .writeTimeout(settings.readTimeout())
        .callTimeout(settings.callTimeout())
        .connectionPool(new ConnectionPool(Math.max(5, settings.jobs()), 5, TimeUnit.MINUTES))
        .retryOnConnectionFailure(false) // our retry policy decides, and counts
        .followRedirects(false) // a redirect could carry a key to another host
        .build();
    client.dispatcher().setMaxRequestsPerHost(Math.max(5, settings.jobs()));
    Throttle throttle = new Throttle(settings.jobs(), settings.requestsPerSecond(), settings.charsPerMinute(), sleeper, System::nanoTime);
    return new HttpRuntime(client, throttle, retry, sleeper);
  }

  OkHttpClient client() {
    return client;
  }

  Throttle throttle() {
    return throttle;
  }

  RetryPolicy retry() {
    return retry;
  }

  void sleep(Duration d) throws InterruptedException {
    if (!d.isZero() && !d.isNegative()) {
      sleeper.sleepNanos(d.toNanos());
    }
  }
}
