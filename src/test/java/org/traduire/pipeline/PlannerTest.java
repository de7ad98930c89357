package org.traduire.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.traduire.document.Detection;
import org.traduire.document.InputFormat;
import org.traduire.input.SourceText;

class PlannerTest {
  private static final String LONG_FRENCH =
      "Le laboratoire a publié un nouveau modèle de langue qui rivalise avec les meilleurs systèmes"
          + " du monde, selon plusieurs chercheurs qui ont mené des évaluations rigoureuses pendant"
          + " des semaines.";
  private static final String LONG_ENGLISH =
      "The laboratory published a new language model that rivals the best systems in the world,"
          + " according to several researchers who ran rigorous evaluations over many weeks of hard and"
          + " careful work in their own laboratories.";

  private static SourceText text(String s) {
    return new SourceText("a.txt", s, "UTF-8", false);
  }

  private static Planner planner(boolean force) {
    return new Planner(Fakes.DETECTOR, InputFormat.TEXT, force, 1000, 50);
  }

  @Test
  void frenchDocumentIsChunkedForTranslation() throws Exception {
    Plan plan = planner(false).plan(text("Titre du jour\n\n" + LONG_FRENCH + "\n"));

    assertThat(plan.language().language()).isEqualTo("fr");
    assertThat(plan.kept()).isEmpty();
    assertThat(plan.chunks()).isNotEmpty();
    assertThat(plan.chars()).isEqualTo("Titre du jour".length() + LONG_FRENCH.length());
  }

  @Test
  void englishDocumentPassesThroughWithNothingToSend() throws Exception {
    Plan plan = planner(false).plan(text(LONG_ENGLISH + "\n"));

    assertThat(plan.language().language()).isEqualTo("en");
    assertThat(plan.chunks()).isEmpty();
    assertThat(plan.kept()).containsValue("document already in English");
  }

  @Test
  void germanDocumentIsRefusedNamingLanguageAndConfidence() {
    assertThatThrownBy(() -> planner(false).plan(text("Hunde und Katzen.\n")))
        .isInstanceOf(NotFrenchException.class)
        .hasMessage(
            "a.txt: the text is in German (de, confidence 0.4), not French; use --force to"
                + " translate it anyway");
  }

  @Test
  void unclearDetectionIsTranslatedAsFrenchWithANote() throws Exception {
    Planner unsure = new Planner(text -> new Detection("it", 0.02), InputFormat.TEXT, false, 1000, 50);

    Plan plan = unsure.plan(text("Merci.\n"));

    assertThat(plan.chunks()).hasSize(1);
    assertThat(plan.notes()).containsExactly(
        "a.txt: language unclear (it, confidence 0.02); translating it as French");
  }

  @Test
  void shortTextWithAWordOnlyFrenchUsesIsNeverRefused() throws Exception {
    Planner wrong = new Planner(text -> new Detection("it", 0.26), InputFormat.TEXT, false, 1000, 50);

    Plan plan = wrong.plan(text("Où est la gare ?\n"));

    assertThat(plan.chunks()).hasSize(1);
    assertThat(plan.notes()).singleElement().asString().contains("language unclear (it, confidence 0.26)");
  }

  @Test
  void longTextIsJudgedByTheDetectorEvenWithFrenchLookingWords() {
    Planner italian = new Planner(text -> new Detection("it", 0.3), InputFormat.TEXT, false, 1000, 50);
    String longItalian = "La discussione si è poi spostata sulla disponibilità delle GPU in Cina, dove"
        + " il governo ha limitato le esportazioni dal 2022 et il resto.\n";

    assertThatThrownBy(() -> italian.plan(text(longItalian))).isInstanceOf(NotFrenchException.class);
  }

  @Test
  void forceTranslatesAnotherLanguageAnyway() throws Exception {
    Plan plan = planner(true).plan(text("Hunde und Katzen.\n"));

    assertThat(plan.chunks()).hasSize(1);
  }

  @Test
  void longEnglishSectionInAFrenchArticleIsKept() throws Exception {
    String article =
        "Titre de l’article\n\n"
            + LONG_FRENCH + "\n\n"
            + "Version anglaise\n\n"
            + LONG_ENGLISH + "\n\n"
            + "Conclusion\n\n"
            + LONG_FRENCH + "\n";

    Plan plan = planner(false).plan(text(article));

    assertThat(plan.language().language()).isEqualTo("fr");
    assertThat(plan.sections()).hasSize(3);
    assertThat(plan.kept()).containsOnlyKeys(1);
    assertThat(plan.kept().get(1)).isEqualTo("section already in English");
    assertThat(plan.chunks()).extracting(c -> c.section()).containsExactly(0, 2);
  }

  @Test
  void shortSectionsInheritTheDocumentLanguage() throws Exception {
    Plan plan = planner(false).plan(text("Titre\n\nThe end.\n\n" + LONG_FRENCH + "\n"));

    assertThat(plan.sections()).allSatisfy(s -> assertThat(s.language().language()).isEqualTo("fr"));
    assertThat(plan.kept()).isEmpty();
  }
}
