package org.traduire.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TranslationMemoryTest {
  @TempDir Path dir;

  private Path file() {
    return dir.resolve("memory.sqlite");
  }

  private static Map<String, String> pairs(String... sourceTarget) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < sourceTarget.length; i += 2) {
      m.put(sourceTarget[i], sourceTarget[i + 1]);
    }
    return m;
  }

  private static String target(Map<String, TranslationMemory.Hit> found, String source) {
    TranslationMemory.Hit hit = found.get(TranslationMemory.normalise(source));
    return hit == null ? null : hit.target();
  }

  @Test
  void storedTranslationIsFoundUnderItsKeyAndOthersAreNot() throws Exception {
    try (TranslationMemory memory = TranslationMemory.open(file())) {
      memory.store("deepl:EN-US", pairs("Bonjour le monde.", "Hello world."));

      Map<String, TranslationMemory.Hit> found = memory.lookup(List.of("deepl:EN-US"), List.of("Bonjour le monde.", "Au revoir."));

      assertThat(found).containsOnlyKeys("Bonjour le monde.");
      assertThat(found.get("Bonjour le monde.")).isEqualTo(new TranslationMemory.Hit("deepl:EN-US", "Hello world."));
    }
  }

  @Test
  void keysAreIsolatedPerBackendAndSettings() throws Exception {
    try (TranslationMemory memory = TranslationMemory.open(file())) {
      memory.store("deepl:EN-US", pairs("La couleur.", "The color."));
      memory.store("deepl:EN-GB", pairs("La couleur.", "The colour."));

      assertThat(target(memory.lookup(List.of("deepl:EN-GB"), List.of("La couleur.")), "La couleur.")).isEqualTo("The colour.");
      assertThat(target(memory.lookup(List.of("deepl:EN-US"), List.of("La couleur.")), "La couleur.")).isEqualTo("The color.");
      assertThat(memory.lookup(List.of("openai:m@h:1"), List.of("La couleur."))).isEmpty();
    }
  }

  @Test
  void theFirstKeyInOrderWins() throws Exception {
    try (TranslationMemory memory = TranslationMemory.open(file())) {
      memory.store("b", pairs("Chat.", "Cat (b)."));
      memory.store("a", pairs("Chat.", "Cat (a)."));

      assertThat(memory.lookup(List.of("a", "b"), List.of("Chat.")).get("Chat.").key()).isEqualTo("a");
      assertThat(memory.lookup(List.of("b", "a"), List.of("Chat.")).get("Chat.").key()).isEqualTo("b");
    }
  }

  @Test
  void sourcesAreNormalisedToNfcWithSpacesCollapsedButCaseAndPunctuationKept() throws Exception {
    try (TranslationMemory memory = TranslationMemory.open(file())) {
      memory.store("k", pairs("  L’été\u00a0:\n  il fait   chaud. ", "Summer: it is hot."));

      String decomposed = "L’e\u0301te\u0301 : il fait chaud.";
      assertThat(target(memory.lookup(List.of("k"), List.of(decomposed)), decomposed)).isEqualTo("Summer: it is hot.");
      assertThat(target(memory.lookup(List.of("k"), List.of("L’été :\til fait chaud.")), "L’été :\til fait chaud."))
          .isEqualTo("Summer: it is hot.");
      assertThat(memory.lookup(List.of("k"), List.of("l’été : il fait chaud.", "L’été : il fait chaud", "L’été: il fait chaud.")))
          .isEmpty();
    }
    assertThat(TranslationMemory.normalise("  a \u202f\u00a0 b\r\n")).isEqualTo("a b");
  }

  @Test
  void reopeningTheFileKeepsItsEntries() throws Exception {
    try (TranslationMemory memory = TranslationMemory.open(file())) {
      memory.store("k", pairs("Un.", "One.", "Deux.", "Two."));
    }
    try (TranslationMemory memory = TranslationMemory.open(file())) {
      assertThat(memory.lookup(List.of("k"), List.of("Un.", "Deux."))).hasSize(2);
      assertThat(memory.stats().entries()).isEqualTo(2);
    }
  }

  @Test
  void missingFoldersAreMade() throws Exception {
    Path deep = dir.resolve("a/b/c/memory.sqlite");
    try (TranslationMemory memory = TranslationMemory.open(deep)) {
      memory.store("k", pairs("Un.", "One."));
    }
    assertThat(deep).exists();
  }

  @Test
  void aFileThatIsNotADatabaseIsRefusedNamingItAndLeftAlone() throws Exception {
    Path notes = dir.resolve("notes.txt");
    Files.writeString(notes, "mes notes\n");

    assertThatThrownBy(() -> TranslationMemory.open(notes))
        .isInstanceOf(MemoryException.class)
        .hasMessage(notes + ": is not a translation memory (not an SQLite database); give another --cache file or move it away");
    assertThat(Files.readString(notes)).isEqualTo("mes notes\n");
    assertThat(dir.resolve("notes.txt-wal")).doesNotExist();
  }

  @Test
  void aCorruptFileIsReportedInOneLineNamingIt() throws Exception {
    try (TranslationMemory memory = TranslationMemory.open(file())) {
      memory.store("k", pairs("Un.", "One."));
    }
    try (RandomAccessFile raw = new RandomAccessFile(file().toFile(), "rw")) {
      raw.seek(100); // past the 100-byte header: the first page's b-tree, where the schema lives
      raw.write("garbage garbage garbage garbage garbage garbage".repeat(40).getBytes(StandardCharsets.US_ASCII));
    }

    assertThatThrownBy(() -> TranslationMemory.open(file()))
        .isInstanceOf(MemoryException.class)
        .hasMessageStartingWith(file() + ": ")
        .hasMessageContaining("corrupt")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @Test
  void anotherProgramsDatabaseIsRefused() throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file());
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE invoices (id INTEGER)");
    }

    assertThatThrownBy(() -> TranslationMemory.open(file()))
        .isInstanceOf(MemoryException.class)
        .hasMessageContaining(file() + ": is an SQLite database but not a traduire translation memory");
  }

  @Test
  void aMemoryFromANewerSchemaIsRefused() throws Exception {
    TranslationMemory.open(file()).close();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file());
        Statement s = c.createStatement()) {
      s.execute("UPDATE schema_version SET version = 7");
    }

    assertThatThrownBy(() -> TranslationMemory.open(file()))
        .isInstanceOf(MemoryException.class)
        .hasMessage(file() + ": made by a newer traduire (schema version 7; this one reads version 1)");
  }

  @Test
  void aFileThatCannotBeCreatedIsNamed() throws Exception {
    Path blocker = dir.resolve("blocker");
    Files.writeString(blocker, "x");
    Path file = blocker.resolve("memory.sqlite");

    assertThatThrownBy(() -> TranslationMemory.open(file))
        .isInstanceOf(MemoryException.class)
        .hasMessageStartingWith(file + ": cannot create the folder");
    assertThatThrownBy(() -> TranslationMemory.open(dir))
        .hasMessage(dir + ": is a folder, not a translation memory file");
  }

  @Test
  void statsCountEntriesPerKeyAndClearRemovesOneKeyOrAll() throws Exception {
    try (TranslationMemory memory = TranslationMemory.open(file())) {
      memory.store("deepl:EN-US", pairs("Un.", "One.", "Deux.", "Two."));
      memory.store(TranslationMemory.IMPORTED, pairs("Trois.", "Three."));

      TranslationMemory.Stats stats = memory.stats();
      assertThat(stats.entries()).isEqualTo(3);
      assertThat(stats.perKey()).containsExactly(Map.entry("deepl:EN-US", 2L), Map.entry("tmx", 1L));
      assertThat(stats.bytes()).isPositive();

      assertThat(memory.clear("tmx")).containsExactly(Map.entry("tmx", 1L));
      assertThat(memory.stats().perKey()).containsOnlyKeys("deepl:EN-US");
      assertThat(memory.clear(null)).containsExactly(Map.entry("deepl:EN-US", 2L));
      assertThat(memory.stats().entries()).isZero();
    }
  }

  @Test
  void storingTheSameSourceAgainReplacesItsTarget() throws Exception {
    try (TranslationMemory memory = TranslationMemory.open(file())) {
      memory.store("k", pairs("Un.", "Uno."));
      memory.store("k", pairs("Un. ", "One."));

      assertThat(memory.stats().entries()).isEqualTo(1);
      assertThat(target(memory.lookup(List.of("k"), List.of("Un.")), "Un.")).isEqualTo("One.");
    }
  }

  @Test
  void entriesAreDatedWhenStoredAndWhenLastUsed() throws Exception {
    AtomicLong now = new AtomicLong(1_000);
    try (TranslationMemory memory = TranslationMemory.open(file(), now::get)) {
      memory.store("k", pairs("Un.", "One.", "Deux.", "Two."));
      now.set(2_000);
      memory.lookup(List.of("k"), List.of("Un."));
    }
    List<Entry> entries = new ArrayList<>();
    try (TranslationMemory memory = TranslationMemory.open(file())) {
      memory.forEach(entries::add);
    }
    assertThat(entries).containsExactly(new Entry("k", "Deux.", "Two.", 1_000, 1_000), new Entry("k", "Un.", "One.", 1_000, 2_000));
  }

  @Test
  void twoMemoriesOnOneFileWriteAndReadAtOnceFromThreads() throws Exception {
    int writers = 4;
    int batches = 40;
    int perBatch = 50;
    List<TranslationMemory> memories = List.of(TranslationMemory.open(file()), TranslationMemory.open(file()));
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Integer>> done = new ArrayList<>();
      for (int w = 0; w < writers; w++) {
        TranslationMemory memory = memories.get(w % 2);
        String key = "writer" + w;
        Callable<Integer> job = () -> {
          start.await();
          int seen = 0;
          for (int b = 0; b < batches; b++) {
            Map<String, String> batch = new LinkedHashMap<>();
            for (int i = 0; i < perBatch; i++) {
              batch.put("Phrase " + b + "." + i, "Sentence " + b + "." + i);
            }
            seen += memory.lookup(List.of(key), batch.keySet()).size();
            memory.store(key, batch);
            seen += memory.lookup(List.of(key), batch.keySet()).size();
          }
          return seen;
        };
        done.add(pool.submit(job));
      }
      start.countDown();
      for (Future<Integer> f : done) {
        assertThat(f.get(120, TimeUnit.SECONDS)).isEqualTo(batches * perBatch);
      }
    } finally {
      pool.shutdownNow();
      memories.forEach(TranslationMemory::close);
    }
    try (TranslationMemory memory = TranslationMemory.open(file())) {
      TranslationMemory.Stats stats = memory.stats();
      assertThat(stats.entries()).isEqualTo((long) writers * batches * perBatch);
      assertThat(stats.perKey()).hasSize(writers).allSatisfy((k, n) -> assertThat(n).isEqualTo((long) batches * perBatch));
    }
  }
}
