package org.traduire.translate.dictionary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompiledLexiconTest {
  private static final Lexicon TEXT = Lexicon.loadText();

  @Test
  void theBuildShipsACompiledLexicon() {
    assertThat(CompiledLexicon.readBuiltin()).as("lexicon.bin, made by mvn process-classes").isNotNull();
  }

  @Test
  void compiledLexiconHoldsTheSameEntriesAsTheTsvFiles() {
    Lexicon compiled = CompiledLexicon.readBuiltin();

    assertThat(compiled.entries()).isEqualTo(TEXT.entries());
    assertThat(compiled.englishWords()).isEqualTo(TEXT.englishWords());
  }

  @Test
  void compiledLexiconFindsTheSameWordsAndPhrases() {
    Lexicon compiled = CompiledLexicon.readBuiltin();

    for (Entry e : TEXT.entries()) {
      List<String> keys = Lexicon.keys(e.french());
      if (keys.size() == 1) {
        assertThat(compiled.word(keys.get(0))).isEqualTo(TEXT.word(keys.get(0)));
      } else {
        assertThat(walk(compiled, keys).entries).isEqualTo(walk(TEXT, keys).entries);
      }
    }
  }

  private static Lexicon.Node walk(Lexicon lexicon, List<String> keys) {
    Lexicon.Node node = lexicon.root();
    for (String k : keys) {
      node = node.child(k);
      assertThat(node).as("phrase key " + k).isNotNull();
    }
    return node;
  }

  @Test
  void writtenThenReadGivesTheSameLexicon() throws IOException {
    Lexicon small = Lexicon.parse("chat\tcat\tn\nvaleur ajoutée\tadded value\tn\nœuvre\twork\tn\n"
        + "l'an dernier\tlast year\tphr\n");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CompiledLexicon.write(small, out);

    Lexicon back = CompiledLexicon.read(out.toByteArray());

    assertThat(back.entries()).isEqualTo(small.entries());
    assertThat(back.word("œuvre")).extracting(Entry::english).containsExactly("work");
    assertThat(walk(back, List.of("valeur", "ajoutée")).entries).extracting(Entry::english).containsExactly("added value");
  }

  @Test
  void aFileOfAnotherFormatIsRefusedWithAMessage() {
    assertThatThrownBy(() -> CompiledLexicon.read(new byte[] {1, 2, 3, 4, 0, 0, 0, 1}))
        .hasMessageContaining("lexicon.bin is not a compiled lexicon");
  }
}
