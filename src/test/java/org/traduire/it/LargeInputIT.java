package org.traduire.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #9, memory stays bounded: a 50 MB French text file through the packaged jar under a fixed
 * heap. Measured on 2026-11-29 (this file, -f target): before the rendering buffer was sized up
 * front, -Xmx480m ran out of memory and -Xmx512m passed 3 runs of 4; since, -Xmx448m passes,
 * -Xmx416m runs out, and -Xmx480m and -Xmx512m passed every run (5 of 5).
 */
class LargeInputIT {
  /** The heap the README promises is enough for a 50 MB text file. */
  static final String HEAP = "512m";
  private static final long SIZE = 50L << 20;
  private static final Path JAR = Path.of("target", "traduire.jar");

  @TempDir static Path dir;
  private static Path input;
  private static long paragraphs;

  @BeforeAll
  static void write50MegabytesOfFrench() throws IOException {
    String[] subjects = {"Le maire", "La boulangère", "Un voisin", "Le médecin", "Une étudiante", "Le facteur",
        "La directrice", "Un pêcheur", "Le jardinier", "Les enfants"};
    String[] verbs = {"ouvre", "ferme", "regarde", "achète", "vend", "répare", "visite", "prépare", "trouve", "cherche"};
    String[] objects = {"la petite maison", "le vieux pont", "un grand jardin", "la nouvelle école", "le marché",
        "une belle voiture", "le musée", "la bibliothèque"};
    String[] places = {"à Lyon", "à Nantes", "près de la rivière", "dans le village", "au centre de la ville",
        "à la campagne"};
    String[] times = {"le matin", "ce soir", "chaque semaine", "en hiver", "pendant les vacances", "avant midi"};
    Random random = new Random(50);
    input = dir.resolve("large.fr.txt");
    long written = 0;
    try (BufferedWriter w = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
      for (int chapter = 1; written < SIZE; chapter++) {
        StringBuilder s = new StringBuilder("Chapitre ").append(chapter).append("\n\n");
        for (int p = 0; p < 8; p++) {
          for (int k = 0; k < 5; k++) {
            s.append(k == 0 ? "" : " ").append(subjects[random.nextInt(subjects.length)]).append(' ')
                .append(verbs[random.nextInt(verbs.length)]).append(' ').append(objects[random.nextInt(objects.length)])
                .append(' ').append(places[random.nextInt(places.length)]).append(' ')
                .append(times[random.nextInt(times.length)]).append('.');
          }
          s.append("\n\n");
          paragraphs++;
        }
        paragraphs++; // the chapter's heading
        w.write(s.toString());
        written += s.toString().getBytes(StandardCharsets.UTF_8).length;
      }
    }
  }

  private record Run(int exit, Path out, String err) {}

  private static Run translate(String heap) throws IOException, InterruptedException {
    Path out = Files.createTempFile(dir, "large", ".en.txt");
    Path err = Files.createTempFile(dir, "large", ".err");
    Process p = new ProcessBuilder("java", "-Xmx" + heap, "-jar", JAR.toString(), "-q", "-f", "target",
        input.toString()).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    p.getOutputStream().close();
    assertThat(p.waitFor(10, TimeUnit.MINUTES)).as("finished within 10 minutes").isTrue();
    return new Run(p.exitValue(), out, Files.readString(err));
  }

  @Test
  void fiftyMegabytesOfTextTranslateWithinTheDocumentedHeap() throws Exception {
    assertThat(Files.size(input)).isGreaterThanOrEqualTo(SIZE);

    Run r = translate(HEAP);

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    long blocks;
    try (InputStream in = Files.newInputStream(r.out())) {
      blocks = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n\n").length;
    }
    assertThat(blocks).as("one English paragraph or heading per French one").isEqualTo(paragraphs);
  }

  @Test
  void aHeapTooSmallEndsWithOneLineNotAStackTrace() throws Exception {
    Run r = translate("256m");

    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err().strip()).doesNotContain("\n").doesNotContain("\tat ").contains("out of memory", "-Xmx");
    assertThat(Files.size(r.out())).isZero();
  }
}
