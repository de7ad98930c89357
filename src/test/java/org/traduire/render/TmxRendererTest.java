package org.traduire.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.traduire.document.BilingualDocument;
import org.traduire.document.InputFormat;
import org.traduire.document.Status;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class TmxRendererTest {
  /** A fixed moment, given in Paris time to show the header is written in UTC. */
  static final Clock CLOCK =
      Clock.fixed(Instant.parse("2025-01-28T09:30:05Z"), ZoneId.of("Europe/Paris"));

  /**
   * The structure of TMX 1.4b ({@code tmx14.dtd}) for the elements traduire writes: element
   * content models and required attributes, so {@code xmllint --dtdvalid} checks the output against
   * the standard's rules.
   */
  private static final String DTD =
      String.join(
          "\n",
          "<!ENTITY % segtypes \"block|paragraph|sentence|phrase\">",
          "<!ELEMENT tmx (header, body)>",
          "<!ATTLIST tmx version CDATA #FIXED \"1.4\">",
          "<!ELEMENT header (note|prop|ude)*>",
          "<!ATTLIST header creationtool CDATA #REQUIRED creationtoolversion CDATA #REQUIRED",
          "  segtype (%segtypes;) #REQUIRED o-tmf CDATA #REQUIRED adminlang CDATA #REQUIRED",
          "  srclang CDATA #REQUIRED datatype CDATA #REQUIRED creationdate CDATA #IMPLIED>",
          "<!ELEMENT body (tu*)>",
          "<!ELEMENT note (#PCDATA)>",
          "<!ELEMENT ude ANY>",
          "<!ELEMENT prop (#PCDATA)>",
          "<!ATTLIST prop type CDATA #REQUIRED>",
          "<!ELEMENT tu ((note|prop)*, tuv+)>",
          "<!ELEMENT tuv ((note|prop)*, seg)>",
          "<!ATTLIST tuv xml:lang CDATA #REQUIRED>",
          "<!ELEMENT seg (#PCDATA)>",
          "");

  @TempDir Path dir;

  private static String render(BilingualDocument document) {
    return Golden.render(new TmxRenderer(CLOCK, "test"), document);
  }

  private static BilingualDocument nasty(String french, String english) {
    return Samples.document(
        "x", InputFormat.TEXT, List.of(Samples.para("", french + "\n", english)), List.of(0.9));
  }

  @Test
  void oneUnitPerTranslatedSegmentWithFrenchThenEnglish() throws IOException {
    for (BilingualDocument doc : List.of(Samples.article(), Samples.markdown(), Samples.lines())) {
      Document xml = XmlCheck.parse(render(doc));

      List<Element> units = XmlCheck.elements(xml, "tu");
      long translated = doc.blocks().stream()
          .filter(b -> b.status() == Status.TRANSLATED && b.source().translatable())
          .count();
      assertThat(units).as(doc.name()).hasSize((int) translated);
      for (Element unit : units) {
        List<Element> variants = List.of(
            (Element) unit.getElementsByTagName("tuv").item(0),
            (Element) unit.getElementsByTagName("tuv").item(1));
        assertThat(variants.get(0).getAttribute("xml:lang")).isEqualTo("fr");
        assertThat(variants.get(1).getAttribute("xml:lang")).isEqualTo("en");
      }
    }
  }

  @Test
  void failedKeptAndCodeBlocksAreNotUnits() throws IOException {
    Document xml = XmlCheck.parse(render(Samples.markdown()));

    String all = xml.getDocumentElement().getTextContent();
    assertThat(all).doesNotContain("Lancer l’installateur").doesNotContain("jq .summary");
    assertThat(XmlCheck.elements(xml, "tu")).hasSize(7);
  }

  @Test
  void segmentsRoundTripExactlyThroughAnXmlParser() throws IOException {
    String french = "Il a dit « salut » & <b>bonjour</b> — l’été 🌞 \"x\" 'y' ]]> fin";
    String english = "He said \"hi\" </script><script>alert('x')</script> & ]]> 🌞 été\nnext line\n";

    Document xml = XmlCheck.parse(render(nasty(french, english)));

    List<Element> segs = XmlCheck.elements(xml, "seg");
    assertThat(segs).hasSize(2);
    assertThat(segs.get(0).getTextContent()).isEqualTo(french);
    assertThat(segs.get(1).getTextContent()).isEqualTo(english);
  }

  @Test
  void charactersIllegalInXmlBecomeReplacementCharacters() throws IOException {
    String out = render(nasty("a\u0000b\u0008c\u000Bd\uFFFEe", "ok\ttab\u0001"));

    Document xml = XmlCheck.parse(out);

    List<Element> segs = XmlCheck.elements(xml, "seg");
    assertThat(segs.get(0).getTextContent()).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe");
    assertThat(segs.get(1).getTextContent()).isEqualTo("ok\ttab\uFFFD");
  }

  @Test
  void headerNamesTheToolTheSourceLanguageAndTheCreationDateInUtc() throws IOException {
    Document xml = XmlCheck.parse(render(Samples.article()));

    Element root = xml.getDocumentElement();
    assertThat(root.getTagName()).isEqualTo("tmx");
    assertThat(root.getAttribute("version")).isEqualTo("1.4");
    Element header = XmlCheck.elements(xml, "header").get(0);
    assertThat(header.getAttribute("creationtool")).isEqualTo("traduire");
    assertThat(header.getAttribute("creationtoolversion")).isEqualTo("test");
    assertThat(header.getAttribute("srclang")).isEqualTo("fr");
    assertThat(header.getAttribute("creationdate")).isEqualTo("20250128T093005Z");
    assertThat(xml.getDoctype().getSystemId()).isEqualTo("tmx14.dtd");
  }

  @Test
  void headingsAreMarkedWithAKindProperty() throws IOException {
    Document xml = XmlCheck.parse(render(Samples.article()));

    Element first = XmlCheck.elements(xml, "tu").get(0);
    Element prop = (Element) first.getElementsByTagName("prop").item(0);
    assertThat(prop.getAttribute("type")).isEqualTo("x-kind");
    assertThat(prop.getTextContent()).isEqualTo("heading");
  }

  @Test
  void xmllintFindsTheOutputWellFormedAndValidAgainstTheTmxStructure() throws Exception {
    Path dtd = dir.resolve("tmx14.dtd");
    Files.writeString(dtd, DTD, StandardCharsets.UTF_8);
    for (BilingualDocument doc :
        List.of(Samples.article(), Samples.markdown(), Samples.lines(),
            nasty("« <script> » & 'é' 🌞", "\"<script>\" & 'é' 🌞\u0007"))) {
      String out = render(doc);
      XmlCheck.xmllint(out, dir);
      XmlCheck.xmllint(out, dir, "--dtdvalid", dtd.toString());
    }
  }

  @Test
  void theDefaultRendererDatesItsOutputOnceForEveryRender() {
    Renderer renderer = Renderers.of(OutputFormat.TMX, new RenderOptions(RenderOptions.DEFAULT_WIDTH));

    String first = Golden.render(renderer, Samples.lines());

    assertThat(first).containsPattern("creationdate=\"\\d{8}T\\d{6}Z\"");
    assertThat(Golden.render(renderer, Samples.lines())).isEqualTo(first);
  }
}
