package org.traduire.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * What a command needs from the outside world, passed in so tests can run commands in-process.
 * The two suppliers say whether standard input and standard output are terminals; they are asked
 * only when it matters (a hint before reading a terminal, the width and colour of output).
 */
record Context(
    PrintWriter out,
    PrintWriter err,
    InputStream in,
    Map<String, String> env,
    BooleanSupplier stdinIsTerminal,
    BooleanSupplier stdoutIsTerminal) {

  /** A context with no terminal: what tests and pipes see. */
  static Context piped(PrintWriter out, PrintWriter err, InputStream in, Map<String, String> env) {
    return new Context(out, err, in, env, () -> false, () -> false);
  }
}
