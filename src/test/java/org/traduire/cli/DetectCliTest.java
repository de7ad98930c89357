package org.traduire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** Item 4 of the pipeline issue: language detection and what the tool does with it. */
class DetectCliTest {
  static final String SAMPLE = "samples/deepseek-h100-gpus.fr.txt";
  static final String GERMAN =
      "Die Diskussion drehte sich anschließend um die Verfügbarkeit von Grafikprozessoren in China,"
          + " deren Verkauf seit 2022 eingeschränkt ist.\n";
  static final String ENGLISH =
      "The discussion then turned to the availability of GPUs in China, whose sale has been"
          + " restricted since 2022.\n";

  @Test
  void detectSaysTheSampleIsFrench() {
    Cli.Result r = Cli.run("", "detect", SAMPLE);

    assertThat(r.exit()).isZero();
    assertThat(r.out()).matches(SAMPLE + "\tfr\t[01]\\.\\d\\d\n");
  }

  @Test
  void detectPrintsOneLinePerSectionWithSections() {
    Cli.Result r = Cli.run("", "detect", "--sections", SAMPLE);

    assertThat(r.exit()).isZero();
    assertThat(r.out().lines()).hasSizeGreaterThan(5).allSatisfy(l -> assertThat(l).startsWith(SAMPLE + "\t"));
    assertThat(r.out()).contains("\tPaysage avancé des GPU de NVIDIA\n");
  }

  @Test
  void detectJsonHasLanguageConfidenceAndSections() throws Exception {
    Cli.Result r = Cli.run("", "detect", "--json", SAMPLE);

    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.get("language").asText()).isEqualTo("fr");
    assertThat(json.get("confidence").asDouble()).isBetween(0.0, 1.0);
    assertThat(json.get("sections").size()).isGreaterThan(5);
  }

  @Test
  void detectReadsStandardInput() {
    Cli.Result r = Cli.run(GERMAN, "detect");

    assertThat(r.out()).startsWith("-\tde\t");
  }

  @Test
  void germanTextStopsWithExitThreeNamingLanguageAndConfidence() {
    Cli.Result r = Cli.run(GERMAN);

    assertThat(r.exit()).isEqualTo(3);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .matches("traduire: standard input: the text is in German \\(de, confidence 0\\.\\d+\\),"
            + " not French; use --force to translate it anyway\n");
  }

  @Test
  void forceTranslatesGermanAnyway() {
    Cli.Result r = Cli.run(GERMAN, "--force", "-f", "target");

    assertThat(r.exit()).isZero();
    assertThat(r.out()).isNotEmpty();
  }

  @Test
  void englishTextPassesThroughUnchangedWithANote() {
    Cli.Result r = Cli.run(ENGLISH, "-f", "target");

    assertThat(r.exit()).isZero();
    assertThat(r.out()).isEqualTo(ENGLISH);
    assertThat(r.err()).startsWith("traduire: standard input: already in English");
  }

  @Test
  void textTooShortToTellIsTranslatedAsFrenchWithANote() {
    Cli.Result r = Cli.run("Merci.\n", "-f", "target");

    assertThat(r.exit()).isZero();
    assertThat(r.out()).containsIgnoringCase("thank");
  }

  @Test
  void shortFrenchQuestionThatTheDetectorCallsItalianIsStillTranslated() {
    Cli.Result r = Cli.run("Où est la gare ?\n", "-f", "target");

    assertThat(r.exit()).isZero();
    assertThat(r.out()).containsIgnoringCase("station");
  }

  @Test
  void quietSilencesNotes() {
    Cli.Result r = Cli.run(ENGLISH, "-q", "-f", "target");

    assertThat(r.err()).isEmpty();
  }

  @Test
  void plainlyFrenchSentenceIsSettledByTheLexiconAndEnglishByLingua() {
    Cli.Result french = Cli.run("Bonjour le monde, la maison est belle.\n", "detect", "-v");
    Cli.Result english = Cli.run(ENGLISH, "detect", "-v");

    assertThat(french.out()).isEqualTo("-\tfr\t1.00\n");
    assertThat(french.err()).contains("the lexicon settled 1 of 1 language calls");
    assertThat(english.out()).startsWith("-\ten\t");
    assertThat(english.err()).contains("the lexicon settled 0 of 1 language calls");
  }

  @Test
  void detectLexiconFalseAsksLinguaAlone() {
    Cli.Result r = Cli.run("Bonjour le monde, la maison est belle.\n", "detect", "-v", "--set", "detect.lexicon=false");

    assertThat(r.out()).startsWith("-\tfr\t").doesNotContain("1.00");
    assertThat(r.err()).doesNotContain("lexicon settled");
  }

  @Test
  void detectLexiconMustBeTrueOrFalse() {
    Cli.Result r = Cli.run("Bonjour.\n", "detect", "--set", "detect.lexicon=maybe");

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("traduire: detect.lexicon 'maybe' (from --set detect.lexicon) must be true or false\n");
  }
}
