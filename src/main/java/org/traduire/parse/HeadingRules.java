package org.traduire.parse;

/**
 * The rules that make a one-line plain-text paragraph a heading, all in one place.
 *
 * <ul>
 *   <li>it is one line that stands alone: start of text or a blank line before it;
 *   <li>it is followed by text: some non-blank paragraph comes after it;
 *   <li>it holds a letter (so {@code (1873)} or {@code ***} are not headings);
 *   <li>it does not end in sentence punctuation ({@code . ! ? … : ; ,}), closing quotes and
 *       brackets aside;
 *   <li>the first line of the text is the title, level 1, whatever its length; a later line equal
 *       to the title (scraped articles repeat it) is level 1 too;
 *   <li>any other heading is short, {@value #MAX_WORDS} words or fewer, and is level 2.
 * </ul>
 */
final class HeadingRules {
  static final int MAX_WORDS = 12;

  /** Characters that end a sentence or a clause when they end a line. */
  private static final String SENTENCE_END = ".!?…:;,";

  /** Closing quotes and brackets, looked through before checking the last character. */
  private static final String CLOSERS = "»\"”’')]}";

  private HeadingRules() {}

  /**
   * A one-line paragraph of plain text, as the heading rules see it.
   *
   * @param line the line, without its line end
   * @param first whether it is the first line of the text (only blank lines before it)
   * @param standsAlone whether it starts the text or follows a blank line
   * @param followedByText whether a non-blank paragraph comes later
   */
  record Candidate(String line, boolean first, boolean standsAlone, boolean followedByText) {}

  /** The title the candidate sets, or "" when it is not the title line. */
  static String title(Candidate c) {
    if (c.first() && c.standsAlone() && c.followedByText() && looksLikeHeading(c.line())) {
      return c.line().strip();
    }
    return "";
  }

  /**
   * The heading level of the candidate, or 0 when it is a paragraph.
   *
   * @param title the text's title ("" when it has none)
   */
  static int level(Candidate c, String title) {
    if (!c.standsAlone() || !c.followedByText() || !looksLikeHeading(c.line())) {
      return 0;
    }
    String line = c.line().strip();
    if (c.first() || (!title.isEmpty() && line.equals(title))) {
      return 1;
    }
    return isShort(line) ? 2 : 0;
  }

  /** True when the line is short enough for a heading that is not the title. */
  static boolean isShort(String line) {
    return words(line) <= MAX_WORDS;
  }

  /** Words in the line: whitespace-separated tokens holding a letter or a digit. */
  static int words(String line) {
    int count = 0;
    for (String token : line.strip().split("\\s+")) {
      if (token.codePoints().anyMatch(Character::isLetterOrDigit)) {
        count++;
      }
    }
    return count;
  }

  /** True when the line, closing quotes and brackets aside, ends in sentence punctuation. */
  static boolean endsInSentencePunctuation(String line) {
    String s = line.strip();
    int end = s.length();
    while (end > 0 && (CLOSERS.indexOf(s.charAt(end - 1)) >= 0 || isSpace(s.charAt(end - 1)))) {
      end--;
    }
    return end > 0 && SENTENCE_END.indexOf(s.charAt(end - 1)) >= 0;
  }

  static boolean hasLetter(String line) {
    return line.codePoints().anyMatch(Character::isLetter);
  }

  private static boolean looksLikeHeading(String line) {
    return hasLetter(line) && !endsInSentencePunctuation(line);
  }

  /** Whitespace including the no-break spaces French puts before {@code »}. */
  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
