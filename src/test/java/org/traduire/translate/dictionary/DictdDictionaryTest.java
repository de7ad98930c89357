package org.traduire.translate.dictionary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading dictd dictionaries as FreeDict ships them. */
class DictdDictionaryTest {
  private static final String MAISON = "maison /mɛzɔ̃/ <n, fem>\nhouse\n";
  private static final String ABANDONNER =
      "abandonner /abɑ̃dɔne/ <v>\n1. cede, give in, give up\n2. abandon, forsake\n";
  private static final String BEAU = "beau /bo/ <adj>\nbeautiful, fine, handsome, lovely\n";

  @TempDir Path dir;

  @Test
  void decodesDictdBase64MostSignificantDigitFirst() {
    assertThat(DictdDictionary.decode("A")).isZero();
    assertThat(DictdDictionary.decode("B")).isEqualTo(1);
    assertThat(DictdDictionary.decode("/")).isEqualTo(63);
    assertThat(DictdDictionary.decode("BA")).isEqualTo(64);
    assertThat(DictdDictionary.decode("8m")).isEqualTo(60 * 64 + 38);
    assertThat(DictdDictionary.decode("a-b")).isEqualTo(-1);
  }

  @Test
  void ownEncoderRoundTrips() {
    for (long n : new long[] {0, 1, 63, 64, 4095, 146_018, 394_786}) {
      assertThat(DictdDictionary.decode(DictdFiles.encode(n))).as("%d", n).isEqualTo(n);
    }
  }

  @Test
  void readsAnIndexAndAPlainDictFileSkippingTheDatabaseEntries() throws Exception {
    Path base = DictdFiles.write(dir, "t", false, MAISON, ABANDONNER, BEAU);

    List<Entry> entries = DictdDictionary.read(Path.of(base + ".index"), Path.of(base + ".dict"));

    assertThat(entries).containsExactly(
        new Entry("maison", "house", Pos.N),
        new Entry("abandonner", "cede", Pos.V),
        new Entry("beau", "beautiful", Pos.ADJ));
  }

  @Test
  void readsADictzipFileWhole() throws Exception {
    Path base = DictdFiles.write(dir, "t", true, MAISON, BEAU);

    Path[] files = DictdDictionary.files(base);
    List<Entry> entries = DictdDictionary.read(files[0], files[1]);

    assertThat(files[1].toString()).endsWith("t.dict.dz");
    assertThat(entries).extracting(Entry::english).containsExactly("house", "beautiful");
  }

  @Test
  void anyOfTheFilesNamesTheDictionary() throws Exception {
    Path base = DictdFiles.write(dir, "t", true, MAISON);

    for (String name : new String[] {"t", "t.index", "t.dict.dz"}) {
      Path[] files = DictdDictionary.files(dir.resolve(name));
      assertThat(files).as(name).containsExactly(Path.of(base + ".index"), Path.of(base + ".dict.dz"));
    }
  }

  @Test
  void baseNameFallsBackToAPlainDictFile() throws Exception {
    Path base = DictdFiles.write(dir, "t", false, MAISON);

    assertThat(DictdDictionary.files(base)[1]).isEqualTo(Path.of(base + ".dict"));
  }

  @Test
  void takesThePartOfSpeechAndTheFirstTranslationOfTheFirstSense() {
    assertThat(DictdDictionary.entry("galoche /galɔʃ/ <n, fem>\n1. (wooden) clog, galosh\n2. overshoe\n"))
        .isEqualTo(new Entry("galoche", "clog", Pos.N));
    assertThat(DictdDictionary.entry("être en retard /ɛtʁ ɑ̃ ʁətaʁ/ <v>\nto be late\n"))
        .isEqualTo(new Entry("être en retard", "be late", Pos.V));
    assertThat(DictdDictionary.entry("assiéger /asjeʒe/ <vt>\nbesiege\n").pos()).isEqualTo(Pos.V);
    assertThat(DictdDictionary.entry("vite /vit/ <adv>\nfast, quickly\n")).isEqualTo(new Entry("vite", "fast", Pos.ADV));
    assertThat(DictdDictionary.entry("pellicule /pɛlikyl/ <n, fem>\n1. (photographic) film, negative\n").english())
        .isEqualTo("film");
  }

  @Test
  void capitalisedNounIsAProperNounAndMissingPartOfSpeechIsANoun() {
    assertThat(DictdDictionary.entry("Alger /alʒe/ <n>\nAlgiers\n")).isEqualTo(new Entry("Alger", "Algiers", Pos.PROP));
    assertThat(DictdDictionary.entry("celui /səlɥi/\nthat, that one\n")).isEqualTo(new Entry("celui", "that", Pos.N));
  }

  @Test
  void articleWithoutATranslationIsSkipped() {
    assertThat(DictdDictionary.entry("vide /vid/ <adj>\n\n")).isNull();
  }

  @Test
  void malformedIndexLineNamesTheFileAndTheLine() throws Exception {
    Path base = DictdFiles.write(dir, "t", false, MAISON);
    Path index = Path.of(base + ".index");
    Files.writeString(index, Files.readString(index) + "chat\tBA\n");

    assertThatThrownBy(() -> DictdDictionary.read(index, Path.of(base + ".dict")))
        .isInstanceOf(DictionaryFileException.class)
        .hasMessage(index + " line 3: not headword<TAB>offset<TAB>length");
  }

  @Test
  void offsetPastTheEndOfTheDictNamesTheLine() throws Exception {
    Path base = DictdFiles.write(dir, "t", false, MAISON);
    Path index = Path.of(base + ".index");
    Files.writeString(index, Files.readString(index) + "chat\tB/AA\tB\n");

    assertThatThrownBy(() -> DictdDictionary.read(index, Path.of(base + ".dict")))
        .isInstanceOf(DictionaryFileException.class)
        .hasMessageStartingWith(index + " line 3: bad offset or length for \"chat\"");
  }

  @Test
  void dictThatIsNotGzipIsNamed() throws Exception {
    Path base = DictdFiles.write(dir, "t", false, MAISON);
    Path dz = Files.copy(Path.of(base + ".dict"), Path.of(base + ".dict.dz"));

    assertThatThrownBy(() -> DictdDictionary.read(Path.of(base + ".index"), dz))
        .isInstanceOf(DictionaryFileException.class)
        .hasMessageStartingWith(dz + ": not a readable dictd file");
  }

  @Test
  void missingFilesAreNamed() throws Exception {
    assertThatThrownBy(() -> DictdDictionary.files(dir.resolve("absent")))
        .isInstanceOf(DictionaryFileException.class)
        .hasMessage(dir.resolve("absent.index") + ": dictd file not found");
    Files.writeString(dir.resolve("half.index"), "");
    assertThatThrownBy(() -> DictdDictionary.files(dir.resolve("half")))
        .hasMessage(dir.resolve("half.dict.dz") + ": dictd file not found");
  }
}
