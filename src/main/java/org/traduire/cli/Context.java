package org.traduire.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * What a command needs from the outside world, passed in so tests can run commands in-process.
 * The suppliers say whether standard input, standard output and standard error are terminals;
 * they are asked only when it matters (a hint before reading a terminal, the width and colour of
 * output, a progress bar).
 */
record Context(
    PrintWriter out,
    PrintWriter err,
    InputStream in,
    Map<String, String> env,
    BooleanSupplier stdinIsTerminal,
    BooleanSupplier stdoutIsTerminal,
    BooleanSupplier stderrIsTerminal) {

  /** A context whose standard error is not a terminal. */
  Context(PrintWriter out, PrintWriter err, InputStream in, Map<String, String> env,
      BooleanSupplier stdinIsTerminal, BooleanSupplier stdoutIsTerminal) {
    this(out, err, in, env, stdinIsTerminal, stdoutIsTerminal, () -> false);
  }

  /** A context with no terminal: what tests and pipes see. */
  static Context piped(PrintWriter out, PrintWriter err, InputStream in, Map<String, String> env) {
    return new Context(out, err, in, env, () -> false, () -> false, () -> false);
  }
}
