package org.traduire.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.traduire.document.AlignedBlock;
import org.traduire.document.BilingualDocument;
import org.traduire.document.Block;
import org.traduire.document.InputFormat;
import org.traduire.document.Status;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class XliffRendererTest {
  private static final String CORE = "urn:oasis:names:tc:xliff:document:2.0";

  @TempDir Path dir;

  private static String render(BilingualDocument document) {
    return Golden.render(new XliffRenderer(), document);
  }

  private static BilingualDocument nasty(String french, String english) {
    return Samples.document(
        "a \"b\" & <c>.txt",
        InputFormat.TEXT,
        List.of(Samples.para("", french + "\n", english)),
        List.of(0.9));
  }

  @Test
  void rootDeclaresTheCoreNamespaceVersionAndLanguages() throws IOException {
    Document xml = XmlCheck.parse(render(Samples.markdown()));

    Element root = xml.getDocumentElement();
    assertThat(root.getNamespaceURI()).isEqualTo(CORE);
    assertThat(root.getLocalName()).isEqualTo("xliff");
    assertThat(root.getAttribute("version")).isEqualTo("2.1");
    assertThat(root.getAttribute("srcLang")).isEqualTo("fr");
    assertThat(root.getAttribute("trgLang")).isEqualTo("en");
    Element file = XmlCheck.elements(xml, "file").get(0);
    assertThat(file.getAttribute("id")).isEqualTo("f1");
    assertThat(file.getAttribute("original")).isEqualTo("guide.md");
  }

  @Test
  void oneUnitPerTranslatedOrFailedSegmentNumberedInOrder() throws IOException {
    for (BilingualDocument doc : List.of(Samples.article(), Samples.markdown(), Samples.lines())) {
      Document xml = XmlCheck.parse(render(doc));

      List<Element> units = XmlCheck.elements(xml, "unit");
      List<AlignedBlock> segments = doc.blocks().stream()
          .filter(b -> b.source().translatable() && b.status() != Status.KEPT)
          .toList();
      assertThat(units).as(doc.name()).hasSize(segments.size());
      for (int i = 0; i < units.size(); i++) {
        assertThat(units.get(i).getAttribute("id")).isEqualTo("u" + (i + 1));
        assertThat(XmlCheck.child(units.get(i), "source")).isEqualTo(segments.get(i).source().text());
      }
    }
  }

  @Test
  void translatedSegmentsHaveStateTranslatedAndATarget() throws IOException {
    Document xml = XmlCheck.parse(render(Samples.markdown()));

    Element first = XmlCheck.elements(xml, "segment").get(0);
    assertThat(first.getAttribute("state")).isEqualTo("translated");
    assertThat(XmlCheck.child(first, "source")).isEqualTo("Guide d’installation");
    assertThat(XmlCheck.child(first, "target")).isEqualTo("Installation guide");
  }

  @Test
  void failedSegmentHasStateInitialNoTargetAndTheReasonInANote() throws IOException {
    Document xml = XmlCheck.parse(render(Samples.markdown()));

    Element unit = XmlCheck.elements(xml, "unit").get(5);
    Element segment = (Element) unit.getElementsByTagNameNS(CORE, "segment").item(0);
    assertThat(segment.getAttribute("state")).isEqualTo("initial");
    assertThat(XmlCheck.child(segment, "source")).isEqualTo("Lancer l’installateur.");
    assertThat(XmlCheck.child(segment, "target")).isNull();
    assertThat(XmlCheck.child(unit, "note")).isEqualTo("timeout after 30 s");
  }

  @Test
  void blocksAlreadyInEnglishAndCodeAreNotUnits() throws IOException {
    String out = render(Samples.article());

    assertThat(out).doesNotContain("Source: CNBC");
    assertThat(render(Samples.markdown())).doesNotContain("jq .summary").doesNotContain("---");
  }

  @Test
  void textAndAttributesRoundTripExactlyThroughAnXmlParser() throws IOException {
    String french = "Il a dit « salut » & <b>bonjour</b> — l’été 🌞 \"x\" 'y' ]]> fin";
    String english = "He said \"hi\" </script><script>alert('x')</script> & ]]> 🌞 été\nnext line\n";

    Document xml = XmlCheck.parse(render(nasty(french, english)));

    assertThat(XmlCheck.child(xml.getDocumentElement(), "source")).isEqualTo(french);
    assertThat(XmlCheck.child(xml.getDocumentElement(), "target")).isEqualTo(english);
    assertThat(XmlCheck.elements(xml, "file").get(0).getAttribute("original"))
        .isEqualTo("a \"b\" & <c>.txt");
  }

  @Test
  void charactersIllegalInXmlBecomeReplacementCharacters() throws IOException {
    Document xml = XmlCheck.parse(render(nasty("a\u0000b\u0003c", "d\u001Fe\uFFFF")));

    assertThat(XmlCheck.child(xml.getDocumentElement(), "source")).isEqualTo("a\uFFFDb\uFFFDc");
    assertThat(XmlCheck.child(xml.getDocumentElement(), "target")).isEqualTo("d\uFFFDe\uFFFD");
  }

  @Test
  void xmllintFindsTheOutputWellFormed() throws Exception {
    BilingualDocument failedOnly =
        Samples.document(
            "f.txt",
            InputFormat.TEXT,
            List.of(Samples.failed(new Block.Paragraph("Échec.\n", "Échec."), "deepl", "")),
            List.of(0.9));
    for (BilingualDocument doc :
        List.of(Samples.article(), Samples.markdown(), Samples.lines(), failedOnly,
            nasty("« <script> » & 'é' 🌞", "\"<script>\" & 'é' 🌞\u0007"))) {
      XmlCheck.xmllint(render(doc), dir);
    }
  }
}
