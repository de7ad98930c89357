package org.traduire.translate.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.traduire.detect.Vocabulary;

/** The built-in lexicon as the language detector sees it. */
class LexiconVocabularyTest {
  private final Vocabulary words = LexiconVocabulary.builtin();

  @Test
  void lemmasAndTheirInflectedFormsAreFrench() {
    assertThat(words.isFrench("maison")).isTrue();
    assertThat(words.isFrench("maisons")).isTrue();
    assertThat(words.isFrench("dort")).isTrue();
    assertThat(words.isFrench("grandes")).isTrue();
  }

  @Test
  void englishWordsAreNotFrench() {
    assertThat(words.isFrench("the")).isFalse();
    assertThat(words.isFrench("which")).isFalse();
    assertThat(words.isFrench("sleeps")).isFalse();
  }

  @Test
  void wordsOfTheEnglishSideAndTheirFormsAreEnglish() {
    assertThat(words.isEnglish("house")).isTrue();
    assertThat(words.isEnglish("houses")).isTrue();
    assertThat(words.isEnglish("worked")).isTrue();
    assertThat(words.isEnglish("working")).isTrue();
    assertThat(words.isEnglish("went")).as("an irregular past").isTrue();
  }

  @Test
  void frenchOnlyWordsAreNotEnglish() {
    assertThat(words.isEnglish("maison")).isFalse();
    assertThat(words.isEnglish("bonjour")).isFalse();
    assertThat(words.isEnglish("dans")).isFalse();
  }

  @Test
  void wordsBothLanguagesShareAreBoth() {
    assertThat(words.isFrench("table")).isTrue();
    assertThat(words.isEnglish("table")).isTrue();
  }
}
