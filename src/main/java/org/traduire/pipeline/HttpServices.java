package org.traduire.pipeline;

import java.util.List;
import org.traduire.config.Key;

/** The HTTP backends and the keys each reads, registered with {@link Backends} in the order users see them. */
final class HttpServices {
  private HttpServices() {}

  static void register() {
    // filled in as the services land
  }
}
