package org.traduire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.traduire.cache.TranslationMemory;

/**
 * A real process translating a folder through a slow HTTP backend is killed (SIGKILL) half way;
 * the output folder holds only whole outputs, and running the same command again sends exactly
 * the segments the memory did not get, then finishes every file.
 */
class ResumeAfterKillTest {
  private static final int FILES = 8;

  @TempDir Path tmp;

  private final AtomicInteger segmentsReceived = new AtomicInteger();

  private MockResponse slowEcho(RecordedRequest request) throws IOException, InterruptedException {
    JsonNode body = new ObjectMapper().readTree(request.getBody().utf8());
    segmentsReceived.addAndGet(body.get("text").size()); // counted on arrival: a killed client's request counts for its run
    Thread.sleep(250);
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

  private static long entries(Path cache) throws Exception {
    try (TranslationMemory memory = TranslationMemory.open(cache.resolve("traduire/memory.sqlite"))) {
      return memory.stats().entries();
    }
  }

  @Test
  @Timeout(120)
  void aKilledBatchLeavesOnlyWholeOutputsAndTheRerunSendsOnlyWhatWasNotTranslated() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Path out = tmp.resolve("out");
    Path cache = tmp.resolve("cache");
    for (int i = 1; i <= FILES; i++) {
      Files.writeString(in.resolve("article" + i + ".txt"), "Le chien numéro " + i + " dort dans la maison.\n\n"
          + "Le chat numéro " + i + " mange dans la cuisine.\n");
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
      String[] args = {"-b", "deepl", "--set", "deepl.url=" + server.url("/"), "-j", "1", "-f", "target",
          in.toString(), "-O", out.toString()};
      List<String> command = new ArrayList<>(List.of(
          Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-cp", System.getProperty("java.class.path"), Main.class.getName()));
      command.addAll(List.of(args));
      ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(tmp.resolve("log.txt").toFile());
      pb.environment().put("DEEPL_API_KEY", "fake-key:fx");
      pb.environment().put("XDG_CONFIG_HOME", "/nonexistent");
      pb.environment().put("XDG_CACHE_HOME", cache.toString());
      Process p = pb.start();
      try {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (segmentsReceived.get() < 6) {
          assertThat(p.isAlive()).as(Files.readString(tmp.resolve("log.txt"))).isTrue();
          assertThat(System.nanoTime()).as("six segments within a minute").isLessThan(deadline);
          Thread.sleep(10);
        }
        Thread.sleep(120); // mid-request, most likely: the server takes 250 ms per answer
      } finally {
        p.destroyForcibly(); // SIGKILL: no shutdown hook runs
      }
      assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();

      List<Path> afterKill = files(out);
      Map<Path, String> kept = new HashMap<>();
      for (Path f : afterKill) {
        assertThat(f.getFileName().toString()).as("no temporary or partial file").doesNotStartWith(".").doesNotEndWith(".tmp");
        kept.put(f, Files.readString(f));
      }
      assertThat(afterKill).hasSizeLessThan(FILES);
      Thread.sleep(300); // let the server see any request the killed process had on the wire
      long stored = entries(cache);
      assertThat(stored).as("segments the killed run stored").isPositive();
      int before = segmentsReceived.get();

      Cli.Result rerun = Cli.run(new byte[0], Map.of("XDG_CONFIG_HOME", "/nonexistent", "XDG_CACHE_HOME", cache.toString(),
          "DEEPL_API_KEY", "fake-key:fx"), args);

      assertThat(rerun.exit()).as(rerun.err()).isZero();
      long total = entries(cache);
      assertThat(total).as("every segment of the folder").isEqualTo(FILES * 2L);
      assertThat(segmentsReceived.get() - before).as("segments the rerun sent").isEqualTo(total - stored);
      List<Path> finished = files(out);
      assertThat(finished).hasSize(FILES);
      for (Path f : finished) {
        String n = f.getFileName().toString().replaceAll("\\D", "");
        String whole = "EN Le chien numéro " + n + " dort dans la maison.\n\nEN Le chat numéro " + n + " mange dans la cuisine.\n";
        assertThat(Files.readString(f, StandardCharsets.UTF_8)).isEqualTo(whole);
        if (kept.containsKey(f)) {
          assertThat(kept.get(f)).as("an output left by the killed run was whole").isEqualTo(whole);
        }
      }
    }
  }
}
