package org.traduire.translate.glossary;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds glossary terms in a text: at word boundaries, the longest term first at each place, left
 * to right, never overlapping. Accents count ("côte" is not "cote"), any run of spaces in the
 * text (line breaks and no-break spaces too) matches a space of the term, and the typographic
 * apostrophe matches the straight one. Case counts only for {@code exact} terms.
 */
public final class TermMatcher {
  private TermMatcher() {}

  /** One term found: the range {@code [start, end)} of the text it covers. */
  public record Match(int start, int end, Term term) {}

  static List<Match> find(Glossary glossary, String text) {
    List<Match> out = new ArrayList<>();
    if (glossary.isEmpty()) {
      return out;
    }
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (i > 0 && word(text.charAt(i - 1)) && word(text.charAt(i))) {
        i++;
        continue;
      }
      Match best = null;
      for (Term t : glossary.startingWith(fold(text.charAt(i)))) {
        int end = matchEnd(t, text, i);
        if (end > 0 && (best == null || end > best.end())) {
          best = new Match(i, end, t);
        }
      }
      if (best != null) {
        out.add(best);
        i = best.end();
      } else {
        i++;
      }
    }
    return out;
  }

  /** Where term {@code t} ends when it starts at {@code at} in {@code text}, else -1. */
  private static int matchEnd(Term t, String text, int at) {
    String f = t.french();
    int i = at;
    int n = text.length();
    for (int k = 0; k < f.length(); k++) {
      char c = f.charAt(k);
      if (c == ' ') {
        if (i >= n || !space(text.charAt(i))) {
          return -1;
        }
        while (i < n && space(text.charAt(i))) {
          i++;
        }
        continue;
      }
      if (i >= n || !same(c, text.charAt(i), t.exact())) {
        return -1;
      }
      i++;
    }
    if (word(f.charAt(f.length() - 1)) && i < n && word(text.charAt(i))) {
      return -1;
    }
    return i;
  }

  private static boolean same(char a, char b, boolean exact) {
    if (apostrophe(a) && apostrophe(b)) {
      return true;
    }
    return exact ? a == b : fold(a) == fold(b);
  }

  /** The character compared when case does not count. */
  static char fold(char c) {
    return apostrophe(c) ? '\'' : Character.toLowerCase(Character.toUpperCase(c));
  }

  private static boolean apostrophe(char c) {
    return c == '\'' || c == '’' || c == 'ʼ';
  }

  static boolean word(char c) {
    return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
  }

  static boolean space(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
