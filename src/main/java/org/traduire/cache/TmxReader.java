package org.traduire.cache;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a TMX file (1.4b, and the 1.1 to 1.3 files older tools write) into the memory, streaming,
 * so a file of any size takes little memory. A unit gives one entry: its French variant ({@code
 * xml:lang} or {@code lang} {@code fr}, {@code fr-FR}, {@code FR}…) as the source and its first
 * English one ({@code en}, {@code en-US}, {@code en-GB}…) as the target. Inline markup in a {@code
 * <seg>} is flattened: the text of {@code <hi>} stays, the native codes inside {@code <bpt>},
 * {@code <ept>}, {@code <ph>}, {@code <it>} and {@code <ut>} go. A unit with a {@code
 * x-traduire-backend} property (one traduire exported) goes back under that key; any other is a
 * translator's choice and goes under {@link TranslationMemory#IMPORTED}, which lookups try first.
 * Units without both languages, or with an empty side, are skipped and counted.
 */
public final class TmxReader {
  private static final Set<String> FRENCH = Set.of("fr", "fra", "fre");
  private static final Set<String> ENGLISH = Set.of("en", "eng");
  private static final Set<String> CODES = Set.of("bpt", "ept", "ph", "it", "ut");
  private static final int BATCH = 1_000;

  /** What an import did: units stored, units skipped (no French or no English). */
  public record Imported(int units, int skipped) {}

  private final Path file;
  private final TranslationMemory memory;
  private final long now;
  private final List<Entry> batch = new ArrayList<>();
  private int units;
  private int skipped;

  private TmxReader(Path file, TranslationMemory memory, long now) {
    this.file = file;
    this.memory = memory;
    this.now = now;
  }

  /**
   * Imports every unit of {@code file} into {@code memory}, {@value #BATCH} units a transaction (so
   * other processes using the memory wait for a moment, never for the whole file). Undated units
   * are dated {@code now} (seconds since 1970).
   *
   * @throws TmxException when the file cannot be read, is not well-formed XML or is not TMX; the
   *     message names the file and the line. Units before that line are already stored.
   */
  public static Imported importInto(TranslationMemory memory, Path file, long now) throws TmxException, MemoryException {
    TmxReader reader = new TmxReader(file, memory, now);
    try (InputStream in = Files.newInputStream(file)) {
      reader.read(in);
    } catch (NoSuchFileException e) {
      throw new TmxException(file + ": no such file", e);
    } catch (IOException e) {
      throw new TmxException(file + ": cannot read it (" + Failure.describe(e) + ")", e);
    }
    reader.flush();
    return new Imported(reader.units, reader.skipped);
  }

  private void read(InputStream in) throws TmxException, MemoryException {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    // Never fetch tmx14.dtd or any entity: a TMX file must not make the tool read other files or the network.
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    XMLStreamReader xml = null;
    try {
      xml = factory.createXMLStreamReader(in);
      while (xml.getEventType() != XMLStreamConstants.START_ELEMENT) {
        if (!xml.hasNext()) {
          throw new TmxException(file + ": not a TMX file (no root element)", null);
        }
        xml.next(); // past the XML declaration, a DOCTYPE, comments
      }
      if (!xml.getLocalName().equals("tmx")) {
        throw new TmxException(file + ":" + xml.getLocation().getLineNumber() + ": not a TMX file (the root element is <"
            + xml.getLocalName() + ">, not <tmx>)", null);
      }
      while (xml.hasNext()) {
        if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("tu")) {
          unit(xml);
        }
      }
    } catch (XMLStreamException e) {
      int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
      throw new TmxException(file + (line > 0 ? ":" + line : "") + ": malformed TMX: " + reason(e), e);
    } finally {
      if (xml != null) {
        try {
          xml.close();
        } catch (XMLStreamException ignored) {
          // the stream itself is closed by the caller
        }
      }
    }
  }

  /** Reads one {@code <tu>} (the reader is on its start tag) and keeps it or counts it skipped. */
  private void unit(XMLStreamReader xml) throws XMLStreamException, MemoryException {
    long created = date(xml.getAttributeValue(null, "creationdate"), now);
    long used = date(xml.getAttributeValue(null, "lastusagedate"), created);
    String key = null;
    String french = null;
    String english = null;
    int depth = 1;
    while (depth > 0) {
      int event = xml.next();
      if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      } else if (event == XMLStreamConstants.START_ELEMENT) {
        String name = xml.getLocalName();
        if (depth == 1 && name.equals("prop") && TmxWriter.BACKEND_PROP.equals(xml.getAttributeValue(null, "type"))) {
          key = xml.getElementText().strip(); // leaves the reader on </prop>
        } else if (depth == 1 && name.equals("tuv")) {
          String language = primary(lang(xml));
          String text = variant(xml); // leaves the reader on </tuv>
          if (french == null && FRENCH.contains(language)) {
            french = text;
          } else if (english == null && ENGLISH.contains(language)) {
            english = text;
          }
        } else {
          depth++;
        }
      }
    }
    if (french == null || english == null || TranslationMemory.normalise(french).isEmpty() || english.isBlank()) {
      skipped++;
      return;
    }
    batch.add(new Entry(key == null || key.isEmpty() ? TranslationMemory.IMPORTED : key, french, english, created, used));
    if (batch.size() >= BATCH) {
      flush();
    }
  }

  /** The text of a {@code <tuv>}'s {@code <seg>}, markup flattened; the reader ends on {@code </tuv>}. */
  private static String variant(XMLStreamReader xml) throws XMLStreamException {
    StringBuilder text = new StringBuilder();
    int depth = 1;
    boolean inSeg = false;
    int inCode = 0;
    while (depth > 0) {
      int event = xml.next();
      switch (event) {
        case XMLStreamConstants.START_ELEMENT -> {
          depth++;
          String name = xml.getLocalName();
          if (depth == 2 && name.equals("seg")) {
            inSeg = true;
          } else if (inSeg && (inCode > 0 || CODES.contains(name))) {
            inCode++;
          }
        }
        case XMLStreamConstants.END_ELEMENT -> {
          depth--;
          if (depth == 1) {
            inSeg = false;
          } else if (inCode > 0) {
            inCode--;
          }
        }
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
          if (inSeg && inCode == 0) {
            text.append(xml.getText());
          }
        }
        default -> {
          // comments and processing instructions carry no text
        }
      }
    }
    return text.toString();
  }

  /** The variant's language: {@code xml:lang} (TMX 1.4) or {@code lang} (TMX 1.1 to 1.3). */
  private static String lang(XMLStreamReader xml) {
    for (int i = 0; i < xml.getAttributeCount(); i++) {
      if (xml.getAttributeLocalName(i).equals("lang")) {
        return xml.getAttributeValue(i);
      }
    }
    return "";
  }

  /** {@code fr} for {@code fr-FR}, {@code FR} or {@code fr_CA}. */
  private static String primary(String language) {
    return language.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
  }

  /** A TMX date ({@code 20250128T093005Z}) in seconds, or {@code otherwise} when absent or unreadable. */
  private static long date(String value, long otherwise) {
    if (value == null || value.isBlank()) {
      return otherwise;
    }
    try {
      return Instant.from(TmxWriter.DATE.parse(value.strip())).getEpochSecond();
    } catch (DateTimeParseException e) {
      return otherwise;
    }
  }

  private void flush() throws MemoryException {
    if (!batch.isEmpty()) {
      units += memory.put(batch);
      batch.clear();
    }
  }

  /** The parser's own words, without its "ParseError at [row,col]" preamble. */
  private static String reason(XMLStreamException e) {
    String m = e.getMessage() == null ? "not well-formed" : e.getMessage();
    int at = m.indexOf("Message: ");
    if (at >= 0) {
      m = m.substring(at + "Message: ".length());
    }
    return m.lines().findFirst().orElse(m).strip();
  }
}
