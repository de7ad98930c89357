package org.traduire.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.traduire.document.Detection;

class LinguaDetectorTest {
  private static LinguaDetector detector;

  @BeforeAll
  static void build() {
    detector = LinguaDetector.create();
  }

  @Test
  void frenchParagraphIsFrenchWithHighConfidence() {
    Detection d =
        detector.detect(
            "Selon Wang, même si les laboratoires chinois disposent de capacités considérables, la"
                + " réalité de l’accès à ces GPU avancés est nuancée.");

    assertThat(d.language()).isEqualTo("fr");
    assertThat(d.confidence()).isGreaterThan(0.15);
  }

  @Test
  void englishParagraphIsEnglish() {
    Detection d =
        detector.detect(
            "The discussion then turned to the availability of GPUs in China, where export rules"
                + " have limited the sale of high-end chips since 2022.");

    assertThat(d.language()).isEqualTo("en");
  }

  @Test
  void germanParagraphIsGerman() {
    Detection d =
        detector.detect(
            "Die Diskussion drehte sich anschließend um die Verfügbarkeit von Grafikprozessoren in"
                + " China, deren Verkauf seit 2022 eingeschränkt ist.");

    assertThat(d.language()).isEqualTo("de");
  }

  @Test
  void textWithoutLettersIsUnknown() {
    assertThat(detector.detect("1234 5678 — 42 %")).isEqualTo(Detection.UNKNOWN);
  }
}
