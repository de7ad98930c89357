package org.traduire.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FunctionWordsTest {
  @Test
  void paragraphOfAFrenchArticleIsPlainlyFrench() {
    assertThat(FunctionWords.plainlyFrench(
            "Selon Wang, même si les laboratoires chinois disposent de capacités considérables, la"
                + " réalité de l’accès à ces GPU avancés est nuancée. Il estime que DeepSeek possède"
                + " environ 50 000 H100, ce qui remet en cause l’idée reçue selon laquelle ses"
                + " ressources sont limitées."))
        .isTrue();
  }

  @Test
  void englishParagraphIsNot() {
    assertThat(FunctionWords.plainlyFrench(
            "The Project Gutenberg EBook of Le Tour du Monde en 80 Jours, by Jules Verne. This eBook"
                + " is for the use of anyone anywhere at no cost and with almost no restrictions"
                + " whatsoever. You may copy it, give it away or re-use it under the terms of the"
                + " licence included with this eBook."))
        .isFalse();
  }

  @Test
  void frenchWithEnglishMixedInIsLeftToTheDetector() {
    assertThat(FunctionWords.plainlyFrench(
            "Le laboratoire a publié le rapport. The report says that the model is the best of the"
                + " year, and the team is proud of it. Les chercheurs sont contents de la réception"
                + " et de la presse."))
        .isFalse();
  }

  @Test
  void shortTextIsLeftToTheDetector() {
    assertThat(FunctionWords.plainlyFrench("Le chat et le chien de la maison.")).isFalse();
  }

  @Test
  void wordsOnlyFrenchUsesMarkAShortText() {
    assertThat(FunctionWords.hasFrenchMarker("Où est la gare ?")).isTrue();
    assertThat(FunctionWords.hasFrenchMarker("Le coût est de 5 €.")).isTrue();
    assertThat(FunctionWords.hasFrenchMarker("Je suis là.")).isTrue();
  }

  @Test
  void otherLanguagesHaveNoFrenchMarker() {
    assertThat(FunctionWords.hasFrenchMarker("La casa de la playa es muy bonita.")).isFalse();
    assertThat(FunctionWords.hasFrenchMarker("Die Katze schläft auf dem Sofa.")).isFalse();
    assertThat(FunctionWords.hasFrenchMarker("Hello world, how are you?")).isFalse();
    assertThat(FunctionWords.hasFrenchMarker("Il gatto dorme sul divano, l'acqua c'è.")).isFalse();
    assertThat(FunctionWords.hasFrenchMarker("It's raining in London.")).isFalse();
  }
}
