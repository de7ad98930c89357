package org.traduire.cli;

/** The exit codes, one table in one place (see DESIGN.md and {@code traduire --help}). */
public enum ExitCode {
  /** Done. */
  OK(0),
  /** Some segments or files failed; the rest was written. */
  PARTIAL(1),
  /** Usage error or unreadable input: bad option, missing file, empty or binary input. */
  USAGE(2),
  /** The input is not French (use {@code --force} to translate anyway). */
  NOT_FRENCH(3),
  /**
   * Stopped by Ctrl-C (SIGINT): 128 + 2, as shells report it. The JVM exits with it after its
   * shutdown hooks, one of which deletes the temporary files of outputs being written; outputs
   * already written are complete, the others were never created.
   */
  INTERRUPTED(130);

  private final int code;

  ExitCode(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }

  /** The worse of two outcomes, for a run over several inputs: usage errors first, then not-French, then partial. */
  ExitCode worse(ExitCode other) {
    return rank() >= other.rank() ? this : other;
  }

  private int rank() {
    switch (this) {
      case INTERRUPTED:
        return 4;
      case USAGE:
        return 3;
      case NOT_FRENCH:
        return 2;
      case PARTIAL:
        return 1;
      default:
        return 0;
    }
  }
}
