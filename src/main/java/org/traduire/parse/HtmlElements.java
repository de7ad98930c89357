package org.traduire.parse;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** What the HTML parser knows about elements: which are blocks, noise, opaque or kept, and where they end. */
final class HtmlElements {
  /** Elements that start a block of their own (HTML's flow content that is not phrasing). */
  private static final Set<String> BLOCK_LEVEL =
      Set.of(
          "address", "article", "aside", "blockquote", "body", "caption", "center", "colgroup",
          "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure",
          "footer", "form", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup",
          "hr", "html", "legend", "li", "listing", "main", "menu", "nav", "ol", "p", "plaintext",
          "pre", "search", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead",
          "tr", "ul", "xmp");

  /** Page furniture and interactive or embedded content: never part of the article's text. */
  private static final Set<String> NOISE =
      Set.of(
          "nav", "footer", "form", "script", "style", "noscript", "template", "button", "select",
          "textarea", "iframe", "object", "embed", "svg", "math", "canvas", "audio", "video",
          "dialog", "head", "title", "link", "meta");

  /** Inline elements whose text is code or input, kept as it is. */
  private static final Set<String> KEPT_INLINE = Set.of("code", "kbd", "samp");

  private HtmlElements() {}

  static boolean isBlockLevel(Element e) {
    return BLOCK_LEVEL.contains(e.normalName());
  }

  /** Noise: dropped wherever it is, markup and text. Inside a paragraph it is kept whole as markup. */
  static boolean isNoise(Element e) {
    return NOISE.contains(e.normalName());
  }

  /**
   * A page's header or aside (one not inside an {@code article}, {@code main} or {@code section},
   * nor inside an article root found by text density): part of the page, not of the article.
   */
  static boolean isPageChrome(Element e, Element root) {
    if (!e.nameIs("header") && !e.nameIs("aside")) {
      return false;
    }
    for (Element up = e.parent(); up != null; up = up.parent()) {
      if (up.nameIs("article") || up.nameIs("main") || up.nameIs("section")) {
        return false;
      }
      if (up == root) {
        return up.nameIs("body") || up.nameIs("html");
      }
    }
    return true;
  }

  /** An inline element kept with its text: code, keyboard input, sample output, or marked not to translate. */
  static boolean isKeptInline(Element e) {
    return KEPT_INLINE.contains(e.normalName()) || saysNoTranslate(e);
  }

  /**
   * Whether the text of {@code e} is not to be translated: the nearest element, from {@code e}
   * up, with a {@code translate} attribute or the class {@code notranslate} decides; none means
   * translate.
   */
  static boolean isKept(Element e) {
    for (Element up = e; up != null; up = up.parent()) {
      if (up.hasClass("notranslate")) {
        return true;
      }
      if (up.hasAttr("translate")) {
        return saysNoTranslate(up);
      }
    }
    return false;
  }

  private static boolean saysNoTranslate(Element e) {
    return e.hasClass("notranslate") || e.attr("translate").strip().equalsIgnoreCase("no");
  }

  /** The elements of {@code page} that hold a block-level element somewhere inside. */
  static Set<Element> holdingBlocks(Document page) {
    Set<Element> holding = Collections.newSetFromMap(new IdentityHashMap<>());
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {}

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element e
                && e.parent() != null
                && (isBlockLevel(e) || holding.contains(e))) {
              holding.add(e.parent());
            }
          }
        },
        page);
    return holding;
  }

  /** Where a node's source starts, -1 when the parser made it up. */
  static int start(Node node) {
    org.jsoup.nodes.Range r = node.sourceRange();
    return r.isTracked() && !r.isImplicit() ? r.startPos() : -1;
  }

  /** Where an element's start tag ends, -1 when it has none in the source. */
  static int startTagEnd(Element e) {
    org.jsoup.nodes.Range r = e.sourceRange();
    return r.isTracked() && !r.isImplicit() ? r.endPos() : -1;
  }

  /** Where an element's end tag starts, -1 when it has none in the source. */
  static int endTagStart(Element e) {
    org.jsoup.nodes.Range r = e.endSourceRange();
    return r.isTracked() && !r.isImplicit() ? r.startPos() : -1;
  }

  /**
   * Where a node's source ends: its end tag's end, else the furthest end along its chain of last
   * children (an element the input never closed ends with its content).
   */
  static int end(Node node) {
    int end = -1;
    for (Node n = node; n != null; n = n.childNodeSize() == 0 ? null : n.childNode(n.childNodeSize() - 1)) {
      org.jsoup.nodes.Range r = n.sourceRange();
      if (r.isTracked()) {
        end = Math.max(end, r.endPos());
      }
      if (n instanceof Element e) {
        org.jsoup.nodes.Range close = e.endSourceRange();
        if (close.isTracked()) {
          end = Math.max(end, close.isImplicit() ? close.startPos() : close.endPos());
        }
      }
    }
    return end;
  }
}
