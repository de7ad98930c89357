package org.traduire.cache;

import java.nio.file.Path;
import java.util.Map;

/** Where the translation memory lives: {@code --cache FILE}, else the user's cache folder (XDG). */
public final class CachePaths {
  private CachePaths() {}

  /**
   * {@code explicit} when given, else {@code $XDG_CACHE_HOME/traduire/memory.sqlite}, else {@code
   * ~/.cache/traduire/memory.sqlite}. A relative {@code XDG_CACHE_HOME} is ignored, as the XDG
   * specification says. The folder is made when the memory is opened, not here.
   */
  public static Path memory(Path explicit, Map<String, String> env) {
    if (explicit != null) {
      return explicit;
    }
    String xdg = env.getOrDefault("XDG_CACHE_HOME", "");
    Path base;
    if (!xdg.isBlank() && Path.of(xdg).isAbsolute()) {
      base = Path.of(xdg);
    } else {
      String home = env.getOrDefault("HOME", "");
      base = Path.of(home.isBlank() ? System.getProperty("user.home") : home, ".cache");
    }
    return base.resolve("traduire").resolve("memory.sqlite");
  }
}
