package org.traduire.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.traduire.input.FolderWalker;
import org.traduire.input.Globs;
import org.traduire.input.InputException;
import org.traduire.input.InputReader;
import org.traduire.render.OutputFormat;

/**
 * The jobs of a run with {@code -O OUT}: every article under each folder given, its output at the
 * same place under {@code OUT}; each file given, its output in {@code OUT} under its own name.
 */
public final class Jobs {
  private Jobs() {}

  /**
   * @throws InputException when a path given does not exist, a folder cannot be read, {@code
   *     outDir} is a file, or {@code outDir} is one of the input folders (its outputs would be read
   *     as inputs on the next run)
   */
  public static List<Job> forOutDir(List<Path> paths, Path outDir, OutputFormat format, Globs include, Globs exclude)
      throws InputException {
    return forOutDir(paths, outDir, format, include, exclude, InputReader.DEFAULT_MAX_BYTES);
  }

  /** The same, each file of more than {@code maxBytes} bytes failing on its own. */
  public static List<Job> forOutDir(List<Path> paths, Path given, OutputFormat format, Globs include, Globs exclude,
      long maxBytes) throws InputException {
    // "out/new/../" means out, by its name; the file system would look for out/new, not made yet
    Path outDir = given.normalize().toString().isEmpty() ? Path.of(".") : given.normalize();
    if (Files.exists(outDir) && !Files.isDirectory(outDir)) {
      throw new InputException(outDir + ": is a file, not a folder; -O needs a folder (it is made if missing)");
    }
    Set<Path> skip = realPath(outDir).map(Set::of).orElse(Set.of());
    List<Job> jobs = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        Optional<Path> real = realPath(path);
        if (real.isPresent() && skip.contains(real.get())) {
          throw new InputException(path + ": is also the output folder (-O " + outDir + "); its outputs would be"
              + " read as inputs next time: give a folder beside it, or inside it");
        }
        for (FolderWalker.Entry e : FolderWalker.walk(path, include, exclude, skip)) {
          String name = path.resolve(e.relative()).toString();
          if (e instanceof FolderWalker.Found found) {
            Path output = OutputNames.under(outDir, found.relative(), format);
            Optional<String> leaves = OutputNames.leaves(outDir, output);
            jobs.add(leaves.isPresent() ? Job.refused(name, FileStatus.FAILED, leaves.get())
                : Job.file(found.path(), Optional.of(output), maxBytes));
          } else if (e instanceof FolderWalker.Skipped skipped) {
            jobs.add(Job.refused(name, FileStatus.SKIPPED, skipped.reason()));
          } else if (e instanceof FolderWalker.Unreadable bad) {
            jobs.add(Job.refused(name, FileStatus.FAILED, bad.reason()));
          }
        }
      } else if (Files.exists(path) || Files.isSymbolicLink(path)) {
        String file = path.getFileName().toString();
        jobs.add(Job.file(path, Optional.of(outDir.resolve(OutputNames.fileName(file, format))), maxBytes));
      } else {
        throw new InputException(path + ": no such file or folder");
      }
    }
    return jobs;
  }

  private static Optional<Path> realPath(Path path) {
    try {
      return Files.exists(path, LinkOption.NOFOLLOW_LINKS) || Files.exists(path)
          ? Optional.of(path.toRealPath()) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
