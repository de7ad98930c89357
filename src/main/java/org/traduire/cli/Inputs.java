package org.traduire.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.traduire.input.Globs;
import org.traduire.input.InputException;
import org.traduire.input.RawInput;
import org.traduire.input.Spool;
import org.traduire.pipeline.Clashes;
import org.traduire.pipeline.Job;
import org.traduire.pipeline.Jobs;
import org.traduire.render.OutputFormat;

/**
 * The inputs of {@code traduire [PATH...]} as the run's jobs, and the combinations of options
 * that make no sense: folders without {@code -O}, {@code -O} with standard input, {@code -o} with
 * {@code -O}, a report that would overwrite an input.
 */
final class Inputs {
  private Inputs() {}

  /** With {@code -O}: every file under each folder given, and each file given, with its output file. */
  static List<Job> folderRun(CommonOptions common, Path output, Path outDir, List<String> include,
      List<String> exclude, OutputFormat format) throws UsageException, InputException {
    if (output != null) {
      throw new UsageException("-o and -O together: -o joins every result into one file, -O writes one file"
          + " per input; give one of them");
    }
    if (!common.texts.isEmpty() || common.paths.isEmpty() || common.paths.contains(RawInput.STDIN)) {
      throw new UsageException("-O writes one file per input file or folder; standard input and -t texts"
          + " have no name to give one: use -o FILE for them");
    }
    List<Path> paths = new ArrayList<>();
    common.paths.forEach(p -> paths.add(Path.of(p)));
    return Jobs.forOutDir(paths, outDir, format, globs("--include", include), globs("--exclude", exclude),
        common.maxBytes());
  }

  /** Without {@code -O}: the inputs given, their results joined on standard output or in {@code -o FILE}. */
  static List<Job> joinedRun(Context context, CommonOptions common, List<String> include, List<String> exclude,
      OutputFormat format) throws UsageException {
    if (!include.isEmpty() || !exclude.isEmpty()) {
      throw new UsageException("--include and --exclude choose files under folders: use them with -O DIR");
    }
    for (String p : common.paths) {
      if (!p.equals(RawInput.STDIN) && Files.isDirectory(Path.of(p))) {
        String base = p.replaceAll("/+$", "");
        throw new UsageException(p + ": is a folder; translate the files under it into a folder with -O,"
            + " e.g. traduire " + p + " -O " + (base.isEmpty() ? "translated" : base + ".en"));
      }
    }
    List<String> inputs = common.inputs(context);
    if (inputs.size() > 1 && !format.joinable()) {
      throw new UsageException("-f " + format.label() + " writes one whole document per input;"
          + " give one input at a time, or one file each with -O DIR (" + inputs.size() + " given)");
    }
    List<Job> jobs = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      String name = inputs.get(i);
      boolean file = i >= common.texts.size() && !name.equals(RawInput.STDIN);
      jobs.add(file ? Job.file(Path.of(name), Optional.empty(), common.maxBytes()) : Job.read(name, () -> common.read(name, context)));
    }
    return jobs;
  }

  private static Globs globs(String option, List<String> patterns) throws UsageException {
    try {
      return Globs.of(patterns);
    } catch (IllegalArgumentException e) {
      throw new UsageException(option + ": " + e.getMessage());
    }
  }

  /** {@code -o} must go to a folder that exists, and must not overwrite an input: inputs are never overwritten. */
  static void checkOutput(Path output, List<Job> jobs) throws UsageException {
    if (output == null || output.toString().equals("-")) {
      return;
    }
    Path dir = output.toAbsolutePath().getParent();
    if (dir != null && !Files.isDirectory(dir)) {
      throw new UsageException(output + ": cannot write output: no such folder " + dir);
    }
    if (Clashes.overwritesInput(output, jobs)) {
      throw new UsageException("-o " + output + " is an input; inputs are never overwritten");
    }
  }

  /**
   * A run's one input file, when it is large enough to be streamed, made the owner of its {@code -o}
   * file: written as it is translated rather than held whole for the caller to write.
   */
  static List<Job> ownOutput(List<Job> jobs, Path output, long streamAbove, boolean dryRun) {
    if (dryRun || output == null || output.toString().equals("-") || jobs.size() != 1) {
      return jobs;
    }
    Job job = jobs.get(0);
    if (job.input().isEmpty() || job.output().isPresent() || job.refusal().isPresent() || job.weight() <= streamAbove) {
      return jobs;
    }
    return List.of(new Job(job.name(), job.input(), job.reader(), Optional.of(output), job.weight(), Optional.empty()));
  }

  /** The run's jobs once standard input is read, and the temporary file it went to, if it did. */
  record Spooled(List<Job> jobs, Optional<Path> file) {}

  /**
   * A run whose one input is standard input, read now: when it is longer than {@code streamAbove}
   * bytes it goes to a temporary file (see {@link Spool}) and the job reads that file, so it can be
   * streamed as a file is; shorter, the job holds its bytes. An input that cannot be read is the
   * job's failure, reported as it would be otherwise.
   */
  static Spooled spoolStdin(Context context, List<Job> jobs, long streamAbove, long maxBytes) {
    if (jobs.size() != 1 || !jobs.get(0).name().equals(RawInput.STDIN) || jobs.get(0).input().isPresent()) {
      return new Spooled(jobs, Optional.empty());
    }
    Spool.Spooled read;
    try {
      read = Spool.read(context.in(), temporaryFolder(context), streamAbove, maxBytes);
    } catch (InputException e) {
      return new Spooled(List.of(Job.read(RawInput.STDIN, () -> {
        throw e;
      })), Optional.empty());
    }
    if (read.file().isEmpty()) {
      RawInput bytes = read.bytes();
      return new Spooled(List.of(Job.read(RawInput.STDIN, () -> bytes)), Optional.empty());
    }
    Path file = read.file().get();
    Job job = new Job(RawInput.STDIN, Optional.of(file), () -> readSpooled(file), Optional.empty(), size(file),
        Optional.empty());
    return new Spooled(List.of(job), read.file());
  }

  /** Where temporary files go: {@code $TMPDIR}, as for other Unix tools, else Java's default ({@code /tmp}). */
  private static Path temporaryFolder(Context context) {
    String dir = context.env().get("TMPDIR");
    return dir == null || dir.isBlank() ? Path.of(System.getProperty("java.io.tmpdir")) : Path.of(dir);
  }

  private static RawInput readSpooled(Path file) throws InputException {
    try {
      return new RawInput(RawInput.STDIN, Files.readAllBytes(file));
    } catch (java.io.IOException e) {
      throw new InputException("standard input: cannot read it back from " + file + ": " + e.getMessage(), e);
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (java.io.IOException e) {
      return 1;
    }
  }

  /** The report must not overwrite an input either. */
  static void checkReport(Path report, List<Job> jobs) throws UsageException {
    if (report == null) {
      return;
    }
    Path target = report.toAbsolutePath().normalize();
    for (Job job : jobs) {
      if (job.input().map(p -> p.toAbsolutePath().normalize().equals(target)).orElse(false)) {
        throw new UsageException("--report " + report + " is an input; inputs are never overwritten");
      }
    }
  }
}
