package org.traduire.translate.dictionary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits French text into tokens without losing a character: concatenating the tokens' text gives
 * back the input. Elided words ({@code l’}, {@code qu’}…) become tokens of their own, hyphens are
 * punctuation, digit groups ({@code 50 000}, {@code 3,5}) are one number token and placeholders
 * ({@code ⟦0⟧}) are kept whole.
 */
final class Tokenizer {
  private static final Set<String> ELISIONS =
      Set.of("l", "d", "j", "m", "t", "s", "n", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu");

  private Tokenizer() {}

  static String normalise(String text) {
    return text.toLowerCase(Locale.ROOT).replace('’', '\'').replace('ʼ', '\'');
  }

  static boolean apostrophe(char c) {
    return c == '\'' || c == '’' || c == 'ʼ';
  }

  static boolean space(char c) {
    return Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F' || c == '\u2007';
  }

  private static boolean wordChar(char c) {
    return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
  }

  static List<Token> tokenize(String s) {
    List<Token> out = new ArrayList<>();
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      int j;
      Token.Kind kind;
      if (c == '⟦' && (j = placeholderEnd(s, i)) > 0) {
        kind = Token.Kind.PLACEHOLDER;
      } else if (space(c)) {
        j = i + 1;
        while (j < n && space(s.charAt(j))) {
          j++;
        }
        kind = Token.Kind.SPACE;
      } else if (wordChar(c)) {
        j = wordEnd(s, i);
        kind = Token.Kind.WORD;
        if (allDigits(s, i, j)) {
          j = numberEnd(s, i, j);
          kind = Token.Kind.NUMBER;
        }
      } else {
        j = i + Character.charCount(s.codePointAt(i));
        kind = Token.Kind.PUNCT;
      }
      out.add(new Token(kind, s.substring(i, j)));
      i = j;
    }
    return out;
  }

  private static int placeholderEnd(String s, int i) {
    int j = i + 1;
    while (j < s.length() && Character.isDigit(s.charAt(j))) {
      j++;
    }
    return j > i + 1 && j < s.length() && s.charAt(j) == '⟧' ? j + 1 : -1;
  }

  private static int wordEnd(String s, int i) {
    int j = i;
    while (j < s.length()) {
      char c = s.charAt(j);
      if (wordChar(c)) {
        j++;
      } else if (apostrophe(c) && j > i) {
        if (ELISIONS.contains(s.substring(i, j).toLowerCase(Locale.ROOT))) {
          return j + 1;
        }
        if (j + 1 < s.length() && Character.isLetter(s.charAt(j + 1))) {
          j++;
        } else {
          return j;
        }
      } else {
        return j;
      }
    }
    return j;
  }

  private static boolean allDigits(String s, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!Character.isDigit(s.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /** Extends a digit run over thousands groups ({@code 50 000}) and a decimal comma ({@code 3,5}). */
  private static int numberEnd(String s, int i, int j) {
    int n = s.length();
    if (j - i <= 3) {
      while (j + 4 <= n
          && space(s.charAt(j))
          && s.charAt(j) != '\n'
          && allDigits(s, j + 1, j + 4)
          && (j + 4 == n || !wordChar(s.charAt(j + 4)))) {
        j += 4;
      }
    }
    if (j + 1 < n && s.charAt(j) == ',' && Character.isDigit(s.charAt(j + 1))) {
      j++;
      while (j < n && Character.isDigit(s.charAt(j))) {
        j++;
      }
    }
    return j;
  }
}
