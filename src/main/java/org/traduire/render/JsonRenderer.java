package org.traduire.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.traduire.document.AlignedBlock;
import org.traduire.document.BilingualDocument;
import org.traduire.document.Block;
import org.traduire.document.Detection;
import org.traduire.document.Section;
import org.traduire.document.Status;

/**
 * The bilingual document as one JSON object, pretty-printed with two-space indents and ending with
 * a line end:
 *
 * <pre>{@code
 * {
 *   "name": "guide.md",
 *   "format": "markdown",
 *   "language": {"code": "fr", "confidence": 0.93},
 *   "summary": {"blocks": 3, "translated": 1, "kept": 1, "failed": 1},
 *   "sections": [
 *     {
 *       "index": 0,
 *       "level": 1,
 *       "title": "Guide d’installation",
 *       "language": {"code": "fr", "confidence": 0.91},
 *       "blocks": [
 *         {"index": 0, "kind": "heading", "level": 1,
 *          "source": "# Guide d’installation\n", "lead": "# ", "text": "Guide d’installation",
 *          "translation": "Installation guide", "status": "translated",
 *          "backend": "dictionary", "note": ""},
 *         {"index": 1, "kind": "verbatim", "source": "\n", "lead": "", "text": "",
 *          "translation": "\n", "status": "kept", "backend": "", "note": "blank lines"},
 *         {"index": 2, "kind": "list_item", "source": "- Lancer l’installateur.\n",
 *          "lead": "- ", "text": "Lancer l’installateur.",
 *          "translation": "Lancer l’installateur.", "status": "failed",
 *          "backend": "libretranslate", "note": "timeout after 30 s"}
 *       ]
 *     }
 *   ]
 * }
 * }</pre>
 *
 * <ul>
 *   <li>{@code name}: the input's path, {@code -} for standard input; {@code format}: the format
 *       the input was parsed as ({@code text}, {@code markdown}, {@code html}, {@code lines}).
 *   <li>{@code language}: an ISO 639-1 {@code code} ({@code und} when unknown) and a {@code
 *       confidence} from 0 to 1; for the document and for each section.
 *   <li>{@code summary}: the number of blocks, and of blocks per status.
 *   <li>{@code sections}: in order, each holding a run of consecutive blocks; together they hold
 *       every block once. {@code level} is the heading level, 0 for text before the first heading;
 *       {@code title} is the heading's French text, empty for level 0.
 *   <li>{@code blocks[].index}: the block's position in the whole document; {@code kind}: {@code
 *       heading}, {@code paragraph}, {@code list_item}, {@code quote}, {@code code} or {@code
 *       verbatim}; {@code level}: headings only.
 *   <li>{@code source}: the exact input text of the block, line ends included; {@code lead}: the
 *       markup written before the text in the input's format; {@code text}: the French text sent to
 *       the backend, on one line, empty for code and verbatim blocks.
 *   <li>{@code translation}: the English; for kept and failed blocks, the text (or, for code and
 *       verbatim blocks, the source). For an HTML input, text and translation are without the
 *       inline tags, which stay in the source, and the translation of code and verbatim blocks is
 *       their display (see {@link Readable}). {@code status}: {@code translated}, {@code kept} or {@code
 *       failed}; {@code backend}: the backend involved, empty when none; {@code note}: why a block
 *       was kept or failed, empty otherwise.
 * </ul>
 *
 * <p>Every field is always present except {@code level} on blocks. Concatenating the {@code source}
 * of every block, section by section, gives back the input text. Non-ASCII characters are written
 * as they are (UTF-8 once encoded). {@code <}, U+2028 and U+2029 are written as JSON Unicode
 * escapes (backslash, {@code u}, four hex digits), so the output can be embedded in an HTML {@code
 * <script>} element or a JavaScript string as it is; {@code >} and {@code &} stay readable, since
 * Markdown quotes and code are full of them.
 */
final class JsonRenderer implements Renderer {
  private static final ObjectWriter WRITER =
      JsonMapper.builder()
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .build()
          .writer(printer())
          .with(new HtmlSafe());

  @Override
  public void render(BilingualDocument document, Writer out) throws IOException {
    // Written as it goes rather than built as a tree first: the tree of a large input would be
    // several times the size of the text it holds.
    try (JsonGenerator g = WRITER.createGenerator(out)) {
      g.writeStartObject();
      g.writeStringField("name", document.name());
      g.writeStringField("format", document.format().label());
      language(g, "language", document.language());
      g.writeObjectFieldStart("summary");
      g.writeNumberField("blocks", document.blocks().size());
      for (Status status : Status.values()) {
        g.writeNumberField(status.label(), document.count(status));
      }
      g.writeEndObject();
      g.writeArrayFieldStart("sections");
      for (Section section : sections(document)) {
        g.writeStartObject();
        g.writeNumberField("index", section.index());
        g.writeNumberField("level", section.level());
        g.writeStringField("title", section.title());
        language(g, "language", section.language());
        g.writeArrayFieldStart("blocks");
        for (int i = section.start(); i < section.end(); i++) {
          block(g, i, document.blocks().get(i));
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    out.write('\n');
  }

  private static void block(JsonGenerator g, int index, AlignedBlock aligned) throws IOException {
    Block source = aligned.source();
    g.writeStartObject();
    g.writeNumberField("index", index);
    g.writeStringField("kind", source.kind().label());
    if (source instanceof Block.Heading heading) {
      g.writeNumberField("level", heading.level());
    }
    g.writeStringField("source", source.source());
    g.writeStringField("lead", source.lead());
    g.writeStringField("text", source.text());
    g.writeStringField("translation", aligned.translation());
    g.writeStringField("status", aligned.status().label());
    g.writeStringField("backend", aligned.backend());
    g.writeStringField("note", aligned.note());
    g.writeEndObject();
  }

  /**
   * The document's sections, checked to hold every block once and in order, since a reader rebuilds
   * the input from them; a document without sections is one level-0 section.
   */
  private static List<Section> sections(BilingualDocument document) {
    int blocks = document.blocks().size();
    if (document.sections().isEmpty()) {
      return List.of(new Section(0, 0, 0, blocks, "", document.language()));
    }
    int next = 0;
    for (Section s : document.sections()) {
      if (s.start() != next) {
        throw new IllegalArgumentException(
            "section " + s.index() + " starts at block " + s.start() + ", expected " + next);
      }
      next = s.end();
    }
    if (next != blocks) {
      throw new IllegalArgumentException(
          "sections end at block " + next + " but the document has " + blocks + " blocks");
    }
    return document.sections();
  }

  private static void language(JsonGenerator g, String field, Detection detection) throws IOException {
    g.writeObjectFieldStart(field);
    g.writeStringField("code", detection.language());
    g.writeNumberField("confidence", detection.confidence());
    g.writeEndObject();
  }

  private static DefaultPrettyPrinter printer() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter(
            Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""));
    printer.indentObjectsWith(indenter);
    printer.indentArraysWith(indenter);
    return printer;
  }

  /** Escapes that keep the JSON safe inside HTML and JavaScript and leave other text readable. */
  private static final class HtmlSafe extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private static final int[] ASCII = standardAsciiEscapesForJSON();

    static {
      ASCII['<'] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ASCII;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      boolean lineSeparator = ch == 0x2028 || ch == 0x2029;
      return lineSeparator ? new SerializedString(String.format("\\u%04X", ch)) : null;
    }
  }
}
