package org.traduire.translate.dictionary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Extra dictionaries (dictd, user glossary) and unknown-word marking in the dictionary backend. */
class DictionaryExtrasTest {
  private static final String GALOCHE = "galoche /galɔʃ/ <n, fem>\n1. galosh, clog\n2. overshoe\n";
  private static final String BUTINER = "gloubiner /glubine/ <v>\nto forage, to gather pollen\n";
  private static final String MAISON = "maison /mɛzɔ̃/ <n, fem>\nmansion\n";

  @TempDir Path dir;

  private static String en(DictionaryBackend backend, String french) throws Exception {
    return backend.translate(List.of(french)).get(0);
  }

  private DictionaryBackend withExtras(Path... paths) throws Exception {
    return DictionaryBackend.create(new DictionaryOptions(List.of(paths), false));
  }

  @Test
  void dictdWordUnknownToTheBuiltInLexiconIsTranslated() throws Exception {
    Path dictd = DictdFiles.write(dir, "t", true, GALOCHE);

    assertThat(en(DictionaryBackend.create(), "La galoche.")).isEqualTo("The galoche.");
    assertThat(en(withExtras(dictd), "La galoche.")).isEqualTo("The galosh.");
  }

  @Test
  void dictdWordsGetTheBuiltInMorphology() throws Exception {
    DictionaryBackend backend = withExtras(DictdFiles.write(dir, "t", false, GALOCHE, BUTINER));

    assertThat(en(backend, "Les galoches.")).isEqualTo("The galoshes.");
    assertThat(en(backend, "Les chats gloubinent.")).isEqualTo("The cats forage.");
  }

  @Test
  void builtInLexiconWinsOverDictd() throws Exception {
    DictionaryBackend backend = withExtras(DictdFiles.write(dir, "t", false, MAISON));

    assertThat(en(backend, "La maison.")).isEqualTo("The house.");
  }

  @Test
  void glossaryWinsOverTheBuiltInLexiconWithItsMorphology() throws Exception {
    Path glossary = Files.writeString(dir.resolve("mine.tsv"), "maison\thome\n");

    DictionaryBackend backend = withExtras(glossary);

    assertThat(en(backend, "La maison.")).isEqualTo("The home.");
    assertThat(en(backend, "Les maisons.")).isEqualTo("The homes.");
  }

  @Test
  void glossaryWinsOverDictdToo() throws Exception {
    Path dictd = DictdFiles.write(dir, "t", false, GALOCHE);
    Path glossary = Files.writeString(dir.resolve("mine.txt"), "galoche\tclog\tn\n");

    assertThat(en(withExtras(dictd, glossary), "La galoche.")).isEqualTo("The clog.");
  }

  @Test
  void backendWithExtrasLeavesTheDefaultBackendAlone() throws Exception {
    DictionaryBackend mine = withExtras(Files.writeString(dir.resolve("mine.tsv"), "maison\thome\n"));
    DictionaryBackend shared = DictionaryBackend.create();

    assertThat(en(mine, "La maison.")).isEqualTo("The home.");
    assertThat(en(shared, "La maison.")).isEqualTo("The house.");
    assertThat(en(DictionaryBackend.create(), "La maison.")).isEqualTo("The house.");
  }

  @Test
  void markUnknownMarksUnknownWordsButNotNamesAcronymsOrModelNumbers() throws Exception {
    DictionaryBackend marking = DictionaryBackend.create(new DictionaryOptions(List.of(), true));
    String french = "DeepSeek entraîne R1 sur des H100 de NVIDIA, le modèle xylophonique.";

    String out = en(marking, french);

    assertThat(out).contains("*xylophonique").contains("DeepSeek", "R1", "H100", "NVIDIA")
        .doesNotContain("*DeepSeek", "*R1", "*H100", "*NVIDIA", "*model");
    assertThat(en(DictionaryBackend.create(), french)).doesNotContain("*");
  }

  @Test
  void markedWordAfterAnElisionIsSpacedLikeAnyWord() throws Exception {
    DictionaryBackend marking = DictionaryBackend.create(new DictionaryOptions(List.of(), true));

    assertThat(en(marking, "Il parle de l'ixoplaste.")).endsWith(" the *ixoplaste.");
  }

  @Test
  void markUnknownSkipsWordsThatAnExtraDictionaryKnows() throws Exception {
    Path dictd = DictdFiles.write(dir, "t", false, GALOCHE);

    DictionaryBackend backend = DictionaryBackend.create(new DictionaryOptions(List.of(dictd), true));

    assertThat(en(backend, "La galoche xylophonique.")).contains("galosh").contains("*xylophonique");
  }

  @Test
  void plainWordsAreLowerCaseLettersOnly() {
    assertThat(Realizer.plainWord("xylophonique")).isTrue();
    assertThat(Realizer.plainWord("porte-clé")).isTrue();
    for (String w : new String[] {"DeepSeek", "NVIDIA", "H100", "R1", "o1", "Mistral", "⟦1⟧", "-"}) {
      assertThat(Realizer.plainWord(w)).as(w).isFalse();
    }
  }

  @Test
  void missingExtraFileFailsWhenTheBackendIsCreated() {
    Path absent = dir.resolve("absent.tsv");

    assertThatThrownBy(() -> withExtras(absent))
        .isInstanceOf(DictionaryFileException.class)
        .hasMessageContaining(absent.toString());
  }

  @Test
  void defaultOptionsGiveTheDefaultBackend() throws Exception {
    assertThat(en(DictionaryBackend.create(DictionaryOptions.DEFAULT), "La maison.")).isEqualTo("The house.");
  }
}
