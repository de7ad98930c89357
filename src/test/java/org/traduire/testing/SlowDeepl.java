package org.traduire.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * DeepL's translate API played by a local server that takes its time over every request, so a
 * real process translating through it is still running when a test stops it. Each text comes back
 * as {@code EN } followed by the French; segments are counted as they arrive, so a request a
 * stopped client had on the wire counts for its run.
 */
public final class SlowDeepl implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final MockWebServer server = new MockWebServer();
  private final AtomicInteger segments = new AtomicInteger();
  private final Duration delay;

  private SlowDeepl(Duration delay) {
    this.delay = delay;
  }

  /** A server answering each request after {@code delay}. */
  public static SlowDeepl start(Duration delay) throws IOException {
    SlowDeepl deepl = new SlowDeepl(delay);
    deepl.server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        try {
          return deepl.answer(request);
        } catch (IOException e) {
          throw new IllegalStateException(e);
        }
      }
    });
    deepl.server.start();
    return deepl;
  }

  /** The value of {@code deepl.url}. */
  public String url() {
    return server.url("/").toString();
  }

  /** The segments received so far. */
  public int segmentsReceived() {
    return segments.get();
  }

  private MockResponse answer(RecordedRequest request) throws IOException, InterruptedException {
    JsonNode texts = JSON.readTree(request.getBody().utf8()).get("text");
    segments.addAndGet(texts.size());
    Thread.sleep(delay.toMillis());
    StringBuilder out = new StringBuilder("{\"translations\": [");
    for (int i = 0; i < texts.size(); i++) {
      out.append(i == 0 ? "" : ",").append("{\"detected_source_language\":\"FR\",\"text\":")
          .append(JSON.writeValueAsString("EN " + texts.get(i).asText())).append('}');
    }
    return new MockResponse.Builder().setHeader("Content-Type", "application/json").body(out.append("]}").toString()).build();
  }

  @Override
  public void close() {
    server.close();
  }
}
