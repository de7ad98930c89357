package org.traduire.translate.http;

import java.util.Locale;
import okhttp3.HttpUrl;
import org.traduire.translate.BackendSetupException;

/** Checks the base URL a backend is configured with, before anything is sent to it. */
public final class Endpoints {
  private Endpoints() {}

  /**
   * The URL {@code value} of setting {@code key}, checked: it must be http(s), and a key is never
   * sent over plain HTTP to a host that is not this machine.
   *
   * @throws BackendSetupException naming the setting when the URL is malformed or unsafe
   */
  public static HttpUrl base(String key, String value, boolean sendsKey) throws BackendSetupException {
    HttpUrl url = value == null ? null : HttpUrl.parse(value.strip());
    if (url == null) {
      throw new BackendSetupException(key + " '" + value + "' is not an http:// or https:// URL");
    }
    if (sendsKey && !url.isHttps() && !loopback(url.host())) {
      throw new BackendSetupException(key + " " + url.scheme() + "://" + url.host()
          + ": an API key is never sent over plain HTTP to another machine; use https:// (or a loopback address)");
    }
    return url;
  }

  /** localhost, 127.0.0.0/8 or ::1, decided from the name alone (no DNS lookup). */
  static boolean loopback(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    return h.equals("localhost") || h.endsWith(".localhost") || h.matches("127(\\.\\d{1,3}){3}")
        || h.equals("::1") || h.equals("[::1]") || h.equals("0:0:0:0:0:0:0:1");
  }

  /** {@code base} with {@code path} (segments separated by /) appended to its own path. */
  public static HttpUrl resolve(HttpUrl base, String path) {
    HttpUrl.Builder b = base.newBuilder();
    // "http://host/api/" has path segments ["api", ""]: drop the trailing empty one first
    java.util.List<String> segments = base.pathSegments();
    if (!segments.isEmpty() && segments.get(segments.size() - 1).isEmpty()) {
      b.removePathSegment(segments.size() - 1);
    }
    for (String s : path.split("/")) {
      if (!s.isEmpty()) {
        b.addPathSegment(s);
      }
    }
    return b.build();
  }
}
