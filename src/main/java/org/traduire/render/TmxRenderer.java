package org.traduire.render;

import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import org.traduire.document.AlignedBlock;
import org.traduire.document.BilingualDocument;
import org.traduire.document.Status;

/**
 * A TMX 1.4b translation memory, valid against {@code tmx14.dtd}: a header naming traduire, its
 * version and the creation date (UTC, {@code YYYYMMDDThhmmssZ}), then one {@code <tu>} per
 * translated block, in document order. Each unit carries a {@code x-kind} property (heading,
 * paragraph, list_item, quote) and two variants: the French text sent to the backend, without its
 * markup lead, and the English exactly as the backend returned it. Blocks kept as they were (code,
 * verbatim text, text already in English) and blocks that failed are not units, since a memory
 * holds only real translation pairs. Text is escaped as in {@link Xml}.
 */
final class TmxRenderer implements Renderer {
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private final Clock clock;
  private final String version;

  /** A renderer that dates its output by {@code clock} and names traduire {@code version}. */
  TmxRenderer(Clock clock, String version) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.version = Objects.requireNonNull(version, "version");
  }

  @Override
  public void render(BilingualDocument document, Writer out) throws IOException {
    out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.write("<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">\n");
    out.write("<tmx version=\"1.4\">\n");
    out.write("  <header creationtool=\"traduire\" creationtoolversion=\"" + Xml.attribute(version)
        + "\" datatype=\"plaintext\" segtype=\"paragraph\" adminlang=\"en\" srclang=\"fr\""
        + " o-tmf=\"traduire\" creationdate=\"" + DATE.format(clock.instant()) + "\"/>\n");
    out.write("  <body>\n");
    for (AlignedBlock block : document.blocks()) {
      if (!isUnit(block)) {
        continue;
      }
      out.write("    <tu>\n");
      out.write("      <prop type=\"x-kind\">" + block.kind().label() + "</prop>\n");
      variant("fr", block.source().text(), out);
      variant("en", block.translation(), out);
      out.write("    </tu>\n");
    }
    out.write("  </body>\n");
    out.write("</tmx>\n");
  }

  /** True for the blocks that become translation units: translatable and translated. */
  static boolean isUnit(AlignedBlock block) {
    return block.source().translatable() && block.status() == Status.TRANSLATED;
  }

  private static void variant(String language, String text, Writer out) throws IOException {
    out.write("      <tuv xml:lang=\"" + language + "\"><seg>" + Xml.text(text) + "</seg></tuv>\n");
  }
}
