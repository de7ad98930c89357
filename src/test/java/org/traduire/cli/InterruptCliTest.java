package org.traduire.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C on a real process running a folder: it stops with exit code 130, and the output folder
 * holds only whole outputs, no temporary file. The backend is DeepL's API played by a local server
 * that takes 300 ms per request, so the run is still going when the signal comes.
 */
class InterruptCliTest {
  private static final int FILES = 8;

  @TempDir Path tmp;

  /** Whether this process ignores SIGINT (as a job started in the background of a script does): a child would too. */
  private static boolean sigintIgnored() throws IOException {
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

  private static MockResponse slowEcho(RecordedRequest request) throws IOException, InterruptedException {
    Thread.sleep(300);
    JsonNode body = new ObjectMapper().readTree(request.getBody().utf8());
    StringBuilder out = new StringBuilder("{\"translations\": [");
    for (int i = 0; i < body.get("text").size(); i++) {
      out.append(i == 0 ? "" : ",").append("{\"detected_source_language\":\"FR\",\"text\":")
          .append(new ObjectMapper().writeValueAsString("EN " + body.get("text").get(i).asText())).append('}');
    }
    return new MockResponse.Builder().setHeader("Content-Type", "application/json").body(out.append("]}").toString()).build();
  }

  private static List<Path> files(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    }
  }

  @Test
  @Timeout(90)
  void ctrlCStopsWithExitCode130AndLeavesOnlyWholeOutputs() throws Exception {
    assumeFalse(sigintIgnored(), "SIGINT is ignored in this process, so a child would ignore it too");
    Path in = Files.createDirectories(tmp.resolve("in"));
    Path out = tmp.resolve("out");
    for (int i = 1; i <= FILES; i++) {
      Files.writeString(in.resolve("article" + i + ".txt"), "Le chien numéro " + i + " dort dans la maison.\n");
    }
    try (MockWebServer server = new MockWebServer()) {
      server.setDispatcher(new Dispatcher() {
        @Override
        public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
          try {
            return slowEcho(request);
          } catch (IOException e) {
            throw new IllegalStateException(e);
          }
        }
      });
      server.start();
      List<String> command = new ArrayList<>(List.of(
          Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-cp", System.getProperty("java.class.path"), Main.class.getName(),
          "-b", "deepl", "--set", "deepl.url=" + server.url("/"), "-j", "1", "-f", "target",
          in.toString(), "-O", out.toString()));
      ProcessBuilder pb = new ProcessBuilder(command)
          .redirectErrorStream(true)
          .redirectOutput(tmp.resolve("log.txt").toFile());
      pb.environment().put("DEEPL_API_KEY", "fake-key:fx");
      pb.environment().put("XDG_CONFIG_HOME", "/nonexistent");
      pb.environment().put("XDG_CACHE_HOME", tmp.resolve("cache").toString());
      Process p = pb.start();
      try {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (files(out).stream().filter(f -> !f.getFileName().toString().startsWith(".")).count() < 2) {
          assertThat(p.isAlive()).as(Files.readString(tmp.resolve("log.txt"))).isTrue();
          assertThat(System.nanoTime()).as("two outputs within a minute").isLessThan(deadline);
          Thread.sleep(20);
        }

        new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor();

        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
      } finally {
        p.destroyForcibly();
      }
      assertThat(p.exitValue()).as(Files.readString(tmp.resolve("log.txt"))).isEqualTo(130);
      List<Path> left = files(out);
      assertThat(left).hasSizeBetween(2, FILES - 1);
      for (Path f : left) {
        String name = f.getFileName().toString();
        assertThat(name).doesNotStartWith(".").doesNotEndWith(".tmp");
        String number = name.replaceAll("\\D", "");
        assertThat(Files.readString(f)).isEqualTo("EN Le chien numéro " + number + " dort dans la maison.\n");
      }
    }
  }
}
