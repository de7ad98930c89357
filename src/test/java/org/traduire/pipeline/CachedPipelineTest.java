package org.traduire.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.traduire.cache.Entry;
import org.traduire.cache.TranslationMemory;
import org.traduire.document.AlignedBlock;
import org.traduire.document.BilingualDocument;
import org.traduire.document.InputFormat;
import org.traduire.input.SourceText;
import org.traduire.translate.Backend;
import org.traduire.translate.CachingBackend;
import org.traduire.translate.TranslationException;

/** The whole pipeline behind the translation memory: what each block says about where its translation came from. */
class CachedPipelineTest {
  private static final String MARKDOWN = "# Titre\n\nLancez `make all` puis lisez la doc.\n\n- Deux.\n- Trois.\n";

  @TempDir Path dir;

  /** {@link Fakes.Recording} with a memory key, as an HTTP backend has. */
  private static Backend keyed(Fakes.Recording recording) {
    return new Backend() {
      @Override
      public String name() {
        return recording.name();
      }

      @Override
      public String memoryKey() {
        return "fake:1";
      }

      @Override
      public int maxChars() {
        return recording.maxChars();
      }

      @Override
      public List<String> translate(List<String> segments) throws TranslationException {
        return recording.translate(segments);
      }
    };
  }

  private static BilingualDocument run(Backend backend) throws Exception {
    Plan plan = new Planner(Fakes.DETECTOR, InputFormat.MARKDOWN, false, backend.maxChars(), 50)
        .plan(new SourceText("a.md", MARKDOWN, "UTF-8", false));
    return new Pipeline(backend, 1).run(plan);
  }

  @Test
  void aSecondRunSendsNothingAndWritesTheSameDocumentWithEachBlocksOwnBackend() throws Exception {
    Fakes.Recording recording = Fakes.Recording.upperCase();
    try (TranslationMemory memory = TranslationMemory.open(dir.resolve("m.sqlite"))) {
      memory.put(List.of(new Entry(TranslationMemory.IMPORTED, "Deux.", "Two.", 1, 1)));
      Backend cached = CachingBackend.wrap(keyed(recording), memory);

      BilingualDocument first = run(cached);
      int sentFirst = recording.batches.size();
      BilingualDocument second = run(cached);

      assertThat(sentFirst).isPositive();
      assertThat(recording.batches).hasSize(sentFirst);
      assertThat(second.blocks()).extracting(AlignedBlock::translation)
          .containsExactlyElementsOf(first.blocks().stream().map(AlignedBlock::translation).toList());
      assertThat(second.blocks()).filteredOn(b -> b.source().translatable())
          .extracting(AlignedBlock::translation, AlignedBlock::backend)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("TITRE", "fake"),
              org.assertj.core.groups.Tuple.tuple("LANCEZ `make all` PUIS LISEZ LA DOC.", "fake"),
              org.assertj.core.groups.Tuple.tuple("Two.", "tmx"),
              org.assertj.core.groups.Tuple.tuple("TROIS.", "fake"));
      assertThat(memory.stats().perKey()).containsEntry("fake:1", 3L).containsEntry("tmx", 1L);
      assertThat(Map.copyOf(memory.stats().perKey())).hasSize(2);
    }
  }
}
