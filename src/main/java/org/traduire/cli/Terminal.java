package org.traduire.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.concurrent.TimeUnit;
import org.traduire.render.RenderOptions;

/** The width of the terminal, when output goes to one. */
final class Terminal {
  private Terminal() {}

  /**
   * The terminal's width: {@code $COLUMNS}, else what {@code stty size} says when standard output
   * is a terminal, else {@link RenderOptions#DEFAULT_WIDTH}.
   */
  static int width(Map<String, String> env, BooleanSupplier interactive) {
    String columns = env.get("COLUMNS");
    if (columns != null) {
      try {
        int n = Integer.parseInt(columns.trim());
        if (n >= RenderOptions.MIN_WIDTH) {
          return n;
        }
      } catch (NumberFormatException ignored) {
        // fall through to the other sources
      }
    }
    if (interactive.getAsBoolean()) {
      int n = stty();
      if (n >= RenderOptions.MIN_WIDTH) {
        return n;
      }
    }
    return RenderOptions.DEFAULT_WIDTH;
  }

  /**
   * System property set by the launcher script ({@code src/main/launcher/traduire}): the file
   * descriptors among 0, 1 and 2 that are terminals, as digits ("" when none, "12" for standard
   * output and error). The shell tells this for free; Java would need a process per question.
   */
  static final String TTY_PROPERTY = "traduire.tty";

  /**
   * Whether file descriptor {@code fd} (0, 1 or 2) of this process is a terminal: what the
   * launcher said in {@value #TTY_PROPERTY}, else (run with {@code java -jar}) asked of a shell
   * inheriting the descriptor, since Java cannot ask directly ({@code System.console()} needs both).
   */
  static boolean isTerminal(int fd) {
    String told = System.getProperty(TTY_PROPERTY);
    if (told != null) {
      return told.indexOf((char) ('0' + fd)) >= 0;
    }
    return askShell(fd);
  }

  private static boolean askShell(int fd) {
    try {
      ProcessBuilder pb = new ProcessBuilder("sh", "-c", "test -t " + fd).redirectError(ProcessBuilder.Redirect.DISCARD);
      if (fd == 0) {
        pb.redirectInput(ProcessBuilder.Redirect.INHERIT);
      } else if (fd == 1) {
        pb.redirectOutput(ProcessBuilder.Redirect.INHERIT);
      } else {
        pb.redirectError(ProcessBuilder.Redirect.INHERIT);
      }
      Process p = pb.start();
      if (!p.waitFor(500, TimeUnit.MILLISECONDS)) {
        p.destroy();
        return false;
      }
      return p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static int stty() {
    try {
      Process p =
          new ProcessBuilder("stty", "size")
              .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/tty")))
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      if (!p.waitFor(500, TimeUnit.MILLISECONDS)) {
        p.destroy();
        return -1;
      }
      String[] parts = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim().split("\\s+");
      return parts.length == 2 ? Integer.parseInt(parts[1]) : -1;
    } catch (IOException | NumberFormatException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }
}
