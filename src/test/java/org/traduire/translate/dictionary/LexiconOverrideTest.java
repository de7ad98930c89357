package org.traduire.translate.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A user's entries go before the built-in ones and replace those of the same part of speech. */
class LexiconOverrideTest {
  private static Lexicon lexicon() {
    return Lexicon.parse("porte\tdoor\tn\nporte\tcarry\tv\nmise en place\tsetup\tn\nchat\tcat\tn\n");
  }

  @Test
  void userEntryReplacesTheBuiltInOneOfItsPartOfSpeechAndComesFirst() {
    Lexicon lexicon = lexicon();

    lexicon.override(List.of(new Entry("porte", "gate", Pos.N)));

    assertThat(lexicon.word("porte")).extracting(Entry::english).containsExactly("gate", "carry");
    assertThat(lexicon.first("porte", Pos.N).english()).isEqualTo("gate");
    assertThat(lexicon.entries()).extracting(Entry::english).containsExactly("gate", "carry", "setup", "cat");
  }

  @Test
  void severalUserEntriesKeepTheirOrder() {
    Lexicon lexicon = lexicon();

    lexicon.override(List.of(new Entry("chat", "chat", Pos.N), new Entry("chat", "cat", Pos.N),
        new Entry("chaton", "kitten", Pos.N)));

    assertThat(lexicon.word("chat")).extracting(Entry::english).containsExactly("chat", "cat");
    assertThat(lexicon.word("chaton")).extracting(Entry::english).containsExactly("kitten");
  }

  @Test
  void userPhraseReplacesTheBuiltInPhrase() {
    Lexicon lexicon = lexicon();

    lexicon.override(List.of(new Entry("mise en place", "rollout", Pos.N)));

    Lexicon.Node node = lexicon.root().child("mise").child("en").child("place");
    assertThat(node.entries).extracting(Entry::english).containsExactly("rollout");
  }
}
