package org.traduire.pipeline;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a run did with one input.
 *
 * @param job the input
 * @param status what became of it
 * @param segments how many segments were sent to be translated
 * @param characters characters translated, by backend
 * @param problem why it failed, was skipped or is partial, in one line without the input's name;
 *     empty otherwise
 * @param notes things the user should know about it (one line each, naming the input)
 * @param error the exception that stopped it, if one did
 * @param plan its plan, once made (what {@code --dry-run} prints)
 * @param rendered its rendered output in UTF-8, when kept for the caller rather than written
 * @param written whether its output file was written (false when unchanged)
 * @param time how long it took
 * @param timing read, plan, translate and render times, for {@code --verbose}
 */
public record FileResult(
    Job job,
    FileStatus status,
    int segments,
    Map<String, Long> characters,
    String problem,
    List<String> notes,
    Optional<Exception> error,
    Optional<Plan> plan,
    Optional<byte[]> rendered,
    boolean written,
    Duration time,
    String timing) {
  public FileResult {
    Objects.requireNonNull(job, "job");
    Objects.requireNonNull(status, "status");
    characters = Map.copyOf(characters);
    Objects.requireNonNull(problem, "problem");
    notes = List.copyOf(notes);
    Objects.requireNonNull(error, "error");
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(rendered, "rendered");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(timing, "timing");
  }

  /** Characters translated, all backends together. */
  public long totalCharacters() {
    return characters.values().stream().mapToLong(Long::longValue).sum();
  }

  /** This result without its plan (and so without the input's text). */
  public FileResult withoutPlan() {
    return plan.isEmpty() ? this : new FileResult(job, status, segments, characters, problem, notes, error,
        Optional.empty(), rendered, written, time, timing);
  }
}
