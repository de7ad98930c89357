package org.traduire.render;

import java.io.IOException;
import java.io.Writer;
import org.traduire.document.AlignedBlock;
import org.traduire.document.BilingualDocument;
import org.traduire.document.Status;

/**
 * An XLIFF 2.1 document (core namespace {@code urn:oasis:names:tc:xliff:document:2.0}), French to
 * English: one {@code <file>} named after the input, holding one {@code <unit>} per translatable
 * block that was translated or failed, numbered {@code u1}, {@code u2}, … in document order, each
 * with one {@code <segment>}.
 *
 * <ul>
 *   <li>A translated block: {@code state="translated"}, the French text (without its markup lead)
 *       as {@code <source>} and the English as {@code <target>}.
 *   <li>A failed block: {@code state="initial"}, the {@code <source>} only. XLIFF 2 makes the
 *       target optional and {@code initial} means no translation yet, so the French is not passed
 *       off as a translation; the reason is a {@code <note category="failure">}, so a translator
 *       or a later run can pick it up.
 *   <li>Blocks kept because they are already English, code and verbatim text are not units: there
 *       is nothing to translate in them.
 * </ul>
 *
 * <p>The file sets {@code xml:space="preserve"} so line ends inside a translation survive. Text is
 * escaped as in {@link Xml}.
 */
final class XliffRenderer implements Renderer {
  @Override
  public void render(BilingualDocument document, Writer out) throws IOException {
    out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.write("<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.1\""
        + " srcLang=\"fr\" trgLang=\"en\">\n");
    out.write("  <file id=\"f1\" original=\"" + Xml.attribute(document.name())
        + "\" xml:space=\"preserve\">\n");
    int id = 0;
    for (AlignedBlock block : document.blocks()) {
      if (!isUnit(block)) {
        continue;
      }
      out.write("    <unit id=\"u" + ++id + "\">\n");
      boolean failed = block.status() == Status.FAILED;
      if (failed && !block.note().isBlank()) {
        out.write("      <notes><note category=\"failure\">" + Xml.text(block.note())
            + "</note></notes>\n");
      }
      out.write("      <segment state=\"" + (failed ? "initial" : "translated") + "\">\n");
      out.write("        <source>" + Xml.text(block.source().text()) + "</source>\n");
      if (!failed) {
        out.write("        <target>" + Xml.text(block.translation()) + "</target>\n");
      }
      out.write("      </segment>\n");
      out.write("    </unit>\n");
    }
    out.write("  </file>\n");
    out.write("</xliff>\n");
  }

  /** True for the blocks that become units: translatable, and translated or failed. */
  static boolean isUnit(AlignedBlock block) {
    return block.source().translatable() && block.status() != Status.KEPT;
  }
}
