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
  void anotherLanguageTranslatedWithForceIsNotStillFrench() {
    String german = "Die Diskussion drehte sich anschließend um die Verfügbarkeit von Grafikprozessoren in China.";

    assertThat(CHECK.stillFrench(german, german)).isFalse();
  }

  @Test
  void anEnglishPhraseInTheFrenchMayStayAsItIs() {
    assertThat(CHECK.stillFrench("Machine learning and deep learning", "Machine learning and deep learning")).isFalse();
  }

  @Test
  void latinateEnglishIsNotTakenForFrench() {
    // Apertium's English of a heading of the sample, which Lingua ranks French first by a hair
    String apertium = "Competition sino-American at matter of artificial intelligence: a paradigm at mutation";

    assertThat(CHECK.stillFrench("Compétition sino-américaine en matière d’intelligence artificielle : un paradigme en mutation",
        apertium)).isFalse();
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
   * a test article, whole or cut to 40 letters, are called French, and the dictionary's English of
   * the same sentences is not.
   */
  @Test
  void atTheThresholdFrenchIsCaughtAndEnglishIsNot() throws Exception {
    List<String> french = new ArrayList<>();
    for (String f : List.of("samples/deepseek-h100-gpus.fr.txt", "src/test/resources/parse/article.md")) {
      for (String s : Files.readString(Path.of(f)).split("(?<=[.!?»])\\s+|\\n\\s*\\n")) {
        if (!s.isBlank() && !s.contains("`") && !s.startsWith("#") && !s.startsWith("-")) {
          french.add(s.strip());
        }
      }
    }
    List<String> english = DictionaryBackend.create().translate(french);
    int[] whole = new int[4];
    int[] cut = new int[4];
    for (int i = 0; i < french.size(); i++) {
      tally(whole, french.get(i), english.get(i), false);
      tally(cut, french.get(i), english.get(i), true);
    }
    assertThat(whole[0]).isGreaterThan(20);
    assertThat(whole[1]).as("whole French segments called French").isEqualTo(whole[0]);
    assertThat(whole[3]).as("whole English segments called French").isZero();
    assertThat(cut[0]).isGreaterThan(15);
    assertThat(cut[1]).as("French cuts called French").isGreaterThanOrEqualTo(cut[0] * 8 / 10);
    assertThat(cut[3]).as("English cuts called French").isZero();
  }

  /** Counts into {French judged, French called French, English judged, English called French}. */
  private static void tally(int[] counts, String fr, String en, boolean cut) {
    String f = cut ? cut(fr) : fr;
    String e = cut ? cut(en) : en;
    if (f != null && letters(f) >= EnglishCheck.MIN_LETTERS) {
      counts[0]++;
      counts[1] += CHECK.stillFrench("x", f) ? 1 : 0;
    }
    if (e != null && letters(e) >= EnglishCheck.MIN_LETTERS) {
      counts[2]++;
      counts[3] += CHECK.stillFrench("x", e) ? 1 : 0;
    }
  }

  private static int letters(String s) {
    return (int) s.chars().filter(Character::isLetter).count();
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
