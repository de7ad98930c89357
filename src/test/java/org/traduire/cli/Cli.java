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

  static Result run(byte[] stdin, Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.run(new PrintWriter(out), new PrintWriter(err), new ByteArrayInputStream(stdin), env, args);
    return new Result(code, out.toString(), err.toString());
  }
}
