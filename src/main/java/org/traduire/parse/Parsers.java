package org.traduire.parse;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.traduire.document.InputFormat;

/** The parser for each input format, and the guess of an input's format from its name and text. */
public final class Parsers {
  private static final Parser TEXT = new PlainTextParser();
  private static final Parser MARKDOWN = new MarkdownParser();
  private static final Parser LINES = new LinesParser();
  private static final Parser HTML = new HtmlParser();

  /**
   * An HTML document's start: a doctype or an {@code <html>} tag, after blanks, comments and an
   * XML declaration.
   */
  private static final Pattern HTML_START =
      Pattern.compile("\\s*(?:<\\?xml[^>]*>\\s*)?(?:<!--.*?-->\\s*)*<(?:!doctype\\s+html|html[\\s>])",
          Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  private Parsers() {}

  /** The parser for {@code format}; parsers hold no state and may be shared between threads. */
  public static Parser of(InputFormat format) {
    Objects.requireNonNull(format, "format");
    return switch (format) {
      case TEXT -> TEXT;
      case MARKDOWN -> MARKDOWN;
      case LINES -> LINES;
      case HTML -> HTML;
    };
  }

  /**
   * The format of an input: from the file name's extension when it has a known one, else {@link
   * InputFormat#HTML} when the text starts as an HTML document does ({@code <!DOCTYPE html} or
   * {@code <html}, after blanks and comments), else {@link InputFormat#MARKDOWN} when the text
   * clearly uses Markdown block syntax, else {@link InputFormat#TEXT}. {@link InputFormat#LINES}
   * is never guessed.
   *
   * @param fileName the input's name; {@code null} or {@code "-"} for standard input
   */
  public static InputFormat detect(String fileName, String text) {
    Optional<InputFormat> named = byName(fileName);
    if (named.isPresent()) {
      return named.get();
    }
    if (HTML_START.matcher(text).lookingAt()) {
      return InputFormat.HTML;
    }
    return MarkdownSigns.clear(text) ? InputFormat.MARKDOWN : InputFormat.TEXT;
  }

  /**
   * Guesses the format of a text read a piece at a time as {@link #detect} guesses it from the
   * whole: give it the pieces in order, then ask. (An HTML start is looked for in the first piece.)
   */
  public static final class Guess {
    private final MarkdownSigns.Scan markdown = new MarkdownSigns.Scan();
    private boolean started;
    private boolean html;

    public void feed(String piece) {
      if (!started) {
        html = HTML_START.matcher(piece).lookingAt();
        started = true;
      }
      if (!html) {
        markdown.feed(piece);
      }
    }

    public InputFormat format() {
      return html ? InputFormat.HTML : markdown.clear() ? InputFormat.MARKDOWN : InputFormat.TEXT;
    }
  }

  /** The format a file name's extension tells, if it is a known one. */
  public static Optional<InputFormat> byName(String fileName) {
    if (fileName != null) {
      String name = fileName.toLowerCase(Locale.ROOT);
      int dot = name.lastIndexOf('.');
      String extension = dot < 0 ? "" : name.substring(dot + 1);
      switch (extension) {
        case "md", "markdown", "mdown", "mkd" -> {
          return Optional.of(InputFormat.MARKDOWN);
        }
        case "txt", "text" -> {
          return Optional.of(InputFormat.TEXT);
        }
        case "html", "htm" -> {
          return Optional.of(InputFormat.HTML);
        }
        default -> {}
      }
    }
    return Optional.empty();
  }
}
