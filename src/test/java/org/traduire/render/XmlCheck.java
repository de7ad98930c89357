package org.traduire.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.junit.jupiter.api.Assumptions;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** Parses rendered XML back with the JDK's DOM parser, and runs {@code xmllint} on it when present. */
final class XmlCheck {
  private XmlCheck() {}

  /** {@code xml} parsed, namespace-aware, without fetching any DTD; fails if not well-formed. */
  static Document parse(String xml) throws IOException {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(null);
      return builder.parse(new InputSource(new StringReader(xml)));
    } catch (ParserConfigurationException | SAXException e) {
      throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + xml, e);
    }
  }

  /** The elements named {@code name} (local name, any namespace), in document order. */
  static List<Element> elements(Document document, String name) {
    NodeList nodes = document.getElementsByTagNameNS("*", name);
    List<Element> list = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      list.add((Element) nodes.item(i));
    }
    return list;
  }

  /** The text of the first child element of {@code parent} named {@code name}, or null. */
  static String child(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    NodeList nodes = parent.getElementsByTagNameNS("*", name);
    for (int i = 0; i < nodes.getLength(); i++) {
      found.add((Element) nodes.item(i));
    }
    return found.isEmpty() ? null : found.get(0).getTextContent();
  }

  /**
   * Runs {@code xmllint --noout} and the given options on {@code xml} and asserts it reports
   * nothing; skips the calling test when {@code xmllint} is not installed (Debian: libxml2-utils).
   */
  static void xmllint(String xml, Path dir, String... options) throws IOException, InterruptedException {
    Assumptions.assumeTrue(onPath("xmllint"), "xmllint is not installed (libxml2-utils)");
    Path file = dir.resolve("out.xml");
    Files.writeString(file, xml, StandardCharsets.UTF_8);
    List<String> command = new ArrayList<>(List.of("xmllint", "--noout", "--nonet"));
    command.addAll(List.of(options));
    command.add(file.toString());
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String report = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("xmllint finished").isTrue();
    assertThat(report).as("xmllint's report").isEmpty();
    assertThat(process.exitValue()).as("xmllint's exit code").isZero();
  }

  private static boolean onPath(String program) {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String dir : path.split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, program))) {
        return true;
      }
    }
    return false;
  }
}
