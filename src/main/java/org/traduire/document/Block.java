package org.traduire.document;

import java.util.List;
import java.util.Objects;

/**
 * One block of a source document: a heading, a paragraph, a list item, a quote, code, or
 * verbatim text (blank lines, separators) that is never translated.
 *
 * <p>{@link #source()} is the exact text the block came from, line end(s) included. {@link
 * #text()} is what a backend is asked to translate (empty for code and verbatim blocks); {@link
 * #lead()} is the markup that precedes the text when the translation is written back in the
 * input's own format (for example {@code "## "} or {@code "- "}); {@link #keep()} lists ranges of
 * {@link #text()} that must come back unchanged (inline code, link targets).
 */
public sealed interface Block
    permits Block.Heading, Block.Paragraph, Block.ListItem, Block.Quote, Block.Code, Block.Verbatim {

  String source();

  Kind kind();

  /** The text to translate; empty when the block is never translated. */
  default String text() {
    return "";
  }

  /** Markup written before the translation in the input's own format. */
  default String lead() {
    return "";
  }

  /** Ranges of {@link #text()} that must survive translation unchanged. */
  default List<Range> keep() {
    return List.of();
  }

  /** True when this block has text for a backend. */
  default boolean translatable() {
    return !text().isBlank();
  }

  /**
   * What a reader is shown of a block that is not translated (code, verbatim text): its source,
   * except for HTML input, whose markup a reader does not see: the text of a {@code <pre>} block,
   * the text of a block marked {@code translate="no"}, and nothing for markup alone.
   */
  default String display() {
    return source();
  }

  /** A heading; level 1 is the document's title. */
  record Heading(int level, String source, String text, String lead, List<Range> keep)
      implements Block {
    public Heading {
      if (level < 1 || level > 6) {
        throw new IllegalArgumentException("heading level " + level + " not in 1..6");
      }
      Checks.prose(source, text, lead, keep);
      keep = List.copyOf(keep);
    }

    public Heading(int level, String source, String text) {
      this(level, source, text, "", List.of());
    }

    @Override
    public Kind kind() {
      return Kind.HEADING;
    }
  }

  /** A paragraph of running text (or one line, in the {@code lines} format). */
  record Paragraph(String source, String text, String lead, List<Range> keep) implements Block {
    public Paragraph {
      Checks.prose(source, text, lead, keep);
      keep = List.copyOf(keep);
    }

    public Paragraph(String source, String text) {
      this(source, text, "", List.of());
    }

    @Override
    public Kind kind() {
      return Kind.PARAGRAPH;
    }
  }

  /** One item of a list; {@link #lead()} holds its marker, e.g. {@code "- "} or {@code "2. "}. */
  record ListItem(String source, String text, String lead, List<Range> keep) implements Block {
    public ListItem {
      Checks.prose(source, text, lead, keep);
      keep = List.copyOf(keep);
    }

    @Override
    public Kind kind() {
      return Kind.LIST_ITEM;
    }
  }

  /** A quotation; {@link #lead()} holds its marker, e.g. {@code "> "}. */
  record Quote(String source, String text, String lead, List<Range> keep) implements Block {
    public Quote {
      Checks.prose(source, text, lead, keep);
      keep = List.copyOf(keep);
    }

    @Override
    public Kind kind() {
      return Kind.QUOTE;
    }
  }

  /** Code, never translated; {@link #display()} is its source unless the input's markup hides it. */
  record Code(String source, String display) implements Block {
    public Code {
      Checks.source(source);
      Objects.requireNonNull(display, "display");
    }

    public Code(String source) {
      this(source, source);
    }

    @Override
    public Kind kind() {
      return Kind.CODE;
    }
  }

  /**
   * Text kept verbatim and never translated: blank lines, separators, raw markup; {@link
   * #display()} is its source unless the input's markup hides it.
   */
  record Verbatim(String source, String display) implements Block {
    public Verbatim {
      Checks.source(source);
      Objects.requireNonNull(display, "display");
    }

    public Verbatim(String source) {
      this(source, source);
    }

    @Override
    public Kind kind() {
      return Kind.VERBATIM;
    }
  }
}
