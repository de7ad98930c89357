package org.traduire.parse;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Finds the article in a page: the {@code article} element (the one with the most text when there
 * are several), else the {@code main} element (or {@code role="main"}), else the element with the
 * most paragraph text, else the body.
 *
 * <p>Paragraph text counts fully for the paragraph's parent and half for its grandparent, so an
 * article whose paragraphs sit in one {@code div} picks that {@code div}, and one split into three
 * or more section {@code div}s of similar size picks their common parent. Paragraphs inside
 * navigation, footers, forms and the page's header or asides do not count.
 */
final class HtmlArticle {
  private HtmlArticle() {}

  static Element find(Document page) {
    Element body = page.body() != null ? page.body() : page;
    Element found = longest(page.getElementsByTag("article"));
    if (found == null) {
      found = longest(page.getElementsByTag("main"));
    }
    if (found == null) {
      found = longest(page.select("[role=main]"));
    }
    if (found == null) {
      found = densest(page, body);
    }
    return found == null ? body : found;
  }

  private static Element longest(Elements candidates) {
    Element best = null;
    int most = -1;
    for (Element e : candidates) {
      int length = e.text().length();
      if (length > most) {
        best = e;
        most = length;
      }
    }
    return best;
  }

  private static Element densest(Document page, Element body) {
    Map<Element, Double> scores = new IdentityHashMap<>();
    for (Element p : page.getElementsByTag("p")) {
      if (inChrome(p, body)) {
        continue;
      }
      double length = p.text().length();
      Element parent = p.parent();
      if (parent != null) {
        scores.merge(parent, length, Double::sum);
        if (parent.parent() != null && parent != body) {
          scores.merge(parent.parent(), length / 2, Double::sum);
        }
      }
    }
    Element best = null;
    double most = 0;
    for (Map.Entry<Element, Double> e : scores.entrySet()) {
      if (e.getValue() > most || e.getValue() == most && best != null && before(e.getKey(), best)) {
        best = e.getKey();
        most = e.getValue();
      }
    }
    return best;
  }

  private static boolean inChrome(Element e, Element body) {
    for (Element up = e; up != null; up = up.parent()) {
      if (HtmlElements.isNoise(up) || HtmlElements.isPageChrome(up, body)) {
        return true;
      }
    }
    return false;
  }

  /** Ties go to the element that comes first in the page, so the choice does not depend on hashing. */
  private static boolean before(Element a, Element b) {
    return a.sourceRange().startPos() < b.sourceRange().startPos();
  }
}
