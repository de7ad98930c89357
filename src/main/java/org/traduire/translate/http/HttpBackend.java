package org.traduire.translate.http;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.traduire.translate.Backend;
import org.traduire.translate.Health;
import org.traduire.translate.TranslationException;

/**
 * Any HTTP translation API as a {@link Backend}: sends the {@link Service}'s request through the
 * run's shared client and throttle, retries what is worth retrying (429, 5xx, network errors,
 * garbled answers) with backoff and {@code Retry-After}, fails fast on what is not (400, 401,
 * 403, 456), and words every failure as one line that names the backend, the status, the
 * service's own message and what to check, with any key hidden. After a fatal answer (a rejected
 * key, an exhausted quota) it sends nothing more and fails at once, so a fallback takes over.
 */
public final class HttpBackend implements Backend {
  private static final long MAX_BODY = 64L << 20;

  private final Service service;
  private final HttpRuntime runtime;
  private final Secrets secrets;
  private final AtomicInteger requests = new AtomicInteger();
  private final AtomicInteger retries = new AtomicInteger();
  private volatile String fatal;
  private final Object prepareLock = new Object();
  private volatile boolean prepared;

  public HttpBackend(Service service, HttpRuntime runtime) {
    this.service = service;
    this.runtime = runtime;
    this.secrets = new Secrets(service.secrets());
  }

  @Override
  public String name() {
    return service.name();
  }

  @Override
  public String memoryKey() {
    return service.memoryKey();
  }

  @Override
  public int maxChars() {
    return service.maxChars();
  }

  @Override
  public int maxSegments() {
    return service.maxSegments();
  }

  /** Requests sent so far, retries included. */
  public int requests() {
    return requests.get();
  }

  /** Retries so far (requests sent again after a failure). */
  public int retries() {
    return retries.get();
  }

  @Override
  public List<String> translate(List<String> segments) throws TranslationException {
    String stopped = fatal;
    if (stopped != null) {
      throw new TranslationException(name(), stopped, null, true);
    }
    if (segments.isEmpty()) {
      return List.of();
    }
    prepare();
    Request request = service.request(segments);
    int chars = segments.stream().mapToInt(String::length).sum();
    int maxAttempts = runtime.retry().maxAttempts();
    for (int attempt = 1; ; attempt++) {
      Reply reply = send(request, chars);
      String problem;
      Duration wait;
      if (reply.failure() != null) {
        if (Thread.currentThread().isInterrupted() || "interrupted".equals(reply.failure().getMessage())) {
          Thread.currentThread().interrupt(); // OkHttp may have cleared the flag: Ctrl-C must still stop the run
          throw new TranslationException(name(), name() + ": interrupted", null, true);
        }
        problem = name() + ": " + describe(reply.failure(), request);
        wait = runtime.retry().backoff(attempt);
      } else if (reply.status() / 100 == 2) {
        try {
          return service.translations(reply.body(), segments);
        } catch (AnswerException e) {
          problem = name() + ": " + secrets.redact(e.getMessage());
          if (!e.retryable()) {
            throw new TranslationException(name(), problem);
          }
          wait = runtime.retry().backoff(attempt);
        }
      } else {
        String words = secrets.redact(service.errorMessage(reply.body()));
        problem = statusMessage(reply.status(), words);
        // Asked first: some services say "quota exhausted" with a 429, which retrying cannot fix.
        boolean stop = service.fatal(reply.status(), words);
        if (stop || !RetryPolicy.retryable(reply.status())) {
          if (stop) {
            fatal = problem;
          }
          throw new TranslationException(name(), problem, null, stop);
        }
        Optional<Duration> asked = runtime.retry().retryAfter(reply.retryAfter());
        if (asked.isPresent() && asked.get().compareTo(RetryPolicy.MAX_WAIT) > 0) {
          throw new TranslationException(name(), problem + " (asked to wait " + asked.get().toSeconds() + " s; not waiting that long)");
        }
        wait = asked.isPresent() ? asked.get() : runtime.retry().backoff(attempt);
      }
      if (attempt >= maxAttempts) {
        throw new TranslationException(name(), problem + (maxAttempts > 1 ? " (after " + attempt + " attempts)" : ""));
      }
      retries.incrementAndGet();
      try {
        runtime.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new TranslationException(name(), name() + ": interrupted", null, true);
      }
    }
  }

  /** Runs the service's set-up once; a failure is fatal for the run, and said once. */
  private void prepare() throws TranslationException {
    if (prepared) {
      return;
    }
    synchronized (prepareLock) {
      if (prepared) {
        return;
      }
      String stopped = fatal;
      if (stopped != null) {
        throw new TranslationException(name(), stopped, null, true);
      }
      try {
        service.prepare(exchange);
      } catch (TranslationException e) {
        String problem = secrets.redact(e.getMessage());
        fatal = problem;
        throw new TranslationException(name(), problem, null, true);
      }
      prepared = true;
    }
  }

  /** Requests of the service's set-up, with the same throttle, retries and redaction as translations. */
  private final Exchange exchange = new Exchange() {
    @Override
    public Answer send(Request request) throws TranslationException {
      int maxAttempts = runtime.retry().maxAttempts();
      for (int attempt = 1; ; attempt++) {
        Reply reply = HttpBackend.this.send(request, 0);
        boolean again;
        if (reply.failure() != null) {
          if (Thread.currentThread().isInterrupted()) {
            throw new TranslationException(name(), name() + ": interrupted", null, true);
          }
          again = attempt < maxAttempts;
          if (!again) {
            throw new TranslationException(name(), name() + ": " + describe(reply.failure(), request));
          }
        } else {
          again = RetryPolicy.retryable(reply.status()) && attempt < maxAttempts;
          if (!again) {
            return new Answer(reply.status(), reply.body());
          }
        }
        retries.incrementAndGet();
        try {
          runtime.sleep(runtime.retry().backoff(attempt));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new TranslationException(name(), name() + ": interrupted", null, true);
        }
      }
    }

    @Override
    public void sleep(Duration wait) throws InterruptedException {
      runtime.sleep(wait);
    }
  };

  /** An answer (status, body, Retry-After) or the I/O failure that stood in for one. */
  private record Reply(int status, String body, String retryAfter, IOException failure) {}

  private Reply send(Request request, int chars) throws TranslationException {
    try {
      runtime.throttle().acquire(chars);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TranslationException(name(), name() + ": interrupted", null, true);
    }
    requests.incrementAndGet();
    try (Response response = runtime.client().newCall(request).execute()) {
      return new Reply(response.code(), read(response.body()), response.header("Retry-After"), null);
    } catch (IOException e) {
      return new Reply(0, "", null, e);
    } finally {
      runtime.throttle().release();
    }
  }

  /** The body as text; refuses more than {@value #MAX_BODY} bytes, whether or not the length was declared. */
  private static String read(ResponseBody body) throws IOException {
    if (body == null) {
      return "";
    }
    if (body.contentLength() > MAX_BODY) {
      throw new IOException("answer of " + body.contentLength() + " bytes is too large");
    }
    okio.BufferedSource source = body.source();
    if (!source.request(MAX_BODY + 1) || source.getBuffer().size() <= MAX_BODY) {
      return body.string();
    }
    throw new IOException("answer of more than " + MAX_BODY + " bytes is too large");
  }

  private String statusMessage(int status, String words) {
    String hint = service.hint(status);
    String said = words.isEmpty() ? "" : ": " + words;
    if (!hint.isEmpty()) {
      return name() + ": " + hint + " (" + status + said + ")";
    }
    return name() + " answered " + status + said;
  }

  /** One line for a network failure, naming the host but never the path or query (keys may hide there). */
  private String describe(IOException e, Request request) {
    String where = request.url().scheme() + "://" + request.url().host() + ":" + request.url().port();
    String what;
    if (e instanceof SocketTimeoutException) {
      what = "no answer from " + where + " in time (read timeout)";
    } else if (e instanceof InterruptedIOException) {
      what = where + " took longer than the call timeout";
    } else if (e instanceof ConnectException) {
      what = "cannot connect to " + where + " (is the server running?)";
    } else if (e instanceof UnknownHostException) {
      what = "unknown host " + request.url().host();
    } else {
      String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      what = "connection to " + where + " failed: " + ErrorBodies.oneLine(m);
    }
    return secrets.redact(what);
  }

  @Override
  public Health check() {
    long start = System.nanoTime();
    try (Response response = runtime.client().newCall(service.probe()).execute()) {
      long ms = (System.nanoTime() - start) / 1_000_000;
      String body = read(response.body());
      if (response.isSuccessful()) {
        return new Health(true, "answers in " + ms + " ms");
      }
      return new Health(false, statusMessage(response.code(), secrets.redact(service.errorMessage(body))));
    } catch (IOException e) {
      return new Health(false, name() + ": " + describe(e, service.probe()));
    }
  }
}
