package org.traduire.testing;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Assumptions;

/**
 * A real Apertium APY server (the Debian package) on a free port, for the tests that talk to one;
 * the test is skipped, saying why, when {@code apertium-apy} or the fra-cat and cat-eng pairs are
 * not installed ({@code apt-get install apertium-apy apertium-fra-cat apertium-eng-cat}).
 */
public final class ApyServer implements AutoCloseable {
  private static final Path MODES = Path.of("/usr/share/apertium/modes");
  private static final Duration STARTUP = Duration.ofSeconds(60);

  private final Process apy;
  private final Path log;
  private final String url;

  private ApyServer(Process apy, Path log, String url) {
    this.apy = apy;
    this.log = log;
    this.url = url;
  }

  /** Starts the server and waits until {@code /listPairs} answers; skips the test when APY is not installed. */
  public static ApyServer startOrSkip() throws Exception {
    Assumptions.assumeTrue(onPath("apertium-apy"),
        "apertium-apy is not on PATH (apt-get install apertium-apy apertium-fra-cat apertium-eng-cat)");
    Assumptions.assumeTrue(Files.isRegularFile(MODES.resolve("fra-cat.mode")) && Files.isRegularFile(MODES.resolve("cat-eng.mode")),
        "the fra-cat and cat-eng pairs are not installed in " + MODES + " (apt-get install apertium-fra-cat apertium-eng-cat)");
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Path log = Files.createTempFile("apertium-apy", ".log");
    // APY binds every interface; acceptable for a test on a random port, and we only talk to loopback.
    Process apy = new ProcessBuilder("apertium-apy", "-p", String.valueOf(port), MODES.toString())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
    ApyServer server = new ApyServer(apy, log, "http://127.0.0.1:" + port);
    try {
      server.awaitListPairs();
    } catch (Exception e) {
      server.close();
      throw e;
    }
    return server;
  }

  /** The base URL, e.g. {@code http://127.0.0.1:40123}. */
  public String url() {
    return url;
  }

  /** What the server printed so far. */
  public String log() throws IOException {
    return Files.readString(log, StandardCharsets.UTF_8);
  }

  private static boolean onPath(String command) {
    String path = System.getenv("PATH");
    return path != null && Arrays.stream(path.split(File.pathSeparator))
        .anyMatch(d -> Files.isExecutable(Path.of(d, command)));
  }

  private void awaitListPairs() throws Exception {
    OkHttpClient client = new OkHttpClient.Builder().callTimeout(Duration.ofSeconds(5)).build();
    Request listPairs = new Request.Builder().url(url + "/listPairs").build();
    long deadline = System.nanoTime() + STARTUP.toNanos();
    while (System.nanoTime() < deadline) {
      if (!apy.isAlive()) {
        throw new IllegalStateException("apertium-apy exited with " + apy.exitValue() + ":\n" + log());
      }
      try (Response r = client.newCall(listPairs).execute()) {
        if (r.isSuccessful()) {
          return;
        }
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException("apertium-apy did not answer /listPairs within " + STARTUP.toSeconds() + " s:\n" + log());
  }

  /** Stops the server and its translation pipelines. */
  @Override
  public void close() throws Exception {
    // the pipelines are APY's children: take the list before the parent goes and they are re-parented
    List<ProcessHandle> children = apy.descendants().toList();
    apy.destroy();
    children.forEach(ProcessHandle::destroy);
    if (!apy.waitFor(10, TimeUnit.SECONDS)) {
      apy.destroyForcibly();
    }
    children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    Files.deleteIfExists(log);
  }
}
