package org.traduire.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

/** Runs the command line in-process and captures what it prints. */
final class Cli {
  private Cli() {}

  record Result(int exit, String out, String err) {}

  static Result run(byte[] stdin, String... args) {
    return run(stdin, Map.of("XDG_CONFIG_HOME", "/nonexistent", "COLUMNS", "100"), args);
  }

  static Result run(String stdin, String... args) {
    return run(stdin.getBytes(java.nio.charset.StandardCharsets.UTF_8), args);
  }

  /**
   * Runs with {@code env}; unless it names one, the translation memory lives in a fresh temporary
   * folder, so no test reads another's cached answers or writes to the user's cache.
   */
  static Result run(byte[] stdin, Map<String, String> env, String... args) {
    if (!env.containsKey("XDG_CACHE_HOME")) {
      Map<String, String> withCache = new java.util.HashMap<>(env);
      try {
        withCache.put("XDG_CACHE_HOME", java.nio.file.Files.createTempDirectory("traduire-cache").toString());
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      env = withCache;
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.run(new PrintWriter(out), new PrintWriter(err), new ByteArrayInputStream(stdin), env, args);
    return new Result(code, out.toString(), err.toString());
  }
}
