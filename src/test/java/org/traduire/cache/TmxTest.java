package org.traduire.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TmxTest {
  private static final long NOW = 1_738_056_605L; // 2025-01-28T09:30:05Z

  @TempDir Path dir;

  private static String tmx(String units) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">\n"
        + "<tmx version=\"1.4\">\n"
        + "<header creationtool=\"OmegaT\" creationtoolversion=\"6\" datatype=\"plaintext\" segtype=\"sentence\""
        + " adminlang=\"en-US\" srclang=\"fr-FR\" o-tmf=\"OmegaT\"/>\n"
        + "<body>\n" + units + "</body>\n</tmx>\n";
  }

  private List<Entry> importAndList(String xml) throws Exception {
    Path file = dir.resolve("in.tmx");
    Files.writeString(file, xml, StandardCharsets.UTF_8);
    try (TranslationMemory memory = TranslationMemory.open(dir.resolve("m.sqlite"))) {
      TmxReader.importInto(memory, file, NOW);
      List<Entry> entries = new ArrayList<>();
      memory.forEach(entries::add);
      return entries;
    }
  }

  @Test
  void languageVariantsOfOtherToolsAreRecognised() throws Exception {
    List<Entry> entries = importAndList(tmx(
        "<tu><tuv xml:lang=\"fr-FR\"><seg>Un.</seg></tuv><tuv xml:lang=\"en-US\"><seg>One.</seg></tuv></tu>\n"
            + "<tu><tuv lang=\"FR\"><seg>Deux.</seg></tuv><tuv lang=\"EN-GB\"><seg>Two.</seg></tuv></tu>\n"
            + "<tu><tuv xml:lang=\"en\"><seg>Three.</seg></tuv><tuv xml:lang=\"fr_CA\"><seg>Trois.</seg></tuv></tu>\n"));

    assertThat(entries).extracting(Entry::key, Entry::source, Entry::target).containsExactly(
        org.assertj.core.groups.Tuple.tuple("tmx", "Deux.", "Two."),
        org.assertj.core.groups.Tuple.tuple("tmx", "Trois.", "Three."),
        org.assertj.core.groups.Tuple.tuple("tmx", "Un.", "One."));
  }

  @Test
  void inlineCodesAreDroppedAndTheirTextKept() throws Exception {
    List<Entry> entries = importAndList(tmx(
        "<tu><tuv xml:lang=\"fr\"><seg>Le <bpt i=\"1\">&lt;b&gt;</bpt>chat<ept i=\"1\">&lt;/b&gt;</ept> dort"
            + "<ph x=\"2\">&lt;br/&gt;</ph>.</seg></tuv>"
            + "<tuv xml:lang=\"en\"><prop type=\"x\">ignored</prop><seg>The <hi type=\"b\">cat</hi> <![CDATA[sleeps]]>"
            + "<it pos=\"begin\">&lt;i&gt;<sub>note</sub></it>.</seg></tuv></tu>\n"));

    assertThat(entries).singleElement().satisfies(e -> {
      assertThat(e.source()).isEqualTo("Le chat dort.");
      assertThat(e.target()).isEqualTo("The cat sleeps.");
    });
  }

  @Test
  void unitsWithoutBothLanguagesAreSkippedAndCounted() throws Exception {
    Path file = dir.resolve("in.tmx");
    Files.writeString(file, tmx(
        "<tu><tuv xml:lang=\"fr\"><seg>Seul.</seg></tuv></tu>\n"
            + "<tu><tuv xml:lang=\"fr\"><seg>Un.</seg></tuv><tuv xml:lang=\"de\"><seg>Eins.</seg></tuv></tu>\n"
            + "<tu><tuv xml:lang=\"fr\"><seg>  </seg></tuv><tuv xml:lang=\"en\"><seg>Blank.</seg></tuv></tu>\n"
            + "<tu><tuv xml:lang=\"fr\"><seg>Vide.</seg></tuv><tuv xml:lang=\"en\"><seg/></tuv></tu>\n"
            + "<tu><tuv xml:lang=\"fr\"><seg>Bon.</seg></tuv><tuv xml:lang=\"en\"><seg>Good.</seg></tuv></tu>\n"));
    try (TranslationMemory memory = TranslationMemory.open(dir.resolve("m.sqlite"))) {
      assertThat(TmxReader.importInto(memory, file, NOW)).isEqualTo(new TmxReader.Imported(1, 4));
    }
  }

  @Test
  void malformedXmlNamesTheFileAndTheLine() throws Exception {
    Path file = dir.resolve("bad.tmx");
    Files.writeString(file, tmx("<tu><tuv xml:lang=\"fr\"><seg>Un.</seg></tuv>\n<tuv xml:lang=\"en\"><seg>One.</seg></tu>\n"));

    try (TranslationMemory memory = TranslationMemory.open(dir.resolve("m.sqlite"))) {
      assertThatThrownBy(() -> TmxReader.importInto(memory, file, NOW))
          .isInstanceOf(TmxException.class)
          .hasMessageStartingWith(file + ":7: malformed TMX: ")
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("ParseError"));
    }
  }

  @Test
  void anotherXmlFileIsNotTmx() throws Exception {
    Path file = dir.resolve("a.xliff");
    Files.writeString(file, "<?xml version=\"1.0\"?>\n<xliff version=\"1.2\"/>\n");

    try (TranslationMemory memory = TranslationMemory.open(dir.resolve("m.sqlite"))) {
      assertThatThrownBy(() -> TmxReader.importInto(memory, file, NOW))
          .hasMessage(file + ":2: not a TMX file (the root element is <xliff>, not <tmx>)");
    }
  }

  @Test
  void externalEntitiesAreNeverRead() throws Exception {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "SECRET");
    String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE tmx [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n"
        + "<tmx version=\"1.4\"><body><tu><tuv xml:lang=\"fr\"><seg>Un &x;</seg></tuv>"
        + "<tuv xml:lang=\"en\"><seg>One</seg></tuv></tu></body></tmx>\n";
    Path file = dir.resolve("xxe.tmx");
    Files.writeString(file, xml);

    try (TranslationMemory memory = TranslationMemory.open(dir.resolve("m.sqlite"))) {
      try {
        TmxReader.importInto(memory, file, NOW);
      } catch (TmxException refused) {
        // refusing the file is as good as ignoring the entity
      }
      List<Entry> entries = new ArrayList<>();
      memory.forEach(entries::add);
      assertThat(entries).noneMatch(e -> e.source().contains("SECRET"));
    }
  }

  @Test
  void exportThenImportGivesBackTheSameEntries() throws Exception {
    List<Entry> original = List.of(
        new Entry("deepl:EN-US", "Le « chat » & le <chien>.", "The \"cat\" & the <dog>.\r\nSecond line\tend", 1_700_000_000L, 1_700_000_100L),
        new Entry("tmx", "Émoji 🐱 et 深度求索.", "Emoji 🐱 and 深度求索.", 1_600_000_000L, 1_600_000_000L));
    StringWriter tmx = new StringWriter();
    try (TranslationMemory memory = TranslationMemory.open(dir.resolve("a.sqlite"))) {
      memory.put(original);
      assertThat(TmxWriter.write(memory, tmx, "test", NOW)).isEqualTo(2);
    }
    assertThat(tmx.toString())
        .contains("<header creationtool=\"traduire\" creationtoolversion=\"test\"")
        .contains("srclang=\"fr\"", "creationdate=\"20250128T093005Z\"")
        .contains("<prop type=\"x-traduire-backend\">deepl:EN-US</prop>", "<tuv xml:lang=\"fr\">", "<tuv xml:lang=\"en\">");

    List<Entry> back = importAndList(tmx.toString());

    assertThat(back).containsExactlyElementsOf(original);
  }
}
