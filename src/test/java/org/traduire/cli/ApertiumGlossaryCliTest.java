package org.traduire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sample article's glossary through a real Apertium APY server (fra|cat|eng), started on a
 * free port: the terms go out as placeholders and every one comes back as the glossary says, in
 * every output format. Skips when apertium-apy or the pairs are not installed ({@code apt-get
 * install apertium-apy apertium-fra-cat apertium-eng-cat}).
 */
class ApertiumGlossaryCliTest {
  private static final Path MODES = Path.of("/usr/share/apertium/modes");
  private static final Duration STARTUP = Duration.ofSeconds(60);

  private static Process apy;
  private static Path log;
  private static String url;

  @TempDir static Path dir;
  private static Path glossary;

  @BeforeAll
  static void startServer() throws Exception {
    Assumptions.assumeTrue(onPath("apertium-apy"),
        "apertium-apy is not on PATH (apt-get install apertium-apy apertium-fra-cat apertium-eng-cat)");
    Assumptions.assumeTrue(Files.isRegularFile(MODES.resolve("fra-cat.mode")) && Files.isRegularFile(MODES.resolve("cat-eng.mode")),
        "the fra-cat and cat-eng pairs are not installed in " + MODES + " (apt-get install apertium-fra-cat apertium-eng-cat)");
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    log = Files.createTempFile("apertium-apy", ".log");
    // APY binds every interface; acceptable for a test on a random port, and we only talk to loopback.
    apy = new ProcessBuilder("apertium-apy", "-p", String.valueOf(port), MODES.toString())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
    url = "http://127.0.0.1:" + port;
    awaitListPairs();
    glossary = SampleTerms.write(dir);
  }

  private static boolean onPath(String command) {
    String path = System.getenv("PATH");
    return path != null && Arrays.stream(path.split(File.pathSeparator))
        .anyMatch(d -> Files.isExecutable(Path.of(d, command)));
  }

  private static void awaitListPairs() throws Exception {
    OkHttpClient client = new OkHttpClient.Builder().callTimeout(Duration.ofSeconds(5)).build();
    Request listPairs = new Request.Builder().url(url + "/listPairs").build();
    long deadline = System.nanoTime() + STARTUP.toNanos();
    while (System.nanoTime() < deadline) {
      if (!apy.isAlive()) {
        throw new IllegalStateException("apertium-apy exited with " + apy.exitValue() + ":\n" + serverLog());
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
    throw new IllegalStateException("apertium-apy did not answer /listPairs within " + STARTUP.toSeconds() + " s:\n" + serverLog());
  }

  private static String serverLog() throws IOException {
    return Files.readString(log, StandardCharsets.UTF_8);
  }

  @AfterAll
  static void stopServer() throws Exception {
    if (apy != null) {
      // the pipelines are APY's children: take the list before the parent goes and they are re-parented
      List<ProcessHandle> children = apy.descendants().toList();
      apy.destroy();
      children.forEach(ProcessHandle::destroy);
      if (!apy.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
        apy.destroyForcibly();
      }
      children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }
    if (log != null) {
      Files.deleteIfExists(log);
    }
  }

  private static Cli.Result run(String... args) {
    String[] all = new String[args.length + 4];
    all[0] = "-b";
    all[1] = "apertium";
    all[2] = "--set";
    all[3] = "apertium.url=" + url;
    System.arraycopy(args, 0, all, 4, args.length);
    return Cli.run(new byte[0], Map.of("XDG_CONFIG_HOME", "/nonexistent", "COLUMNS", "100"), all);
  }

  static List<String> formats() {
    return SampleTerms.FORMATS;
  }

  @ParameterizedTest
  @MethodSource("formats")
  void everyTermComesOutAsTheGlossarySays(String format) throws Exception {
    Cli.Result r = run("--glossary", glossary.toString(), "-f", format, "--width", "200", SampleTerms.SAMPLE);

    assertThat(r.exit()).as(r.err()).isZero();
    SampleTerms.assertEveryTerm(format, r.out());
  }

  @Test
  void withoutTheGlossaryApertiumSaysOtherwise() throws Exception {
    Cli.Result r = run("-f", "target", SampleTerms.SAMPLE);

    assertThat(r.exit()).as(r.err()).isZero();
    String english = SampleTerms.english("target", r.out()).toLowerCase(java.util.Locale.ROOT);
    assertThat(english).doesNotContain("chief executive", "humanity's last exam", "export controls");
  }

  @Test
  void aTermThatStartsASentenceTakesACapitalAndAPluralLineGivesThePlural() throws Exception {
    Cli.Result r = Cli.run("Processeurs graphiques et puces.\n\nLe PDG parle des processeurs graphiques.\n"
            .getBytes(StandardCharsets.UTF_8), Map.of("XDG_CONFIG_HOME", "/nonexistent"),
        "-b", "apertium", "--set", "apertium.url=" + url, "--glossary", glossary.toString(), "-f", "target", "--force");

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("Graphics processors and chips.", "The chief executive", "graphics processors.");
  }
}
