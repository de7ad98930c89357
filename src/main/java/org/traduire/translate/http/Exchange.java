package org.traduire.translate.http;

import java.time.Duration;
import okhttp3.Request;
import org.traduire.translate.TranslationException;

/**
 * What a service's set-up step ({@link Service#prepare}) may do: send a request through the run's
 * client, throttle and retry policy, and wait. Given by {@link HttpBackend}.
 */
public interface Exchange {
  /** An answer: its status and body. */
  record Answer(int status, String body) {
    public boolean ok() {
      return status / 100 == 2;
    }
  }

  /**
   * Sends {@code request}, retrying 429, 5xx and network failures as translations are; a status
   * not worth retrying is returned as it is.
   *
   * @throws TranslationException when the network failed on every attempt, or the run was interrupted
   */
  Answer send(Request request) throws TranslationException;

  /** Waits, as between retries. */
  void sleep(Duration wait) throws InterruptedException;
}
