package org.traduire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.traduire.cache.Entry;
import org.traduire.cache.TranslationMemory;
import org.w3c.dom.Document;

class CacheCommandTest {
  /** tmx14.dtd's rules for what {@code cache export} writes, tu dates included, for {@code xmllint --dtdvalid}. */
  private static final String DTD = String.join("\n",
      "<!ELEMENT tmx (header, body)>",
      "<!ATTLIST tmx version CDATA #FIXED \"1.4\">",
      "<!ELEMENT header (note|prop|ude)*>",
      "<!ATTLIST header creationtool CDATA #REQUIRED creationtoolversion CDATA #REQUIRED",
      "  segtype (block|paragraph|sentence|phrase) #REQUIRED o-tmf CDATA #REQUIRED adminlang CDATA #REQUIRED",
      "  srclang CDATA #REQUIRED datatype CDATA #REQUIRED creationdate CDATA #IMPLIED>",
      "<!ELEMENT body (tu*)>",
      "<!ELEMENT note (#PCDATA)>",
      "<!ELEMENT ude ANY>",
      "<!ELEMENT prop (#PCDATA)>",
      "<!ATTLIST prop type CDATA #REQUIRED>",
      "<!ELEMENT tu ((note|prop)*, tuv+)>",
      "<!ATTLIST tu creationdate CDATA #IMPLIED lastusagedate CDATA #IMPLIED>",
      "<!ELEMENT tuv ((note|prop)*, seg)>",
      "<!ATTLIST tuv xml:lang CDATA #REQUIRED>",
      "<!ELEMENT seg (#PCDATA)>",
      "");

  @TempDir Path dir;

  private Cli.Result cache(String... args) {
    List<String> all = new ArrayList<>(List.of("cache"));
    all.addAll(List.of(args));
    return Cli.run(new byte[0], Map.of("XDG_CONFIG_HOME", "/nonexistent", "XDG_CACHE_HOME", dir.resolve("xdg").toString()),
        all.toArray(String[]::new));
  }

  private Path memoryWith(String name, Entry... entries) throws Exception {
    Path file = dir.resolve(name);
    try (TranslationMemory memory = TranslationMemory.open(file)) {
      memory.put(List.of(entries));
    }
    return file;
  }

  private static List<Entry> entries(Path file) throws Exception {
    List<Entry> all = new ArrayList<>();
    try (TranslationMemory memory = TranslationMemory.open(file)) {
      memory.forEach(all::add);
    }
    return all;
  }

  @Test
  void statsShowTheFileEntriesSizeAndEntriesPerBackend() throws Exception {
    Path file = memoryWith("m.sqlite",
        new Entry("deepl:EN-US", "Un.", "One.", 1, 1),
        new Entry("deepl:EN-US", "Deux.", "Two.", 1, 1),
        new Entry("tmx", "Trois.", "Three.", 1, 1));

    Cli.Result r = cache("stats", "--cache", file.toString());

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("file     " + file + "\n", "entries  3\n", "size     ", "  deepl:EN-US  2\n", "  tmx          1\n");
  }

  @Test
  void theDefaultMemoryLivesUnderXdgCacheHome() {
    Cli.Result r = cache("stats");

    Path expected = dir.resolve("xdg/traduire/memory.sqlite");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("file     " + expected + "\n").contains("entries  0\n");
    assertThat(expected).exists();
  }

  @Test
  void clearAsksNothingAndSaysWhatItRemoved() throws Exception {
    Path file = memoryWith("m.sqlite",
        new Entry("deepl:EN-US", "Un.", "One.", 1, 1),
        new Entry("tmx", "Deux.", "Two.", 1, 1),
        new Entry("tmx", "Trois.", "Three.", 1, 1));

    Cli.Result tmx = cache("clear", "--backend", "tmx", "--cache", file.toString());
    Cli.Result all = cache("clear", "--cache", file.toString());

    assertThat(tmx.out()).isEqualTo("removed 2 entries from " + file + " (tmx 2)\n");
    assertThat(all.out()).isEqualTo("removed 1 entry from " + file + " (deepl:EN-US 1)\n");
    assertThat(entries(file)).isEmpty();
  }

  @Test
  void exportThenImportIntoAFreshCacheGivesTheSameEntries() throws Exception {
    Path file = memoryWith("a.sqlite",
        new Entry("deepl:EN-US", "Le « chat » & le <chien>.", "The “cat” & the <dog>.", 1_700_000_000L, 1_700_000_500L),
        new Entry("openai:m@127.0.0.1:11434", "Ligne\u00a0un.", "Line one.\nLine two.", 1_700_000_001L, 1_700_000_001L),
        new Entry("tmx", "Bonjour.", "Good morning.", 1_600_000_000L, 1_650_000_000L));
    Path tmx = dir.resolve("out.tmx");
    Path fresh = dir.resolve("b.sqlite");

    Cli.Result exported = cache("export", "--cache", file.toString(), tmx.toString());
    Cli.Result imported = cache("import", "--cache", fresh.toString(), tmx.toString());

    assertThat(exported.exit()).as(exported.err()).isZero();
    assertThat(exported.out()).isEqualTo("exported 3 entries to " + tmx + "\n");
    assertThat(imported.exit()).as(imported.err()).isZero();
    assertThat(imported.out()).isEqualTo(tmx + ": imported 3 units, skipped 0\n");
    assertThat(entries(fresh)).containsExactlyElementsOf(entries(file));
    assertThat(dir).isDirectoryNotContaining("glob:**/.out.tmx*");
  }

  @Test
  void theExportIsTmx14() throws Exception {
    Path file = memoryWith("m.sqlite", new Entry("deepl:EN-US", "Un & deux.", "One & two.", 1, 1));

    Cli.Result r = cache("export", "--cache", file.toString(), "-");

    assertThat(r.exit()).as(r.err()).isZero();
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    Document xml = factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(r.out().getBytes(StandardCharsets.UTF_8)));
    assertThat(xml.getDocumentElement().getAttribute("version")).isEqualTo("1.4");
    assertThat(xml.getElementsByTagName("tu").getLength()).isEqualTo(1);
    assertThat(xml.getElementsByTagName("seg").item(0).getTextContent()).isEqualTo("Un & deux.");

    Assumptions.assumeTrue(onPath("xmllint"), "xmllint is not installed (libxml2-utils)");
    Path out = dir.resolve("out.tmx");
    Files.writeString(out, r.out());
    Path dtd = dir.resolve("tmx14.dtd");
    Files.writeString(dtd, DTD);
    Process p = new ProcessBuilder("xmllint", "--noout", "--nonet", "--dtdvalid", dtd.toString(), out.toString())
        .redirectErrorStream(true).start();
    String report = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(report).isEmpty();
    assertThat(p.exitValue()).isZero();
  }

  @Test
  void aTranslatorsTmxIsImportedUnderTmxWithWhatWasSkipped() throws Exception {
    Path in = dir.resolve("translator.tmx");
    Files.writeString(in, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\"><header srclang=\"fr-FR\"/><body>\n"
        + "<tu><tuv xml:lang=\"fr-FR\"><seg>Le chat.</seg></tuv><tuv xml:lang=\"en-GB\"><seg>The cat.</seg></tuv></tu>\n"
        + "<tu><tuv xml:lang=\"fr-FR\"><seg>Sans anglais.</seg></tuv></tu>\n"
        + "</body></tmx>\n");
    Path file = dir.resolve("m.sqlite");

    Cli.Result r = cache("import", "--cache", file.toString(), in.toString());

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo(in + ": imported 1 unit, skipped 1 (no French or no English variant)\n");
    assertThat(entries(file)).extracting(Entry::key, Entry::source, Entry::target)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("tmx", "Le chat.", "The cat."));
  }

  @Test
  void malformedTmxExitsTwoNamingTheFileAndTheLine() throws Exception {
    Path in = dir.resolve("bad.tmx");
    Files.writeString(in, "<tmx version=\"1.4\">\n<body>\n<tu><tuv xml:lang=\"fr\"><seg>Un</tuv></tu>\n</body></tmx>\n");

    Cli.Result r = cache("import", "--cache", dir.resolve("m.sqlite").toString(), in.toString());

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).startsWith("traduire: " + in + ":3: malformed TMX: ").endsWith("\n");
    assertThat(r.err().lines()).hasSize(1);
  }

  @Test
  void aCacheFileThatIsNotADatabaseExitsTwoNamingIt() throws Exception {
    Path notes = dir.resolve("notes.txt");
    Files.writeString(notes, "pas une base\n");

    Cli.Result r = cache("stats", "--cache", notes.toString());

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("traduire: " + notes + ": is not a translation memory (not an SQLite database);"
        + " give another --cache file or move it away\n");
  }

  @Test
  void exportingWhereNothingCanBeWrittenExitsTwoNamingTheTarget() throws Exception {
    Path target = dir.resolve("no/such/folder/out.tmx");

    Cli.Result r = cache("export", "--cache", dir.resolve("m.sqlite").toString(), target.toString());

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).startsWith("traduire: " + target + ": cannot write there");
  }

  @Test
  void missingTmxExitsTwo() {
    Path in = dir.resolve("none.tmx");

    Cli.Result r = cache("import", "--cache", dir.resolve("m.sqlite").toString(), in.toString());

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("traduire: " + in + ": no such file\n");
  }

  @Test
  void cacheAloneAsksForASubcommandAndEachHelpHasExamples() {
    Cli.Result alone = cache();
    assertThat(alone.exit()).isEqualTo(2);
    assertThat(alone.err()).contains("stats, clear, export or import");

    for (String sub : List.of("stats", "clear", "export", "import")) {
      Cli.Result help = cache(sub, "--help");
      assertThat(help.exit()).isZero();
      assertThat(help.out()).as(sub).contains("--cache=FILE", "Examples:", "traduire cache " + sub);
    }
    assertThat(cache("--help").out()).contains("stats", "clear", "export", "import", "tmx");
    assertThat(Cli.run("", "--help").out()).contains("cache");
  }

  private static boolean onPath(String program) {
    for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(d, program))) {
        return true;
      }
    }
    return false;
  }
}
