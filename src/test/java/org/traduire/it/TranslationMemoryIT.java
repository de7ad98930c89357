package org.traduire.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The translation memory from the packaged jar: SQLite's native library is inside it, several
 * processes share one memory file at once, and a dictionary run never loads SQLite.
 */
class TranslationMemoryIT {
  private static final Path JAR = Path.of("target", "traduire.jar");
  private static final int UNITS = 40_000;

  @TempDir Path dir;

  record Run(int exit, String out, String err) {}

  /** A started process whose output goes to files, so that several can run at once. */
  private Process start(String name, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of("java", "-jar", JAR.toString()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command)
        .redirectOutput(dir.resolve(name + ".out").toFile())
        .redirectError(dir.resolve(name + ".err").toFile())
        .start();
  }

  private Run finish(String name, Process p) throws Exception {
    assertThat(p.waitFor(180, TimeUnit.SECONDS)).as(name + " finished").isTrue();
    return new Run(p.exitValue(), Files.readString(dir.resolve(name + ".out")), Files.readString(dir.resolve(name + ".err")));
  }

  private Run run(String name, String... args) throws Exception {
    return finish(name, start(name, args));
  }

  /** A TMX file of {@code units} units whose sources start with {@code prefix}, exported under {@code key}. */
  private Path tmx(String name, String prefix, String key, int units) throws IOException {
    Path file = dir.resolve(name);
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n<header creationtool=\"test\""
          + " creationtoolversion=\"1\" datatype=\"plaintext\" segtype=\"sentence\" adminlang=\"en\" srclang=\"fr\""
          + " o-tmf=\"test\"/>\n<body>\n");
      for (int i = 0; i < units; i++) {
        w.write("<tu><prop type=\"x-traduire-backend\">" + key + "</prop><tuv xml:lang=\"fr\"><seg>" + prefix + " phrase numéro "
            + i + ".</seg></tuv><tuv xml:lang=\"en\"><seg>Sentence number " + i + ".</seg></tuv></tu>\n");
      }
      w.write("</body>\n</tmx>\n");
    }
    return file;
  }

  @Test
  void cacheStatsRunsFromTheShadedJarWithSqlitesNativeLibraryInside() throws Exception {
    Path memory = dir.resolve("x.sqlite");

    Run r = run("stats", "cache", "stats", "--cache", memory.toString());

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).contains("entries  0");
    assertThat(memory).exists();
  }

  @Test
  void twoProcessesImportingIntoOneMemoryAtOnceKeepEveryEntry() throws Exception {
    Path a = tmx("a.tmx", "Première", "a:1", UNITS);
    Path b = tmx("b.tmx", "Seconde", "b:1", UNITS);
    Path memory = dir.resolve("shared/memory.sqlite");

    Process first = start("import-a", "cache", "import", "--cache", memory.toString(), a.toString());
    Process second = start("import-b", "cache", "import", "--cache", memory.toString(), b.toString());
    Process reader = start("export", "cache", "export", "--cache", memory.toString(), dir.resolve("during.tmx").toString());
    Run ra = finish("import-a", first);
    Run rb = finish("import-b", second);
    Run re = finish("export", reader);

    assertThat(ra.exit()).as(ra.err()).isZero();
    assertThat(rb.exit()).as(rb.err()).isZero();
    assertThat(re.exit()).as(re.err()).isZero();
    assertThat(ra.err() + rb.err() + re.err()).isEmpty();
    assertThat(ra.out()).isEqualTo(a + ": imported " + UNITS + " units, skipped 0\n");
    assertThat(rb.out()).isEqualTo(b + ": imported " + UNITS + " units, skipped 0\n");
    Run stats = run("stats-after", "cache", "stats", "--cache", memory.toString());
    assertThat(stats.exit()).as(stats.err()).isZero();
    assertThat(stats.out()).contains("entries  " + 2 * UNITS + "\n", "  a:1  " + UNITS + "\n", "  b:1  " + UNITS + "\n");
    Run integrity = run("export-after", "cache", "export", "--cache", memory.toString(), "-");
    assertThat(integrity.out().split("<tu ", -1)).hasSize(2 * UNITS + 1);
  }

  /**
   * The classes that open SQLite are never loaded; small ones may be (the translate command may
   * ask {@code CachingBackend.caches} and catch a {@code MemoryException}).
   */
  @Test
  void aDictionaryRunLoadsNoSqlite() throws Exception {
    List<String> command = List.of("java", "-Xlog:class+load", "-jar", JAR.toString(), "-t", "Bonjour le monde.", "-f", "target");
    Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();

    assertThat(p.exitValue()).isZero();
    assertThat(log).contains("Hello world.").contains("org.traduire.translate.dictionary.");
    assertThat(log.lines().filter(l -> l.contains("org.sqlite.") || l.contains("org.traduire.cache.MemoryFile")
        || l.contains("org.traduire.cache.TranslationMemory")).toList()).isEmpty();
  }
}
