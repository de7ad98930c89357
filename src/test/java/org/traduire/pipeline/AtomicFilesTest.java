package org.traduire.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

/** Whole files or none: a temporary file and a rename; unchanged files untouched; Ctrl-C leaves nothing. */
@Isolated("abandon() stops every later write in this JVM until reset")
class AtomicFilesTest {
  @TempDir Path dir;

  private List<String> names() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void writesTheWholeContentAndLeavesNoTemporaryFile() throws Exception {
    Path target = dir.resolve("sub/out.txt");

    AtomicFiles.write(target, "Hello.\n".getBytes(StandardCharsets.UTF_8));

    assertThat(Files.readString(target)).isEqualTo("Hello.\n");
    assertThat(Files.list(dir.resolve("sub")).toList()).containsExactly(target);
  }

  @Test
  void theSameContentIsNotWrittenAgainAndKeepsItsTime() throws Exception {
    Path target = Files.writeString(dir.resolve("out.txt"), "Hello.\n");
    FileTime old = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
    Files.setLastModifiedTime(target, old);

    boolean same = AtomicFiles.writeIfChanged(target, "Hello.\n".getBytes(StandardCharsets.UTF_8), Arrays::equals);
    boolean changed = AtomicFiles.writeIfChanged(target, "Bye.\n".getBytes(StandardCharsets.UTF_8), Arrays::equals);

    assertThat(same).isFalse();
    assertThat(changed).isTrue();
    assertThat(Files.readString(target)).isEqualTo("Bye.\n");
    assertThat(Files.getLastModifiedTime(target)).isNotEqualTo(old);
  }

  @Test
  void aFileWrittenAgainKeepsItsPermissions() throws Exception {
    Path target = Files.writeString(dir.resolve("out.txt"), "old\n");
    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-rw-r--"));

    AtomicFiles.write(target, "new\n".getBytes(StandardCharsets.UTF_8));

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-rw-r--");
  }

  @Test
  void abandonDeletesTheTemporaryFileOfAWriteInProgressAndTheTargetKeepsItsOldContent() throws Exception {
    Path target = Files.writeString(dir.resolve("out.txt"), "old\n");
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    byte[] big = new byte[1 << 20];
    Thread writer = new Thread(() -> {
      try {
        AtomicFiles.write(target, big);
      } catch (IOException expected) {
        // the rename finds no temporary file: the write fails, as it should
      }
    });
    try {
      AtomicFiles.beforeRename = () -> {
        started.countDown();
        await(release);
      };
      writer.start();
      started.await();
      assertThat(names()).hasSize(2).anyMatch(n -> n.startsWith(".out.txt.") && n.endsWith(".tmp"));

      AtomicFiles.abandon();
      release.countDown();
      writer.join();

      assertThat(names()).containsExactly("out.txt");
      assertThat(Files.readString(target)).isEqualTo("old\n");
      assertThatThrownBy(() -> AtomicFiles.write(dir.resolve("later.txt"), new byte[1]))
          .hasMessageContaining("the run is stopping");
      assertThat(names()).containsExactly("out.txt");
    } finally {
      AtomicFiles.beforeRename = () -> {};
      AtomicFiles.reset();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
