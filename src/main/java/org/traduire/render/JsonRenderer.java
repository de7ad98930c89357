package org.traduire.render;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
 * The bilingual document as one JSON object, pretty-printed, ending with a line end:
 *
 * <pre>{@code
 * {
 *   "name": "article.txt",                          // the input's path, "-" for stdin
 *   "format": "text",                               // the input format: text, markdown, lines
 *   "language": { "code": "fr", "confidence": 0.93 }, // ISO 639-1, "und" if unknown; 0..1
 *   "summary": { "blocks": 9, "translated": 5, "kept": 3, "failed": 1 },
 *   "sections": [                                   // in order; together they hold every block
 *     {
 *       "index": 0,
 *       "level": 1,                                 // 0 for text before the first heading
 *       "title": "Titre",                           // the heading's French text, "" for level 0
 *       "language": { "code": "fr", "confidence": 0.97 },
 *       "blocks": [                                 // this section's blocks, in order
 *         {
 *           "index": 0,                             // position in the whole document
 *           "kind": "heading",                      // heading | paragraph | list_item | quote | code | verbatim
 *           "level": 1,                             // headings only
 *           "source": "# Titre\n",                  // the exact input text, line ends included
 *           "lead": "# ",                           // markup before the text in the input's format
 *           "text": "Titre",                        // what was translated; "" for code and verbatim
 *           "translation": "Title",                 // for kept and failed blocks, the text (or source)
 *           "status": "translated",                 // translated | kept | failed
 *           "backend": "dictionary",                // "" when no backend was involved
 *           "note": ""                              // why a block was kept or failed, else ""
 *         }
 *       ]
 *     }
 *   ]
 * }
 * }</pre>
 *
 * <p>Every field is always present except {@code level} on blocks. Concatenating the {@code
 * source} of every block, section by section, gives back the input text. Non-ASCII characters are
 * written as they are (UTF-8 once encoded). {@code <}, U+2028 and U+2029 are written as JSON
 * Unicode escapes (backslash, {@code u}, four hex digits), so the output can be embedded in an
 * HTML {@code <script>} element or a JavaScript string as it is; {@code >} and {@code &} stay
 * readable, since Markdown quotes and code are full of them.
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
    WRITER.writeValue(out, tree(document));
    out.write('\n');
  }

  static ObjectNode tree(BilingualDocument document) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("name", document.name());
    root.put("format", document.format().label());
    root.set("language", language(document.language()));
    ObjectNode summary = root.putObject("summary");
    summary.put("blocks", document.blocks().size());
    for (Status status : Status.values()) {
      summary.put(status.label(), document.count(status));
    }
    ArrayNode sections = root.putArray("sections");
    for (Section section : sections(document)) {
      ObjectNode s = sections.addObject();
      s.put("index", section.index());
      s.put("level", section.level());
      s.put("title", section.title());
      s.set("language", language(section.language()));
      ArrayNode blocks = s.putArray("blocks");
      for (int i = section.start(); i < section.end(); i++) {
        blocks.add(block(i, document.blocks().get(i)));
      }
    }
    return root;
  }

  private static ObjectNode block(int index, AlignedBlock aligned) {
    Block source = aligned.source();
    ObjectNode b = JsonNodeFactory.instance.objectNode();
    b.put("index", index);
    b.put("kind", source.kind().label());
    if (source instanceof Block.Heading heading) {
      b.put("level", heading.level());
    }
    b.put("source", source.source());
    b.put("lead", source.lead());
    b.put("text", source.text());
    b.put("translation", aligned.translation());
    b.put("status", aligned.status().label());
    b.put("backend", aligned.backend());
    b.put("note", aligned.note());
    return b;
  }

  /**
   * The document's sections, checked to hold every block once and in order, since a reader
   * rebuilds the input from them; a document without sections is one level-0 section.
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

  private static ObjectNode language(Detection detection) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("code", detection.language());
    node.put("confidence", detection.confidence());
    return node;
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
      return ch == 0x2028 || ch == 0x2029 ? new SerializedString(String.format("\\u%04X", ch)) : null;
    }
  }
}
