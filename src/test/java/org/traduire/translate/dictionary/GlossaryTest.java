package org.traduire.translate.dictionary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The user's TSV glossary: french, english, optional part of speech. */
class GlossaryTest {
  @TempDir Path dir;

  @Test
  void readsEntriesWithAnOptionalPartOfSpeechDefaultingToNoun() throws Exception {
    Path file = Files.writeString(dir.resolve("g.tsv"),
        "# my words\nmaison\thome\n\nbutiner\tforage\tv\r\nmise en production\tdeployment\tn\n");

    assertThat(Glossary.read(file)).containsExactly(
        new Entry("maison", "home", Pos.N),
        new Entry("butiner", "forage", Pos.V),
        new Entry("mise en production", "deployment", Pos.N));
  }

  @Test
  void unknownPartOfSpeechNamesTheFileAndTheLine() throws Exception {
    Path file = Files.writeString(dir.resolve("g.tsv"), "maison\thome\n# ok\nchat\tcat\tnoun\n");

    assertThatThrownBy(() -> Glossary.read(file))
        .isInstanceOf(DictionaryFileException.class)
        .hasMessage(file + " line 3: unknown part of speech \"noun\"");
  }

  @Test
  void lineWithoutATabNamesTheFileAndTheLine() throws Exception {
    Path file = Files.writeString(dir.resolve("g.tsv"), "maison home\n");

    assertThatThrownBy(() -> Glossary.read(file))
        .hasMessage(file + " line 1: expected french<TAB>english[<TAB>pos], found 1 column");
  }

  @Test
  void missingGlossaryIsNamed() {
    assertThatThrownBy(() -> Glossary.read(dir.resolve("absent.tsv")))
        .isInstanceOf(DictionaryFileException.class)
        .hasMessage(dir.resolve("absent.tsv") + ": glossary not found");
  }
}
