package org.traduire.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.traduire.detect.LinguaDetector;
import org.traduire.translate.dictionary.DictionaryBackend;

/** When a translation counts as still French, and when an unchanged segment is fine. */
class EnglishCheckTest {
  private static final EnglishCheck CHECK = new EnglishCheck(null, LinguaDetector.create());

  @ParameterizedTest
  @ValueSource(strings = {"DeepSeek R1", "NVIDIA", "H100, A800", "2024", "Hopper", "⟦0⟧", "Scale AI", "CNBC"})
  void namesNumbersAndModelNumbersMayComeBackUnchanged(String source) {
    assertThat(CHECK.stillFrench(source, source)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Source et images", "Laisser un commentaire", "Les points à retenir", "Voir ⟦0⟧ pour les détails"})
  void shortSegmentsWithWordsToTranslateMustChange(String source) {
    assertThat(CHECK.stillFrench(source, source)).isTrue();
    assertThat(CHECK.stillFrench(source, "Sources and pictures")).isFalse();
  }

  @Test
  void anEnglishPhraseInTheFrenchMayStayAsItIs() {
    assertThat(CHECK.stillFrench("Machine learning and deep learning", "Machine learning and deep learning")).isFalse();
  }

  @Test
  void aLongAnswerThatReadsAsFrenchFailsEvenWhenChanged() {
    String source = "Wang a noté que les résultats indiquaient que le R1 de DeepSeek était le plus performant.";
    String halfDone = "Wang a noté que les résultats indiquaient que le R1 de DeepSeek était the most efficient.";

    assertThat(CHECK.stillFrench(source, halfDone)).isTrue();
    assertThat(CHECK.stillFrench(source, "Wang noted that the results showed DeepSeek's R1 was the best performer.")).isFalse();
  }

  /**
   * The measurement behind {@link EnglishCheck#MIN_LETTERS}: sentences of the sample article and of
   * the test articles cut to 40 letters are called French, and the dictionary's English of the
   * same sentences is not.
   */
  @Test
  void atTheThresholdFrenchCutsAreCaughtAndEnglishOnesAreNot() throws Exception {
    List<String> french = new ArrayList<>();
    for (String f : List.of("samples/deepseek-h100-gpus.fr.txt", "src/test/resources/parse/article.md")) {
      for (String s : Files.readString(Path.of(f)).split("(?<=[.!?»])\\s+|\\n\\s*\\n")) {
        if (!s.isBlank() && !s.contains("`") && !s.startsWith("#") && !s.startsWith("-")) {
          french.add(s.strip());
        }
      }
    }
    List<String> english = DictionaryBackend.create().translate(french);
    int frenchCuts = 0;
    int caught = 0;
    int englishCuts = 0;
    int wronglyCaught = 0;
    for (int i = 0; i < french.size(); i++) {
      String fr = cut(french.get(i));
      String en = cut(english.get(i));
      if (fr != null) {
        frenchCuts++;
        caught += CHECK.stillFrench("x", fr) ? 1 : 0;
      }
      if (en != null) {
        englishCuts++;
        wronglyCaught += CHECK.stillFrench("x", en) ? 1 : 0;
      }
    }
    assertThat(frenchCuts).isGreaterThan(15);
    assertThat(englishCuts).isGreaterThan(15);
    assertThat(caught).as("French cuts called French").isGreaterThanOrEqualTo(frenchCuts * 9 / 10);
    assertThat(wronglyCaught).as("English cuts called French").isZero();
  }

  /** The text up to the word that brings it to {@link EnglishCheck#MIN_LETTERS} letters, or null when it is shorter. */
  private static String cut(String s) {
    int letters = 0;
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i)) && ++letters == EnglishCheck.MIN_LETTERS) {
        int end = s.indexOf(' ', i);
        return end < 0 ? s : s.substring(0, end);
      }
    }
    return null;
  }
}
