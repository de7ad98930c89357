package org.traduire.render;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.traduire.document.AlignedBlock;
import org.traduire.document.Block;
import org.traduire.document.Kind;

/** The renderer for each output format; see each renderer's Javadoc for what it writes. */
public final class Renderers {
  private Renderers() {}

  /** A renderer that writes {@code format}, shaped by {@code options}. */
  public static Renderer of(OutputFormat format, RenderOptions options) {
    Objects.requireNonNull(options, "options");
    return switch (Objects.requireNonNull(format, "format")) {
      case SIDE_BY_SIDE -> readable(new SideBySideRenderer(options));
      case INTERLEAVED -> readable(new InterleavedRenderer(options.colour()));
      case TARGET -> new TargetRenderer();
      case JSON -> readable(new JsonRenderer());
      case HTML -> readable(new HtmlRenderer());
      case MARKDOWN -> readable(new MarkdownRenderer());
      case TMX -> readable(new TmxRenderer(startOfRun(), version()));
      case XLIFF -> readable(new XliffRenderer());
    };
  }

  /**
   * A renderer for one document given in parts, in order, writing what {@link #of} writes for the
   * whole (see {@link PartRenderer}), when {@code format} can be written that way: side-by-side,
   * interleaved and target, whose output is a run of lines per block. Empty for the formats that
   * wrap the whole document (JSON, HTML, Markdown, TMX, XLIFF).
   */
  public static Optional<PartRenderer> inParts(OutputFormat format, RenderOptions options) {
    Objects.requireNonNull(options, "options");
    if (!writesInParts(format)) {
      return Optional.empty();
    }
    PartRenderer parts = switch (format) {
      case SIDE_BY_SIDE -> new SideBySideRenderer(options).sheet();
      case INTERLEAVED -> new InterleavedRenderer(options.colour()).pairs();
      default -> new TargetRenderer()::render;
    };
    return Optional.of((part, out) -> parts.next(format == OutputFormat.TARGET ? part : Readable.of(part), out));
  }

  /** Whether {@code format} can be written from a document given in parts (see {@link #inParts}). */
  public static boolean writesInParts(OutputFormat format) {
    return switch (Objects.requireNonNull(format, "format")) {
      case SIDE_BY_SIDE, INTERLEAVED, TARGET -> true;
      default -> false;
    };
  }

  /** {@code renderer} given the document as a reader sees it: an HTML input's tags taken out. */
  private static Renderer readable(Renderer renderer) {
    return (document, out) -> renderer.render(Readable.of(document), out);
  }

  /**
   * The system clock stopped at this moment, so that every document of one run, and every render of
   * one document, carries the same creation date.
   */
  private static Clock startOfRun() {
    return Clock.fixed(Instant.now(), ZoneOffset.UTC);
  }

  /** traduire's version from the jar's manifest, {@code dev} when run from classes. */
  static String version() {
    String v = Renderers.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }

  /** The mark shown to readers where a block could not be translated. */
  static String untranslated(AlignedBlock block) {
    return block.note().isBlank()
        ? "[untranslated]"
        : "[untranslated: " + oneLine(block.note().strip()) + "]";
  }

  /** {@code text} with trailing line ends dropped and inner ones made spaces. */
  static String oneLine(String text) {
    int end = text.length();
    while (end > 0 && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
      end--;
    }
    return text.substring(0, end).replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ');
  }

  /**
   * A code or verbatim block's lines as displayed, without the final line end or, for verbatim,
   * the blank edges.
   */
  static List<String> rawLines(Block block) {
    List<String> lines = new ArrayList<>(List.of(block.display().split("\n", -1)));
    if (block.display().endsWith("\n")) {
      lines.remove(lines.size() - 1);
    }
    if (block.kind() == Kind.VERBATIM) {
      while (!lines.isEmpty() && lines.get(0).isBlank()) {
        lines.remove(0);
      }
      while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
        lines.remove(lines.size() - 1);
      }
    }
    return lines;
  }
}
