package org.traduire.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.traduire.parse.HeadingRules.Candidate;

/** One test per rule, each on a real line of {@code samples/deepseek-h100-gpus.fr.txt}. */
class HeadingRulesTest {
  private static final String TITLE =
      "Le PDG d’AI affirme que le laboratoire chinois DeepSeek dispose de 50 000 GPU NVIDIA H100"
          + " pour le développement avancé de l’IA";

  /** A line standing alone, not the first, with text after it. */
  private static Candidate line(String line) {
    return new Candidate(line, false, true, true);
  }

  @Test
  void shortLineStandingAloneWithTextAfterIsALevelTwoHeading() {
    assertThat(HeadingRules.level(line("Paysage avancé des GPU de NVIDIA"), TITLE)).isEqualTo(2);
  }

  @Test
  void firstLineWithoutPunctuationIsTheTitleWhateverItsLength() {
    Candidate first = new Candidate(TITLE, true, true, true);

    assertThat(HeadingRules.words(TITLE)).isGreaterThan(HeadingRules.MAX_WORDS);
    assertThat(HeadingRules.title(first)).isEqualTo(TITLE);
    assertThat(HeadingRules.level(first, "")).isEqualTo(1);
  }

  @Test
  void lineRepeatingTheTitleIsLevelOneToo() {
    assertThat(HeadingRules.level(line(TITLE), TITLE)).isEqualTo(1);
  }

  @Test
  void longLineThatIsNotTheTitleIsNotAHeading() {
    assertThat(HeadingRules.level(line(TITLE), "")).isZero();
  }

  @Test
  void lineEndingInSentencePunctuationIsNotAHeading() {
    String line =
        "À mesure que le paysage mondial de l’IA évolue, la concurrence entre ces géants"
            + " technologiques façonnera sans aucun doute l’avenir du développement de"
            + " l’intelligence artificielle.";

    assertThat(HeadingRules.endsInSentencePunctuation(line)).isTrue();
    assertThat(HeadingRules.level(line(line), TITLE)).isZero();
    for (String end : new String[] {"!", "?", "…", ":", ";", ","}) {
      assertThat(HeadingRules.level(line("Le débat sur la disponibilité des GPU" + end), TITLE))
          .as("ending in %s", end)
          .isZero();
    }
  }

  @Test
  void colonInsideTheLineIsFine() {
    assertThat(
            HeadingRules.level(
                line("Modèle d’IA R1 de DeepSeek : rivaliser avec les géants mondiaux"), TITLE))
        .isEqualTo(2);
  }

  @Test
  void closingQuotesAreLookedThroughBeforeThePunctuation() {
    assertThat(HeadingRules.level(line("Aperçus de « Le dernier examen de l’humanité »"), TITLE))
        .isEqualTo(2);
    assertThat(HeadingRules.endsInSentencePunctuation("… mis en place.»")).isTrue();
    assertThat(HeadingRules.endsInSentencePunctuation("« Le dernier examen. »")).isTrue();
    assertThat(HeadingRules.endsInSentencePunctuation("(Source et images.)")).isTrue();
  }

  @Test
  void lineWithNothingAfterItIsNotAHeading() {
    Candidate last = new Candidate("Laisser un commentaire", false, true, false);

    assertThat(HeadingRules.level(last, TITLE)).isZero();
  }

  @Test
  void lineThatDoesNotStandAloneIsNotAHeading() {
    Candidate afterText = new Candidate("Source et images", false, false, true);

    assertThat(HeadingRules.level(afterText, TITLE)).isZero();
  }

  @Test
  void lineWithoutALetterIsNotAHeading() {
    assertThat(HeadingRules.level(line("50 000"), TITLE)).isZero();
    assertThat(HeadingRules.level(line("***"), TITLE)).isZero();
  }

  @Test
  void wordsCountTokensHoldingALetterOrDigit() {
    assertThat(
            HeadingRules.words(
                "Compétition sino-américaine en matière d’intelligence artificielle : un"
                    + " paradigme en mutation"))
        .isEqualTo(10);
    assertThat(HeadingRules.isShort("Cache GPU de DeepSeek et défis futurs")).isTrue();
  }

  @Test
  void firstLineEndingInPunctuationIsNoTitle() {
    Candidate first =
        new Candidate(
            "Veuillez noter que ce contenu ne constitue pas un conseil en investissement.",
            true,
            true,
            true);

    assertThat(HeadingRules.title(first)).isEmpty();
    assertThat(HeadingRules.level(first, "")).isZero();
  }
}
