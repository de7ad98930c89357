package org.traduire.chunk;

import java.util.Locale;
import java.util.Set;

/**
 * Decides whether a single full stop, already followed by whitespace and a sentence start, ends the
 * sentence or closes an abbreviation or an initial. The full stop's word is the run of letters just
 * before it.
 */
final class FrenchAbbreviations {
  /**
   * Titles before a name, matched with their case: {@code M. Dupont}, {@code Mme. Curie}, and the
   * English ones French texts use for English names ({@code Mr. Fogg}).
   */
  private static final Set<String> TITLES =
      Set.of(
          "M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Me", "Mgr", "Dr", "Pr", "St", "Ste", "Mr",
          "Mrs", "Ms");

  /** Abbreviations that are never words of their own, matched in lower case. */
  private static final Set<String> ALWAYS =
      Set.of(
          "cf", "env", "chap", "fig", "no", "p", "pp", "éd", "coll", "réf", "tél", "vs", "av",
          "apr", "janv", "févr", "fév", "avr", "juil", "oct", "nov", "déc");

  /**
   * Abbreviations that are also ordinary words ({@code l'art}, {@code le vol}, {@code sept}): they
   * hold the sentence together only before a number, as in {@code art. 5} or {@code 3 sept. 2021}.
   */
  private static final Set<String> BEFORE_NUMBER = Set.of("art", "vol", "sept");

  private FrenchAbbreviations() {}

  /**
   * True when the full stop at {@code dot} ends a sentence; {@code next} is the index of the first
   * character after the whitespace that follows it.
   */
  static boolean endsSentence(String text, int dot, int next) {
    int start = dot;
    while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
      start--;
    }
    String word = text.substring(start, dot);
    int nextChar = text.codePointAt(next);
    if (word.isEmpty()) {
      return true;
    }
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
      return endsAfterCapital(text, start);
    }
    String lower = word.toLowerCase(Locale.ROOT);
    if (lower.equals("etc")) {
      return Character.isUpperCase(nextChar);
    }
    if (TITLES.contains(word) || ALWAYS.contains(lower)) {
      return false;
    }
    if (lower.equals("ex")) {
      String before = previousToken(text, start).toLowerCase(Locale.ROOT);
      return !(before.equals("p.") || before.equals("par"));
    }
    if (BEFORE_NUMBER.contains(lower)) {
      boolean dayBefore = lower.equals("sept") && isNumber(previousToken(text, start));
      return !(Character.isDigit(nextChar) || dayBefore);
    }
    return true;
  }

  /**
   * A capital letter with a full stop: an initial ({@code J. K. Rowling}, {@code J.K.}, {@code
   * J.-P. Sartre}) holds the sentence together; an acronym of three letters or more ({@code
   * S.N.C.F.}) and {@code J.-C.} (as in {@code av. J.-C.}) end it.
   */
  private static boolean endsAfterCapital(String text, int letter) {
    if (letter >= 2 && text.charAt(letter - 1) == '-' && text.charAt(letter - 2) == '.') {
      return letter >= 3 && text.startsWith("J.-C", letter - 3);
    }
    int letters = 1;
    int i = letter;
    while (i >= 2 && text.charAt(i - 1) == '.' && Character.isUpperCase(text.charAt(i - 2))) {
      letters++;
      i -= 2;
    }
    return letters >= 3;
  }

  /** The run of non-space characters that ends just before the spaces before {@code index}. */
  private static String previousToken(String text, int index) {
    int end = index;
    while (end > 0 && FrenchSentenceSplitter.isSpace(text.charAt(end - 1))) {
      end--;
    }
    int start = end;
    while (start > 0 && !FrenchSentenceSplitter.isSpace(text.charAt(start - 1))) {
      start--;
    }
    return text.substring(start, end);
  }

  private static boolean isNumber(String token) {
    return !token.isEmpty() && token.chars().allMatch(Character::isDigit);
  }
}
