package org.traduire.chunk;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Cuts French running text into sentences, each carrying the whitespace that follows it, so that
 * the sentences concatenated give back the text exactly.
 *
 * <p>A sentence ends at a run of {@code . ! ? …} (so {@code ...}, {@code ?!}, {@code !!} too),
 * optionally followed by closing quotes or brackets, then whitespace, then a sentence start: an
 * upper-case letter, a digit, an opening quote or bracket, or a dialogue dash. A lone full stop may
 * instead close an abbreviation or an initial; see {@link FrenchAbbreviations}. An elision mark
 * such as {@code (...)} is not an end.
 *
 * <p>Since every cut follows whitespace, nothing is ever cut inside a number ({@code 3,5}, {@code
 * 1.000.000}, {@code v2.3.1}), a URL or an e-mail address; the punctuation after one is the
 * sentence's own.
 */
public final class FrenchSentenceSplitter {
  private FrenchSentenceSplitter() {}

  /** The sentences of {@code text}, in order; an empty text has none. */
  public static List<String> split(String text) {
    Objects.requireNonNull(text, "text");
    List<String> sentences = new ArrayList<>();
    int start = 0;
    int i = 0;
    int n = text.length();
    while (i < n) {
      if (!isTerminator(text.charAt(i))) {
        i++;
        continue;
      }
      int runEnd = i;
      while (runEnd < n && isTerminator(text.charAt(runEnd))) {
        runEnd++;
      }
      int closed = afterClosers(text, runEnd);
      int next = closed;
      while (next < n && isSpace(text.charAt(next))) {
        next++;
      }
      if (next > closed && next < n && endsSentence(text, i, runEnd, next)) {
        sentences.add(text.substring(start, next));
        start = next;
      }
      i = closed;
    }
    if (start < n) {
      sentences.add(text.substring(start));
    }
    return sentences;
  }

  private static boolean endsSentence(String text, int run, int runEnd, int next) {
    if (!startsSentence(text.codePointAt(next))) {
      return false;
    }
    if (run > 0 && (text.charAt(run - 1) == '(' || text.charAt(run - 1) == '[')) {
      return false; // an elision mark, "(...)" or "[…]", inside a quotation
    }
    if (runEnd - run == 1 && text.charAt(run) == '.') {
      return FrenchAbbreviations.endsSentence(text, run, next);
    }
    return true;
  }

  /**
   * The index after the closing quotes and brackets that follow a sentence's end. French puts a
   * (narrow) no-break space before {@code »}, and plain text often an ordinary space.
   */
  private static int afterClosers(String text, int from) {
    int i = from;
    while (true) {
      int j = i;
      while (j < text.length() && isNoBreakSpace(text.charAt(j))) {
        j++;
      }
      if (j < text.length() && isCloser(text.charAt(j))) {
        i = j + 1;
        continue;
      }
      j = i;
      while (j < text.length() && text.charAt(j) == ' ') {
        j++;
      }
      if (j < text.length() && text.charAt(j) == '»') {
        i = j + 1;
        continue;
      }
      return i;
    }
  }

  private static boolean isTerminator(char c) {
    return c == '.' || c == '!' || c == '?' || c == '…';
  }

  private static boolean isCloser(char c) {
    return c == '»' || c == '”' || c == '"' || c == ')' || c == ']';
  }

  private static boolean startsSentence(int c) {
    return Character.isUpperCase(c)
        || Character.isTitleCase(c)
        || Character.isDigit(c)
        || "«“\"([-—–".indexOf(c) >= 0;
  }

  private static boolean isNoBreakSpace(char c) {
    return c == '\u00A0' || c == '\u202F' || c == '\u2007';
  }

  /** Whitespace, no-break spaces included. */
  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || isNoBreakSpace(c);
  }
}
