package org.traduire.translate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.traduire.cache.Entry;
import org.traduire.cache.TranslationMemory;

class CachingBackendTest {
  @TempDir Path dir;
  private TranslationMemory memory;

  @BeforeEach
  void open() throws Exception {
    memory = TranslationMemory.open(dir.resolve("memory.sqlite"));
  }

  @AfterEach
  void close() {
    memory.close();
  }

  /** A backend that records every batch it is sent and answers with {@code answer}, or fails when it gives null. */
  static final class Counting implements Backend {
    final List<List<String>> batches = Collections.synchronizedList(new ArrayList<>());
    private final String name;
    private final String key;
    private final Function<String, String> answer;

    Counting(String name, String key, Function<String, String> answer) {
      this.name = name;
      this.key = key;
      this.answer = answer;
    }

    /** Translates by putting the name in front: "deepl: Un." */
    static Counting named(String name, String key) {
      return new Counting(name, key, s -> name + ": " + s);
    }

    static Counting failing(String name, String key) {
      return new Counting(name, key, s -> null);
    }

    int sent() {
      return batches.stream().mapToInt(List::size).sum();
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public String memoryKey() {
      return key;
    }

    @Override
    public int maxChars() {
      return 1000;
    }

    @Override
    public List<String> translate(List<String> segments) throws TranslationException {
      batches.add(List.copyOf(segments));
      List<String> out = new ArrayList<>();
      for (String s : segments) {
        String t = answer.apply(s);
        if (t == null) {
          throw new TranslationException(name, name + " is down");
        }
        out.add(t);
      }
      return out;
    }
  }

  @Test
  void aSecondTranslationOfTheSameSegmentsSendsNothing() throws Exception {
    Counting deepl = Counting.named("deepl", "deepl:EN-US");
    Backend cached = CachingBackend.wrap(deepl, memory);
    List<String> segments = List.of("Un.", "Deux.", "Trois.");

    Backend.Translated first = cached.translateNamed(segments);
    Backend.Translated second = cached.translateNamed(segments);

    assertThat(deepl.batches).containsExactly(segments);
    assertThat(second).isEqualTo(first);
    assertThat(second.translations()).containsExactly("deepl: Un.", "deepl: Deux.", "deepl: Trois.");
    assertThat(second.backend()).isEqualTo("deepl");
  }

  @Test
  void partialHitsSendOnlyTheMissesInOrderAndAnswerInTheOriginalOrder() throws Exception {
    Counting deepl = Counting.named("deepl", "deepl:EN-US");
    Backend cached = CachingBackend.wrap(deepl, memory);
    cached.translateNamed(List.of("Deux.", "Quatre."));

    List<String> answer = cached.translate(List.of("Un.", "Deux.", "Trois.", "Quatre.", "Cinq."));

    assertThat(deepl.batches).containsExactly(List.of("Deux.", "Quatre."), List.of("Un.", "Trois.", "Cinq."));
    assertThat(answer).containsExactly("deepl: Un.", "deepl: Deux.", "deepl: Trois.", "deepl: Quatre.", "deepl: Cinq.");
  }

  @Test
  void aSegmentRepeatedInABatchOrDifferingOnlyInSpacesIsSentOnce() throws Exception {
    Counting deepl = Counting.named("deepl", "deepl:EN-US");
    Backend cached = CachingBackend.wrap(deepl, memory);

    List<String> answer = cached.translate(List.of("Oui.", "Non.", "Oui.", " Oui.\n"));

    assertThat(deepl.batches).containsExactly(List.of("Oui.", "Non."));
    assertThat(answer).containsExactly("deepl: Oui.", "deepl: Non.", "deepl: Oui.", "deepl: Oui.");
  }

  @Test
  void aFallbackChainStoresEachAnswerUnderTheLinkThatMadeIt() throws Exception {
    Counting deepl = Counting.failing("deepl", "deepl:EN-US");
    Counting openai = Counting.named("openai", "openai:m@127.0.0.1:11434");
    Backend cached = CachingBackend.wrap(FallbackBackend.of(List.of(deepl, openai)), memory);

    Backend.Translated first = cached.translateNamed(List.of("Un."));
    Backend.Translated again = cached.translateNamed(List.of("Un."));

    assertThat(first.backend()).isEqualTo("openai");
    assertThat(again).isEqualTo(first);
    assertThat(deepl.sent()).isEqualTo(1);
    assertThat(openai.sent()).isEqualTo(1);
    assertThat(memory.stats().perKey()).containsExactly(Map.entry("openai:m@127.0.0.1:11434", 1L));
  }

  @Test
  void anEarlierLinksEntryIsFoundBeforeALaterOnes() throws Exception {
    memory.store("openai:m@h:1", Map.of("Un.", "One (openai)."));
    memory.store("deepl:EN-US", Map.of("Un.", "One (deepl)."));
    Counting deepl = Counting.named("deepl", "deepl:EN-US");
    Counting openai = Counting.named("openai", "openai:m@h:1");

    Backend.Translated t = CachingBackend.wrap(FallbackBackend.of(List.of(deepl, openai)), memory).translateNamed(List.of("Un."));

    assertThat(t.translations()).containsExactly("One (deepl).");
    assertThat(t.backend()).isEqualTo("deepl");
  }

  @Test
  void linksWithoutAMemoryKeyAreNeverCachedSoTheNextRunAsksTheFirstLinkAgain() throws Exception {
    Counting deepl = Counting.failing("deepl", "deepl:EN-US");
    Counting dictionary = Counting.named("dictionary", "");
    Backend cached = CachingBackend.wrap(FallbackBackend.of(List.of(deepl, dictionary)), memory);

    cached.translateNamed(List.of("Un."));
    Backend.Translated again = cached.translateNamed(List.of("Un."));

    assertThat(again.backend()).isEqualTo("dictionary");
    assertThat(deepl.sent()).isEqualTo(2);
    assertThat(dictionary.sent()).isEqualTo(2);
    assertThat(memory.stats().entries()).isZero();
  }

  @Test
  void theDictionaryAloneIsNotWorthAMemory() {
    assertThat(CachingBackend.caches(Counting.named("dictionary", ""))).isFalse();
    assertThat(CachingBackend.caches(Counting.named("dictionary", null))).isFalse();
    assertThat(CachingBackend.caches(FallbackBackend.of(List.of(Counting.named("dictionary", ""), Counting.named("deepl", "deepl:EN-US")))))
        .isTrue();
  }

  @Test
  void importedTmxEntriesWinOverMachineEntriesAndAreReportedAsTmx() throws Exception {
    memory.store("deepl:EN-US", Map.of("Le chat.", "The cat (machine).", "Le chien.", "The dog (machine)."));
    memory.put(List.of(new Entry(TranslationMemory.IMPORTED, "Le chat.", "The cat (translator).", 1, 1)));
    Counting deepl = Counting.named("deepl", "deepl:EN-US");

    Backend.Translated t = CachingBackend.wrap(deepl, memory).translateNamed(List.of("Le chat.", "Le chien.", "L'oiseau."));

    assertThat(t.translations()).containsExactly("The cat (translator).", "The dog (machine).", "deepl: L'oiseau.");
    assertThat(t.backends()).containsExactly("tmx", "deepl", "deepl");
    assertThat(t.backend()).isEqualTo("tmx+deepl");
    assertThat(deepl.batches).containsExactly(List.of("L'oiseau."));
  }

  @Test
  void anAnswerThatLostAPlaceholderOrIsBlankIsNotKept() throws Exception {
    Counting sloppy = new Counting("openai", "openai:m@h:1",
        s -> s.startsWith("Lancez") ? "Run it." : s.startsWith("Vide") ? " " : "Fine.");
    Backend cached = CachingBackend.wrap(sloppy, memory);
    List<String> segments = List.of("Lancez ⟦0⟧ puis ⟦1⟧.", "Vide.", "Bien.");

    cached.translateNamed(segments);
    cached.translateNamed(segments);

    assertThat(sloppy.batches).containsExactly(segments, List.of("Lancez ⟦0⟧ puis ⟦1⟧.", "Vide."));
    assertThat(memory.stats().entries()).isEqualTo(1);
  }

  @Test
  void aWrongNumberOfTranslationsIsPassedOnWhenNothingWasFoundElseRefused() throws Exception {
    Backend short1 = new Backend() {
      @Override
      public String name() {
        return "openai";
      }

      @Override
      public String memoryKey() {
        return "openai:m@h:1";
      }

      @Override
      public int maxChars() {
        return 1000;
      }

      @Override
      public List<String> translate(List<String> segments) {
        return List.of("only one");
      }
    };
    CachingBackend cached = CachingBackend.wrap(short1, memory);

    assertThat(cached.translate(List.of("Un.", "Deux."))).containsExactly("only one");
    memory.store("openai:m@h:1", Map.of("Un.", "One."));
    assertThatThrownBy(() -> cached.translate(List.of("Un.", "Deux.", "Trois.")))
        .isInstanceOf(TranslationException.class)
        .hasMessage("openai answered 1 translations for 2 segments")
        .satisfies(e -> assertThat(((TranslationException) e).fatal()).isFalse());
    assertThat(memory.stats().entries()).isEqualTo(1);
  }

  @Test
  void countersAndSummarySayWhatTheMemorySaved() throws Exception {
    Counting deepl = Counting.named("deepl", "deepl:EN-US");
    CachingBackend cached = CachingBackend.wrap(deepl, memory);

    cached.translate(List.of("Un.", "Deux."));
    cached.translate(List.of("Un.", "Deux.", "Trois."));

    assertThat(cached.counts()).isEqualTo(new CachingBackend.Counts(5, 2, 3, 14));
    assertThat(cached.summary()).contains("translation memory: 2 of 5 segments found (40%), 3 sent (14 characters)");
  }

  @Test
  void aMemoryThatFailsMidRunIsLeftAsideAndTheRunGoesOn() throws Exception {
    Counting deepl = Counting.named("deepl", "deepl:EN-US");
    CachingBackend cached = CachingBackend.wrap(deepl, memory);
    memory.close();

    assertThat(cached.translate(List.of("Un."))).containsExactly("deepl: Un.");
    assertThat(cached.translate(List.of("Un."))).containsExactly("deepl: Un.");
    assertThat(deepl.sent()).isEqualTo(2);
    assertThat(cached.summary().orElseThrow()).contains("translation memory not used after a failure: " + dir.resolve("memory.sqlite"));
  }
}
