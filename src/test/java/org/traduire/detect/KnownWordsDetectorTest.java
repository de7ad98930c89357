package org.traduire.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.traduire.document.Detection;

/** The lexicon's call, with a small hand-made vocabulary; the real lexicon is tested in the CLI tests. */
class KnownWordsDetectorTest {
  private static final Set<String> FRENCH = Set.of("bonjour", "le", "monde", "la", "les", "de", "des",
      "table", "menu", "restaurant", "est", "dans", "chat", "dort", "maison", "y", "il", "a", "fait",
      "beau", "aujourd'hui", "peut-être", "l", "article", "nouvelle", "version", "et", "pour", "une",
      "carte", "graphique", "sur", "modèle", "chinois", "rapide", "que", "qui", "en");
  private static final Set<String> ENGLISH = Set.of("table", "menu", "restaurant", "version", "hello",
      "world", "article", "a");

  private static final Vocabulary WORDS = new Vocabulary() {
    @Override
    public boolean isFrench(String word) {
      return FRENCH.contains(word);
    }

    @Override
    public boolean isEnglish(String word) {
      return ENGLISH.contains(word);
    }
  };

  /** Answers "it", and counts how often it was asked. */
  private static final class Statistical implements LanguageDetector {
    final AtomicInteger asked = new AtomicInteger();

    @Override
    public Detection detect(String text) {
      asked.incrementAndGet();
      return new Detection("it", 0.05);
    }
  }

  private final Statistical statistical = new Statistical();
  private final KnownWordsDetector detector = new KnownWordsDetector(() -> WORDS, statistical);

  @Test
  void shortSentenceOfFrenchWordsIsFrenchWithoutTheStatisticalDetector() {
    assertThat(detector.detect("Bonjour le monde.")).isEqualTo(new Detection("fr", 1.0));
    assertThat(statistical.asked).hasValue(0);
  }

  @Test
  void namesAcronymsAndModelNumbersAreNotCounted() {
    assertThat(detector.judge("Le modèle chinois de DeepSeek est rapide sur une carte NVIDIA H100.")).isNotNull();
  }

  @Test
  void elisionsAndHyphenatedWordsAreFrench() {
    assertThat(detector.judge("Aujourd’hui, il fait beau.")).isNotNull();
    assertThat(detector.judge("L'article est peut-être dans la nouvelle version.")).isNotNull();
  }

  @Test
  void wordsThatAreEnglishTooDoNotMakeATextFrench() {
    assertThat(detector.judge("Table, menu, restaurant.")).isNull();
  }

  @Test
  void oneWordIsTooLittle() {
    assertThat(detector.judge("Stallman y MacKenzie.")).isNull();
  }

  @Test
  void anUnknownWordInAShortTextLeavesItToTheStatisticalDetector() {
    assertThat(detector.detect("Ciao il mondo.")).isEqualTo(new Detection("it", 0.05));
    assertThat(statistical.asked).hasValue(1);
  }

  @Test
  void englishSentenceStartingWithAnUnknownCapitalIsNotTakenForANameAndFrench() {
    assertThat(detector.judge("Hello le monde.")).isNull();
  }

  @Test
  void longTextNeedsMostWordsKnownAndAWordOnlyFrenchUses() {
    String french = "Le chat dort dans la maison et le monde est beau pour le chat qui dort en"
        + " paix dans une maison de la ville.";
    // "paix", "ville" unknown here: 19 of 21 counted words known, "dans"/"est"/"une" only French
    assertThat(detector.judge(french)).isNotNull();
    assertThat(detector.judge(french).confidence()).isBetween(0.8, 1.0);
    String mixed = "Le chat dort dans the house and the world is beautiful for the cat who sleeps in"
        + " peace in a house of the town.";
    assertThat(detector.judge(mixed)).isNull();
  }

  @Test
  void withoutAWordOnlyFrenchUsesALongTextIsLeftToTheStatisticalDetector() {
    // every word known, but "le", "la", "de", "il", "a" are Italian or Spanish too
    assertThat(detector.judge("Le chat il a la table de la maison le chat il a la table de la maison"))
        .isNull();
  }

  @Test
  void aLongTextMustBePlainlyFrenchAtItsEndToo() {
    String french = "Le chat dort dans la maison et le monde est beau pour le chat qui dort. ".repeat(20);
    String english = "The cat sleeps in the house and the world is beautiful for the cat who sleeps. ".repeat(20);

    assertThat(detector.judge(french)).isNotNull();
    assertThat(detector.judge(french + english)).isNull();
    assertThat(detector.judge(english + french)).isNull();
  }

  @Test
  void warmUpLoadsTheVocabularyOnly() {
    AtomicInteger loads = new AtomicInteger();
    KnownWordsDetector lazy = new KnownWordsDetector(() -> {
      loads.incrementAndGet();
      return WORDS;
    }, statistical);
    lazy.warmUp();
    assertThat(loads).hasValue(1);
    assertThat(statistical.asked).hasValue(0);
  }

  @Test
  void tallyCountsTheCallsTheLexiconSettled() {
    detector.detect("Bonjour le monde.");
    detector.detect("Ciao il mondo.");
    assertThat(detector.tally()).isEqualTo("the lexicon settled 1 of 2 language calls");
  }
}
