package org.traduire.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.traduire.cache.TranslationMemory;

/**
 * The command line in a real child process (this JVM's java and class path), for what only a
 * process can show: a signal, a kill. Its standard output and error go to one log file; it gets
 * no config file, and a fake DeepL key.
 */
public final class ChildRun implements AutoCloseable {
  private final Process process;
  private final Path log;

  private ChildRun(Process process, Path log) {
    this.process = process;
    this.log = log;
  }

  /** Starts {@code traduire args} with the translation memory under {@code cacheHome}, logging to {@code log}. */
  public static ChildRun start(Path cacheHome, Path log, List<String> args) throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "org.traduire.cli.Main"));
    command.addAll(args);
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    Map<String, String> env = pb.environment();
    env.put("DEEPL_API_KEY", "fake-key:fx");
    env.put("XDG_CONFIG_HOME", "/nonexistent");
    env.put("XDG_CACHE_HOME", cacheHome.toString());
    return new ChildRun(pb.start(), log);
  }

  /** Whether this process ignores SIGINT (as a job started in the background of a script does): a child would too. */
  public static boolean sigintIgnored() throws IOException {
    Path status = Path.of("/proc/self/status");
    if (!Files.exists(status)) {
      return true; // cannot tell: not Linux
    }
    for (String line : Files.readAllLines(status)) {
      if (line.startsWith("SigIgn:")) {
        return (Long.parseUnsignedLong(line.substring(7).trim(), 16) & 0b10) != 0;
      }
    }
    return true;
  }

  /** Every regular file under {@code dir} (hidden ones too), sorted; none when it does not exist. */
  public static List<Path> files(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    }
  }

  /** The entries in the translation memory of a run whose {@code XDG_CACHE_HOME} is {@code cacheHome}. */
  public static long memoryEntries(Path cacheHome) throws Exception {
    try (TranslationMemory memory = TranslationMemory.open(cacheHome.resolve("traduire/memory.sqlite"))) {
      return memory.stats().entries();
    }
  }

  /**
   * Waits until {@code done} holds, failing with the log if the process ends first or {@code
   * seconds} pass.
   */
  public void awaitUntil(Callable<Boolean> done, String what, int seconds) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (!done.call()) {
      if (!process.isAlive()) {
        throw new AssertionError("the process ended before " + what + ":\n" + log());
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError(what + " did not happen within " + seconds + " s:\n" + log());
      }
      Thread.sleep(10);
    }
  }

  /** Sends SIGINT, as Ctrl-C does. */
  public void interrupt() throws IOException, InterruptedException {
    new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start().waitFor();
  }

  /** SIGKILL: no shutdown hook runs. */
  public void kill() {
    process.destroyForcibly();
  }

  /** Waits for the process to end (up to 30 s) and returns its exit code. */
  public int exitCode() throws InterruptedException {
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      throw new AssertionError("still running 30 s later:\n" + log());
    }
    return process.exitValue();
  }

  /** What the process printed so far. */
  public String log() {
    try {
      return Files.readString(log, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    process.destroyForcibly();
  }
}
