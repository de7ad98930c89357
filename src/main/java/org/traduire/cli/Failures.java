package org.traduire.cli;

import java.io.PrintWriter;
import org.traduire.cache.MemoryException;
import org.traduire.cache.TmxException;
import org.traduire.config.ConfigException;
import org.traduire.input.InputException;
import org.traduire.parse.UnparseableInputException;
import org.traduire.pipeline.NotFrenchException;
import org.traduire.pipeline.UnknownBackendException;
import picocli.CommandLine;

/** The one place where exceptions become exit codes and one-line messages. */
final class Failures {
  private Failures() {}

  static ExitCode exitCode(Throwable e) {
    if (e instanceof NotFrenchException) {
      return ExitCode.NOT_FRENCH;
    }
    if (e instanceof InputException
        || e instanceof UnparseableInputException
        || e instanceof ConfigException
        || e instanceof UnknownBackendException
        || e instanceof UsageException
        || e instanceof MemoryException
        || e instanceof TmxException
        || e instanceof CommandLine.ParameterException) {
      return ExitCode.USAGE;
    }
    return ExitCode.PARTIAL;
  }

  /** Prints {@code traduire: message} (and the stack trace when verbose); returns the exit code. */
  static ExitCode report(Throwable e, PrintWriter err, boolean verbose) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    boolean bug = e instanceof RuntimeException && !(e instanceof CommandLine.ParameterException)
        && !(e instanceof UnparseableInputException) || e instanceof Error;
    if (outOfMemory(e)) {
      message = "out of memory (Java heap space; the input is too large for the heap):"
          + " give Java more, e.g. java -Xmx1g -jar traduire.jar, or split the input";
    } else if (bug) {
      message = "internal error: " + message + (verbose ? "" : " (run with --verbose for details)");
    }
    err.println("traduire: " + OneLine.of(message));
    if (verbose) {
      e.printStackTrace(err);
    }
    err.flush();
    return exitCode(e);
  }

  /** Whether {@code e}, or what it wraps (a worker thread's failure), is the heap running out. */
  private static boolean outOfMemory(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof OutOfMemoryError) {
        return true;
      }
    }
    return false;
  }
}
