package org.traduire.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Refuses, before anything runs, the outputs that would destroy something: an output that is one
 * of the inputs (inputs are never overwritten), and an output that an earlier input of the run
 * already writes to (the first keeps it).
 */
public final class Clashes {
  private Clashes() {}

  /** {@code jobs}, with those whose output clashes turned into failed refusals. */
  static List<Job> refuse(List<Job> jobs) {
    Set<Path> inputs = new HashSet<>();
    for (Job job : jobs) {
      job.input().ifPresent(p -> inputs.addAll(identities(p)));
    }
    Map<Path, Job> owners = new HashMap<>();
    List<Job> checked = new ArrayList<>(jobs.size());
    for (Job job : jobs) {
      Optional<Path> output = job.output();
      if (output.isEmpty() || job.refusal().isPresent()) {
        checked.add(job);
        continue;
      }
      List<Path> ids = identities(output.get());
      Job owner = ids.stream().map(owners::get).filter(o -> o != null).findFirst().orElse(null);
      if (ids.stream().anyMatch(inputs::contains)) {
        checked.add(refused(job, "its output " + output.get() + " is an input; inputs are never overwritten"));
      } else if (owner != null) {
        checked.add(refused(job, "its output " + output.get() + " is already the output of " + owner.label()
            + "; not written"));
      } else {
        ids.forEach(id -> owners.put(id, job));
        checked.add(job);
      }
    }
    return checked;
  }

  /** Whether writing {@code output} would overwrite one of the jobs' inputs (by path or through a link). */
  public static boolean overwritesInput(Path output, List<Job> jobs) {
    List<Path> ids = identities(output);
    return jobs.stream().anyMatch(job -> job.input().map(p -> identities(p).stream().anyMatch(ids::contains))
        .orElse(false));
  }

  private static Job refused(Job job, String reason) {
    return new Job(job.name(), job.input(), job.reader(), job.output(), job.weight(),
        Optional.of(new Job.Refusal(FileStatus.FAILED, reason)));
  }

  /** The absolute path, and the real path when the file exists (a link, another spelling). */
  private static List<Path> identities(Path path) {
    List<Path> ids = new ArrayList<>(2);
    ids.add(path.toAbsolutePath().normalize());
    try {
      if (Files.exists(path)) {
        ids.add(path.toRealPath());
      } else if (path.toAbsolutePath().getParent() != null && Files.isDirectory(path.toAbsolutePath().getParent())) {
        ids.add(path.toAbsolutePath().getParent().toRealPath().resolve(path.getFileName()));
      }
    } catch (IOException ignored) {
      // the absolute path alone
    }
    return ids;
  }
}
