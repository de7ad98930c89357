package org.traduire.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.traduire.input.InputException;
import org.traduire.input.RawInput;
import org.traduire.render.OutputFormat;
import org.traduire.render.RenderOptions;
import org.traduire.render.Renderers;

/** The batch loop: inputs in flight at once, results and events in input order, each failure its own. */
class BatchTest {
  @TempDir Path dir;

  /** Upper-cases each segment; a segment with "lent" takes 300 ms, so later inputs finish first. */
  private static final Fakes.Recording SLOW_FIRST = new Fakes.Recording(segments -> {
    if (segments.stream().anyMatch(s -> s.contains("lent"))) {
      try {
        Thread.sleep(300);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return segments.stream().map(String::toUpperCase).toList();
  });

  private static Batch.Setup setup(int jobs) {
    Planner planner = new Planner(Fakes.DETECTOR, null, false, 1000, 50);
    return new Batch.Setup(planner, new Pipeline(SLOW_FIRST, 2), Renderers.of(OutputFormat.TARGET, new RenderOptions(100)),
        OutputFormat.TARGET, jobs, false, CacheCounter.NONE);
  }

  private static Job text(String name, String text) {
    return Job.read(name, () -> new RawInput(name, text.getBytes(StandardCharsets.UTF_8)));
  }

  /** Records what the batch tells it, in the order it is told. */
  private static final class Recorder implements BatchListener {
    final List<String> finished = Collections.synchronizedList(new ArrayList<>());
    final List<Progress> progress = Collections.synchronizedList(new ArrayList<>());
    int inside;
    boolean overlapped;

    @Override
    public void started(int files, Supplier<Progress> now) {
      finished.add("started " + files);
    }

    @Override
    public void progress(Progress p) {
      enter();
      progress.add(p);
      inside--;
    }

    @Override
    public void finished(FileResult r, int position, int files) {
      enter();
      finished.add(position + "/" + files + " " + r.job().name() + " " + r.status().label());
      inside--;
    }

    private void enter() {
      overlapped |= inside++ > 0;
    }
  }

  @Test
  void inputsFinishedOutOfOrderAreReportedInInputOrder() {
    List<Job> jobs = List.of(
        text("one", "Le chat est lent.\n"),
        text("two", "Le chien dort.\n"),
        text("three", "La maison est grande.\n"));
    Recorder recorder = new Recorder();

    Batch.Outcome outcome = Batch.run(setup(3), jobs, recorder);

    assertThat(recorder.finished).containsExactly(
        "started 3", "1/3 one translated", "2/3 two translated", "3/3 three translated");
    assertThat(outcome.files()).extracting(r -> r.job().name()).containsExactly("one", "two", "three");
    assertThat(outcome.files().get(0).rendered().map(b -> new String(b, StandardCharsets.UTF_8))).contains("LE CHAT EST LENT.\n");
    assertThat(recorder.overlapped).as("listener calls never overlap").isFalse();
  }

  @Test
  void progressCountsEverySegmentAndCharacterAndEndsAtOne() {
    List<Job> jobs = List.of(text("one", "Le chat est lent.\n\nLe chien dort.\n"), text("two", "La maison est grande.\n"));
    Recorder recorder = new Recorder();

    Batch.Outcome outcome = Batch.run(setup(2), jobs, recorder);

    Progress last = outcome.totals();
    assertThat(last.files()).isEqualTo(2);
    assertThat(last.filesDone()).isEqualTo(2);
    assertThat(last.segments()).isEqualTo(3);
    assertThat(last.segmentsDone()).isEqualTo(3);
    assertThat(last.characters()).containsEntry("fake",
        (long) ("Le chat est lent.".length() + "Le chien dort.".length() + "La maison est grande.".length()));
    assertThat(last.fraction()).isEqualTo(1.0);
    assertThat(recorder.progress).extracting(Progress::fraction).isSorted();
    assertThat(outcome.files().get(0).characters()).containsEntry("fake", 31L);
  }

  @Test
  void aFailingInputCostsOnlyItselfAndSaysWhy() {
    List<Job> jobs = List.of(
        text("good", "Le chien dort.\n"),
        Job.read("bug", () -> {
          throw new IllegalStateException("reader broke");
        }),
        Job.read("gone", () -> {
          throw new InputException("gone: no such file");
        }),
        text("german", "Der Hund und die Katze schlafen.\n"),
        Job.refused("link", FileStatus.SKIPPED, "symbolic link to a folder; not followed"));

    Batch.Outcome outcome = Batch.run(setup(2), jobs, BatchListener.NONE);

    assertThat(outcome.files()).extracting(r -> r.job().name() + " " + r.status().label() + " " + r.problem())
        .containsExactly(
            "good translated ",
            "bug failed internal error: java.lang.IllegalStateException: reader broke",
            "gone failed no such file",
            "german skipped the text is in German (de, confidence 0.4), not French; use --force to translate it anyway",
            "link skipped symbolic link to a folder; not followed");
    assertThat(outcome.count(FileStatus.FAILED)).isEqualTo(2);
  }

  @Test
  void anOutputThatIsAnInputIsRefusedBeforeItIsTranslated() throws Exception {
    Path a = Files.writeString(dir.resolve("a.txt"), "Le chien dort.\n");
    Path b = Files.writeString(dir.resolve("b.txt"), "Le chat dort.\n");
    int before = SLOW_FIRST.batches.size();

    Batch.Outcome outcome = Batch.run(setup(1), List.of(Job.file(a, Optional.of(b)), Job.file(b, Optional.empty())),
        BatchListener.NONE);

    assertThat(outcome.files().get(0).status()).isEqualTo(FileStatus.FAILED);
    assertThat(outcome.files().get(0).problem()).isEqualTo("its output " + b + " is an input; inputs are never overwritten");
    assertThat(Files.readString(b)).isEqualTo("Le chat dort.\n");
    assertThat(SLOW_FIRST.batches.size() - before).isEqualTo(1);
  }

  @Test
  void aDryRunPlansAndSendsNothing() {
    int before = SLOW_FIRST.batches.size();
    Batch.Setup dry = new Batch.Setup(setup(1).planner(), setup(1).pipeline(), setup(1).renderer(), OutputFormat.TARGET,
        1, true, CacheCounter.NONE);

    Batch.Outcome outcome = Batch.run(dry, List.of(text("one", "Le chien dort.\n")), BatchListener.NONE);

    assertThat(outcome.files().get(0).status()).isEqualTo(FileStatus.PLANNED);
    assertThat(outcome.files().get(0).plan()).isPresent();
    assertThat(SLOW_FIRST.batches.size()).isEqualTo(before);
  }

  @Test
  void aRealRunDoesNotKeepThePlansOfFinishedInputs() {
    Batch.Outcome outcome = Batch.run(setup(1), List.of(text("one", "Le chien dort.\n")), BatchListener.NONE);

    assertThat(outcome.files().get(0).status()).isEqualTo(FileStatus.TRANSLATED);
    assertThat(outcome.files().get(0).plan()).isEmpty();
  }

  @Test
  void cacheHitsComeFromTheCounterGiven() {
    Batch.Setup withCache = new Batch.Setup(setup(1).planner(), setup(1).pipeline(), setup(1).renderer(),
        OutputFormat.TARGET, 1, false, () -> 7);

    assertThat(Batch.run(withCache, List.of(text("one", "Le chien dort.\n")), BatchListener.NONE).totals().cacheHits())
        .isEqualTo(7);
  }
}
