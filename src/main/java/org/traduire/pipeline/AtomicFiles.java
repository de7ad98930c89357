package org.traduire.pipeline;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BiPredicate;

/**
 * Writes files whole or not at all: the content goes to a hidden temporary file in the target's
 * folder ({@code .NAME.1a2b3c.tmp}), which is then renamed over the target. A run killed at any
 * moment leaves the old file or the new one, never half of one; {@link #abandon} (from a shutdown
 * hook, on Ctrl-C) deletes the temporary files of writes still in progress.
 */
public final class AtomicFiles {
  private static final Set<Path> inProgress = new HashSet<>();
  private static boolean abandoned;

  /** Runs between writing a temporary file and renaming it: a seam for tests, which make it wait. */
  static volatile Runnable beforeRename = () -> {};

  private AtomicFiles() {}

  /** Writes a file's content to a stream, a piece at a time. */
  @FunctionalInterface
  public interface Body {
    void writeTo(OutputStream out) throws IOException;
  }

  /** Writes {@code content} to {@code target}, making its folders if needed. */
  public static void write(Path target, byte[] content) throws IOException {
    write(target, out -> out.write(content), false);
  }

  /**
   * Writes what {@code body} writes to {@code target} as it comes, unless the file already holds
   * exactly that: an unchanged output keeps its modification time. The content is never held
   * whole: it goes to the temporary file, which is compared with the old file before the rename.
   *
   * @return whether the file was written
   */
  public static boolean writeIfChanged(Path target, Body body) throws IOException {
    return write(target, body, true);
  }

  private static boolean write(Path target, Body body, boolean unlessSame) throws IOException {
    Path file = target.toAbsolutePath();
    Path dir = file.getParent();
    Files.createDirectories(dir);
    Path tmp = create(dir, file.getFileName().toString());
    try {
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 64 * 1024)) {
        body.writeTo(out);
      }
      if (unlessSame && Files.isRegularFile(file)) {
        try {
          if (Files.mismatch(tmp, file) < 0) {
            return false;
          }
        } catch (NoSuchFileException e) {
          // gone meanwhile: write it
        }
      }
      keepPermissions(file, tmp);
      beforeRename.run();
      try {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
      return true;
    } finally {
      done(tmp);
    }
  }

  /**
   * Writes {@code content} to {@code target} unless the file already holds the same (by {@code
   * same}, given the old bytes and the new): an unchanged output keeps its modification time.
   *
   * @return whether the file was written
   */
  public static boolean writeIfChanged(Path target, byte[] content, BiPredicate<byte[], byte[]> same)
      throws IOException {
    if (Files.isRegularFile(target)) {
      try {
        if (same.test(Files.readAllBytes(target), content)) {
          return false;
        }
      } catch (NoSuchFileException e) {
        // gone meanwhile: write it
      }
    }
    write(target, content);
    return true;
  }

  /**
   * Deletes the temporary files of writes in progress and refuses new ones: for a shutdown hook,
   * so that Ctrl-C leaves no temporary file behind. A write caught between its temporary file and
   * its rename then fails, and its target keeps its old content.
   */
  public static void abandon() {
    List<Path> left;
    synchronized (inProgress) {
      abandoned = true;
      left = new ArrayList<>(inProgress);
      inProgress.clear();
    }
    for (Path p : left) {
      try {
        Files.deleteIfExists(p);
      } catch (IOException ignored) {
        // nothing more can be done while the process exits
      }
    }
  }

  /** Allows writes again after {@link #abandon}: for tests only. */
  static void reset() {
    synchronized (inProgress) {
      abandoned = false;
    }
  }

  private static Path create(Path dir, String name) throws IOException {
    // Files.createTempFile would make it readable by its owner only; createFile follows the umask.
    for (int attempt = 0; ; attempt++) {
      Path tmp = dir.resolve("." + name + "." + Long.toString(ThreadLocalRandom.current().nextLong() >>> 1, 36) + ".tmp");
      synchronized (inProgress) {
        if (abandoned) {
          throw new IOException("the run is stopping; " + dir.resolve(name) + " not written");
        }
        try {
          Files.createFile(tmp);
          inProgress.add(tmp);
          return tmp;
        } catch (FileAlreadyExistsException e) {
          if (attempt > 10) {
            throw e;
          }
        }
      }
    }
  }

  private static void done(Path tmp) throws IOException {
    boolean mine;
    synchronized (inProgress) {
      mine = inProgress.remove(tmp);
    }
    if (mine) {
      Files.deleteIfExists(tmp);
    }
  }

  /** A file written again keeps the permissions it had. */
  private static void keepPermissions(Path old, Path tmp) {
    PosixFileAttributeView from = Files.getFileAttributeView(old, PosixFileAttributeView.class);
    PosixFileAttributeView to = Files.getFileAttributeView(tmp, PosixFileAttributeView.class);
    if (from == null || to == null || !Files.exists(old)) {
      return;
    }
    try {
      to.setPermissions(from.readAttributes().permissions());
    } catch (IOException | UnsupportedOperationException ignored) {
      // the new file keeps the default permissions
    }
  }
}
