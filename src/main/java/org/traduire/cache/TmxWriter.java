package org.traduire.cache;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.traduire.render.Xml;

/**
 * The whole memory as TMX 1.4b, in the shape of {@code traduire -f tmx}: a header naming traduire
 * (source language fr), then one {@code <tu>} per entry, by key then source, dated by when the
 * entry was stored and last used, with a {@code x-traduire-backend} property holding its key and a
 * French and an English variant. {@link TmxReader} reads it back into the same entries.
 */
public final class TmxWriter {
  /** The property that holds an entry's memory key. */
  public static final String BACKEND_PROP = "x-traduire-backend";

  static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private TmxWriter() {}

  /**
   * Writes every entry of {@code memory} to {@code out}, naming traduire {@code version} and dated
   * {@code now} (seconds since 1970).
   *
   * @return how many units were written
   */
  public static long write(TranslationMemory memory, Writer out, String version, long now) throws MemoryException, IOException {
    out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.write("<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">\n");
    out.write("<tmx version=\"1.4\">\n");
    out.write("  <header creationtool=\"traduire\" creationtoolversion=\"" + Xml.attribute(version)
        + "\" datatype=\"plaintext\" segtype=\"paragraph\" adminlang=\"en\" srclang=\"fr\""
        + " o-tmf=\"traduire\" creationdate=\"" + date(now) + "\"/>\n");
    out.write("  <body>\n");
    long[] units = {0};
    memory.forEach(entry -> {
      out.write("    <tu creationdate=\"" + date(entry.created()) + "\" lastusagedate=\"" + date(entry.used()) + "\">\n");
      out.write("      <prop type=\"" + BACKEND_PROP + "\">" + Xml.text(entry.key()) + "</prop>\n");
      out.write("      <tuv xml:lang=\"fr\"><seg>" + Xml.text(entry.source()) + "</seg></tuv>\n");
      out.write("      <tuv xml:lang=\"en\"><seg>" + Xml.text(entry.target()) + "</seg></tuv>\n");
      out.write("    </tu>\n");
      units[0]++;
    });
    out.write("  </body>\n");
    out.write("</tmx>\n");
    out.flush();
    return units[0];
  }

  private static String date(long seconds) {
    return DATE.format(Instant.ofEpochSecond(seconds));
  }
}
