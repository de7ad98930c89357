package org.traduire.parse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.traduire.document.Block;
import org.traduire.document.Document;
import org.traduire.document.InputFormat;
import org.traduire.document.Markup;
import org.traduire.document.Range;

/**
 * An HTML page, parsed by jsoup with source positions: the article's text becomes blocks, and
 * everything else stays markup, untouched.
 *
 * <p>The article is found by {@link HtmlArticle}. Inside it, navigation, scripts, styles, forms,
 * footers, embedded content and the page's own header and asides are dropped (they stay markup).
 * Every element that holds no block-level element is one block: {@code h1}–{@code h6} a heading
 * of the same level; inside an {@code li} a list item (its first block; a later one is a
 * paragraph); inside a {@code blockquote} a quote; anything else ({@code p}, {@code figcaption},
 * {@code td}, {@code dd}, a {@code div} of text…) a paragraph. Text beside block-level elements
 * (an {@code li}'s words before its sub-list) is a block of the same kind. {@code pre} is code,
 * never translated. A block marked {@code translate="no"} or {@code class="notranslate"} (itself
 * or an ancestor), or with no letter or digit outside its kept ranges, is kept verbatim.
 *
 * <p>A block's {@link Block#source() source} is the exact slice of the input between its
 * element's start and end tags (white space included); its {@link Block#text() text} is what a
 * browser shows, character references decoded and white space collapsed, with each inline tag as a
 * {@link Markup} run in a kept range, and inline {@code code}, {@code kbd}, {@code samp} and
 * elements marked not to translate kept whole (see {@link HtmlInline}). Its {@link Block#lead()
 * lead} is the marker a text rendering shows: {@code "- "} or {@code "3. "} (indented by list
 * depth) for list items, {@code "> "} for quotes. All the markup between blocks — tags, the head,
 * whatever was dropped — is verbatim blocks whose {@link Block#display() display} is empty; the
 * {@code <html>} start tag and {@code <meta>} charset declarations are verbatim blocks of their own,
 * so the {@code target} output can set the language and the encoding.
 *
 * <p>So the model's invariant holds for HTML too: the blocks' sources, concatenated, are the input
 * exactly. What a reader sees as the French side — in every output but {@code target} — is the
 * blocks' text without the markup runs ({@link Markup#readable}), and the display of code and kept
 * blocks.
 *
 * <p>Malformed HTML is repaired as a browser would (jsoup follows the HTML5 parsing algorithm). A
 * block whose repaired nodes do not follow the source order, or that would overlap an earlier
 * block, stays markup, untranslated. jsoup stops nesting at 512 levels (deeper elements become
 * siblings), and every walk here is iterative, so deep nesting costs time linear in the input.
 */
final class HtmlParser implements Parser {
  private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

  /** A block and the slice {@code [start, end)} of the input it covers. */
  private record Placed(int start, int end, Block block) {}

  @Override
  public Document parse(String text) {
    org.jsoup.nodes.Document page;
    try {
      page = org.jsoup.parser.Parser.htmlParser().setTrackPosition(true).parseInput(text, "");
    } catch (RuntimeException e) {
      // jsoup 1.24 fails inside its tree builder on some pathological pages (about a thousand
      // unclosed formatting elements): name the problem and the way around it.
      throw new UnparseableInputException("the HTML parser gave up on this page (jsoup failed inside its tree"
          + " builder: too many unclosed or nested elements); --input-format text reads it as plain text", e);
    }
    Element root = HtmlArticle.find(page);
    Walk walk = new Walk(text, root, HtmlElements.holdingBlocks(page));
    NodeTraversor.filter(walk, root);
    return new Document(InputFormat.HTML, fill(text, walk.placed, ownBlocks(page)));
  }

  /** Walks the article, placing a block for every element (or run of inline nodes) of text. */
  private static final class Walk implements NodeFilter {
    private final String input;
    private final Element root;
    private final Set<Element> holdingBlocks;
    private final Set<Element> itemsMarked = Collections.newSetFromMap(new IdentityHashMap<>());
    final List<Placed> placed = new ArrayList<>();

    Walk(String input, Element root, Set<Element> holdingBlocks) {
      this.input = input;
      this.root = root;
      this.holdingBlocks = holdingBlocks;
    }

    @Override
    public FilterResult head(Node node, int depth) {
      if (!(node instanceof Element e)) {
        return FilterResult.SKIP_ENTIRELY; // text between blocks is taken as a run by its parent
      }
      if (e != root && (HtmlElements.isNoise(e) || HtmlElements.isPageChrome(e, root))) {
        return FilterResult.SKIP_ENTIRELY;
      }
      if (e != root && !isBlockish(e)) {
        return FilterResult.SKIP_ENTIRELY;
      }
      if (e.nameIs("pre")) {
        code(e);
        return FilterResult.SKIP_ENTIRELY;
      }
      if (holdingBlocks.contains(e)) {
        runs(e);
        return FilterResult.CONTINUE;
      }
      int from = HtmlElements.startTagEnd(e);
      int to = HtmlElements.endTagStart(e);
      add(e, HtmlInline.of(input, e.childNodes(), Math.max(from, 0),
          to >= 0 ? to : input.length(), from >= 0, to >= 0));
      return FilterResult.SKIP_ENTIRELY;
    }

    private boolean isBlockish(Node n) {
      return n instanceof Element e && (HtmlElements.isBlockLevel(e) || holdingBlocks.contains(e));
    }

    /** The runs of inline nodes between the block-level children of {@code e}, each a block. */
    private void runs(Element e) {
      List<Node> run = new ArrayList<>();
      int from = Math.max(HtmlElements.startTagEnd(e), 0);
      for (Node child : e.childNodes()) {
        if (isBlockish(child)) {
          int next = HtmlElements.start(child);
          run(e, run, from, next >= 0 ? next : input.length());
          from = Math.max(from, HtmlElements.end(child));
        } else {
          run.add(child);
        }
      }
      int end = HtmlElements.endTagStart(e);
      run(e, run, from, end >= 0 ? end : input.length());
    }

    private void run(Element parent, List<Node> run, int from, int limit) {
      if (!run.isEmpty()) {
        add(parent, HtmlInline.of(input, List.copyOf(run), from, limit, false, false));
        run.clear();
      }
    }

    private void code(Element pre) {
      int start = HtmlElements.start(pre);
      int end = HtmlElements.end(pre);
      String text = pre.wholeText();
      text = text.startsWith("\n") ? text.substring(1) : text; // HTML drops that first line end
      if (start >= 0 && end > start && !text.isBlank()) {
        placed.add(new Placed(start, end, new Block.Code(input.substring(start, end), text)));
      }
    }

    /** The block for {@code inline}, the text of {@code e} (or of a run of its children). */
    private void add(Element e, HtmlInline.Result inline) {
      if (inline == null || inline.text().isBlank()) {
        return;
      }
      String source = input.substring(inline.start(), inline.end());
      String text = inline.text();
      List<Range> keep = inline.keep();
      if (HtmlElements.isKept(e) || !hasWords(text, keep)) {
        placed.add(new Placed(inline.start(), inline.end(),
            new Block.Verbatim(source, Markup.readable(text))));
        return;
      }
      Block block;
      Element context = context(e);
      if (context != null && HEADINGS.contains(context.normalName())) {
        int level = context.normalName().charAt(1) - '0';
        block = new Block.Heading(level, source, text, "", keep);
      } else if (context != null && context.nameIs("li")) {
        String marker = marker(context);
        block = itemsMarked.add(context)
            ? new Block.ListItem(source, text, marker, keep)
            : new Block.Paragraph(source, text, " ".repeat(marker.length()), keep);
      } else if (context != null && context.nameIs("blockquote")) {
        block = new Block.Quote(source, text, "> ", keep);
      } else {
        block = new Block.Paragraph(source, text, "", keep);
      }
      placed.add(new Placed(inline.start(), inline.end(), block));
    }

    /** The nearest heading, list item or quote from {@code e} up to the article, or null. */
    private Element context(Element e) {
      for (Element up = e; up != null; up = up.parent()) {
        if (HEADINGS.contains(up.normalName()) || up.nameIs("li") || up.nameIs("blockquote")) {
          return up;
        }
        if (up == root) {
          break;
        }
      }
      return null;
    }
  }

  /** Whether the text, its kept ranges aside, holds a letter or a digit. */
  private static boolean hasWords(String text, List<Range> keep) {
    int at = 0;
    for (Range r : keep) {
      if (hasLetterOrDigit(text, at, r.start())) {
        return true;
      }
      at = r.end();
    }
    return hasLetterOrDigit(text, at, text.length());
  }

  private static boolean hasLetterOrDigit(String text, int from, int to) {
    return text.substring(from, to).codePoints().anyMatch(Character::isLetterOrDigit);
  }

  /** {@code "- "} in an unordered list, the item's number in an ordered one, indented by depth. */
  static String marker(Element li) {
    int depth = 0;
    for (Element up = li.parent(); up != null; up = up.parent()) {
      if (up.nameIs("ul") || up.nameIs("ol")) {
        depth++;
      }
    }
    String indent = "  ".repeat(Math.max(0, depth - 1));
    Element list = li.parent();
    if (list == null || !list.nameIs("ol")) {
      return indent + "- ";
    }
    int number = number(list.attr("start"), 1) - 1;
    for (Element sibling : list.children()) {
      if (sibling.nameIs("li")) {
        number = number(sibling.attr("value"), number + 1);
      }
      if (sibling == li) {
        break;
      }
    }
    return indent + number + ". ";
  }

  private static int number(String value, int otherwise) {
    try {
      return value.isBlank() ? otherwise : Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      return otherwise;
    }
  }

  /**
   * The {@code <html>} start tag and the {@code <meta>} tags that declare a charset, as input
   * slices, so that each becomes a verbatim block of its own.
   */
  private static List<int[]> ownBlocks(org.jsoup.nodes.Document page) {
    List<int[]> slices = new ArrayList<>();
    List<Element> elements = new ArrayList<>();
    elements.add(page.selectFirst("html"));
    elements.addAll(page.select("meta[charset], meta[http-equiv=content-type]"));
    for (Element e : elements) {
      if (e != null && HtmlElements.start(e) >= 0) {
        slices.add(new int[] {HtmlElements.start(e), HtmlElements.startTagEnd(e)});
      }
    }
    return slices;
  }

  /**
   * The placed blocks in source order, the first of any two that overlap kept, with the input
   * between them as verbatim markup, cut around the {@code own} slices.
   */
  private static List<Block> fill(String input, List<Placed> placed, List<int[]> own) {
    List<Placed> sorted = new ArrayList<>(placed);
    sorted.sort(Comparator.comparingInt(Placed::start));
    List<int[]> cuts = new ArrayList<>(own);
    cuts.sort(Comparator.comparingInt(c -> c[0]));
    List<Block> blocks = new ArrayList<>();
    int at = 0;
    for (Placed p : sorted) {
      if (p.start() >= at && p.end() > p.start()) {
        markup(input, at, p.start(), cuts, blocks);
        blocks.add(p.block());
        at = p.end();
      }
    }
    markup(input, at, input.length(), cuts, blocks);
    return blocks;
  }

  private static void markup(String input, int from, int to, List<int[]> cuts, List<Block> out) {
    int at = from;
    for (int[] cut : cuts) {
      if (cut[0] >= at && cut[1] <= to && cut[1] > cut[0]) {
        verbatim(input, at, cut[0], out);
        verbatim(input, cut[0], cut[1], out);
        at = cut[1];
      }
    }
    verbatim(input, at, to, out);
  }

  private static void verbatim(String input, int from, int to, List<Block> out) {
    if (to > from) {
      out.add(new Block.Verbatim(input.substring(from, to), ""));
    }
  }
}
