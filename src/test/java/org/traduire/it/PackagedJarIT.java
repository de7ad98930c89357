package org.traduire.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar and launcher, run as separate processes the way the README runs them: the
 * shaded jar must hold every class and language model the run needs.
 */
class PackagedJarIT {
  private static final Path JAR = Path.of("target", "traduire.jar");
  private static final Path LAUNCHER = Path.of("target", "traduire");

  record Run(int exit, String out, String err) {}

  private static Run run(String stdin, String... command) throws IOException, InterruptedException {
    List<String> args = new ArrayList<>(List.of(command));
    Path errFile = Files.createTempFile("traduire-it", ".err");
    Process p =
        new ProcessBuilder(args).redirectError(errFile.toFile()).start();
    p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String err = Files.readString(errFile);
    Files.delete(errFile);
    return new Run(p.exitValue(), out, err);
  }

  @Test
  void readmeFirstCommandPrintsTheSampleSideBySide() throws Exception {
    Run r = run("", "java", "-jar", JAR.toString(), "samples/deepseek-h100-gpus.fr.txt");

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("Français", "English", "Paysage avancé des GPU de NVIDIA", "NVIDIA");
  }

  @Test
  void launcherTranslatesASentenceFromAPipe() throws Exception {
    Run r = run("Bonjour le monde.\n", LAUNCHER.toString(), "-f", "target");

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo("Hello world.\n");
  }

  @Test
  void theShadedJarHoldsTheHttpClientAnOpenAiCompatibleServerTranslates() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(new MockResponse.Builder().setHeader("Content-Type", "application/json")
          .body("{\"choices\": [{\"index\": 0, \"finish_reason\": \"stop\", \"message\": {\"role\": \"assistant\","
              + " \"content\": \"{\\\"1\\\": \\\"Hello world.\\\"}\"}}]}")
          .build());
      server.start();
      Run r = run("Bonjour le monde.\n", LAUNCHER.toString(), "-b", "openai", "--set", "openai.url=" + server.url("/"),
          "--set", "openai.model=local", "-f", "target");

      assertThat(r.exit()).as(r.err()).isZero();
      assertThat(r.out()).isEqualTo("Hello world.\n");
      assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/v1/chat/completions");
    }
  }

  @Test
  void detectSaysFrenchAndGermanIsRefused() throws Exception {
    assertThat(run("", LAUNCHER.toString(), "detect", "samples/deepseek-h100-gpus.fr.txt").out())
        .startsWith("samples/deepseek-h100-gpus.fr.txt\tfr\t");
    Run german = run("Die Katze schläft auf dem Sofa und der Hund liegt im Garten.\n", LAUNCHER.toString());
    assertThat(german.exit()).isEqualTo(3);
  }

  @Test
  void emptyAndBinaryInputsExitTwo() throws Exception {
    assertThat(run("", LAUNCHER.toString(), "/dev/null").exit()).isEqualTo(2);
    assertThat(run("", LAUNCHER.toString(), JAR.toString()).exit()).isEqualTo(2);
  }

  @Test
  void versionNamesTheJavaRuntime() throws Exception {
    Run r = run("", LAUNCHER.toString(), "--version");

    assertThat(r.out()).startsWith("traduire 0.1.0").contains("Java ");
  }

  @Test
  void theLauncherMapsTheClassesOfAPipeAndOfTheSampleFromTheBuildsArchive() throws Exception {
    assertThat(Path.of("target", "traduire.jsa")).as("made by mvn package (cli/CdsTraining)").exists();
    // the pipe's own classes (standard input, -f target) and the sample's (side by side) both come from it
    assertShared("Bonjour le monde.\n", List.of("-f", "target"),
        List.of("org.traduire.cli.Main", "org.traduire.input.Spool", "org.traduire.parse.MarkdownSigns",
            "org.traduire.render.TargetRenderer", "org.traduire.pipeline.Batch"));
    assertShared("", List.of("samples/deepseek-h100-gpus.fr.txt"),
        List.of("org.traduire.render.SideBySideRenderer", "org.traduire.render.Wrap", "org.traduire.input.InputReader"));
  }

  private static void assertShared(String stdin, List<String> args, List<String> classes) throws Exception {
    Path log = Files.createTempFile("traduire-classes", ".log");
    List<String> command = new ArrayList<>(List.of("env", "TRADUIRE_JAVA_OPTS=-Xshare:on -Xlog:class+load:file=" + log,
        LAUNCHER.toString()));
    command.addAll(args);

    Run r = run(stdin, command.toArray(String[]::new));

    assertThat(r.exit()).as("-Xshare:on fails when the archive cannot be used: " + r.err()).isZero();
    String loaded = Files.readString(log);
    Files.delete(log);
    for (String c : classes) {
      assertThat(loaded).contains(" " + c + " source: shared objects file");
    }
  }
}
