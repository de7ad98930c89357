package org.traduire.render;

/**
 * How many terminal columns text takes: East Asian wide and fullwidth characters (CJK, Hangul,
 * fullwidth forms, most emoji) take two, combining marks, zero-width and control characters none,
 * everything else one. Box-drawing characters, East Asian "ambiguous" in Unicode, count one, as in
 * every non-CJK terminal. Widths are per code point: an emoji joined with U+200D counts as the sum
 * of its parts.
 */
final class DisplayWidth {
  /** Inclusive ranges of wide code points, sorted (Unicode 15 East Asian Width W and F). */
  private static final int[][] WIDE = {
    {0x1100, 0x115F}, // Hangul Jamo initial consonants
    {0x231A, 0x231B}, // watch, hourglass
    {0x2329, 0x232A}, // angle brackets
    {0x23E9, 0x23EC},
    {0x23F0, 0x23F0},
    {0x23F3, 0x23F3},
    {0x25FD, 0x25FE},
    {0x2614, 0x2615},
    {0x2648, 0x2653}, // zodiac
    {0x267F, 0x267F},
    {0x2693, 0x2693},
    {0x26A1, 0x26A1},
    {0x26AA, 0x26AB},
    {0x26BD, 0x26BE},
    {0x26C4, 0x26C5},
    {0x26CE, 0x26CE},
    {0x26D4, 0x26D4},
    {0x26EA, 0x26EA},
    {0x26F2, 0x26F3},
    {0x26F5, 0x26F5},
    {0x26FA, 0x26FA},
    {0x26FD, 0x26FD},
    {0x2705, 0x2705}, // check mark
    {0x270A, 0x270B},
    {0x2728, 0x2728},
    {0x274C, 0x274C},
    {0x274E, 0x274E},
    {0x2753, 0x2755},
    {0x2757, 0x2757},
    {0x2795, 0x2797},
    {0x27B0, 0x27B0},
    {0x27BF, 0x27BF},
    {0x2B1B, 0x2B1C},
    {0x2B50, 0x2B50}, // star
    {0x2B55, 0x2B55},
    {0x2E80, 0x303E}, // CJK radicals, Kangxi, CJK symbols and punctuation
    {0x3041, 0x33FF}, // kana, Bopomofo, Hangul compatibility Jamo, enclosed CJK
    {0x3400, 0x4DBF}, // CJK extension A
    {0x4E00, 0x9FFF}, // CJK unified ideographs
    {0xA000, 0xA4CF}, // Yi
    {0xA960, 0xA97F}, // Hangul Jamo extended A
    {0xAC00, 0xD7A3}, // Hangul syllables
    {0xF900, 0xFAFF}, // CJK compatibility ideographs
    {0xFE10, 0xFE19}, // vertical forms
    {0xFE30, 0xFE6F}, // CJK compatibility and small forms
    {0xFF00, 0xFF60}, // fullwidth forms
    {0xFFE0, 0xFFE6}, // fullwidth signs
    {0x16FE0, 0x16FE4},
    {0x17000, 0x18CFF}, // Tangut
    {0x1AFF0, 0x1B2FF}, // kana supplements, Nushu
    {0x1F004, 0x1F004},
    {0x1F0CF, 0x1F0CF},
    {0x1F18E, 0x1F18E},
    {0x1F191, 0x1F19A},
    {0x1F200, 0x1F2FF}, // enclosed ideographic supplement
    {0x1F300, 0x1F64F}, // pictographs, emoticons
    {0x1F680, 0x1F6FF}, // transport and map symbols
    {0x1F7E0, 0x1F7EB},
    {0x1F900, 0x1F9FF}, // supplemental symbols and pictographs
    {0x1FA70, 0x1FAFF},
    {0x20000, 0x2FFFD}, // CJK extension B and later
    {0x30000, 0x3FFFD},
  };

  private DisplayWidth() {}

  /** The columns one code point takes: 0, 1 or 2. */
  static int of(int codePoint) {
    if (codePoint < 0x20 || (codePoint >= 0x7F && codePoint < 0xA0)) {
      return 0;
    }
    if (codePoint < 0x300) {
      return 1;
    }
    int type = Character.getType(codePoint);
    if (type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.FORMAT
        || (codePoint >= 0x1160 && codePoint <= 0x11FF)) { // Hangul vowels and finals join
      return 0;
    }
    return isWide(codePoint) ? 2 : 1;
  }

  /** The columns a string takes. */
  static int of(CharSequence text) {
    // a loop, not codePoints().map(..).sum(): the renderer asks for every word, and a cold stream
    // pipeline made this a tenth of the sample article's run
    int width = 0;
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c >= 0x20 && c < 0x7F) {
        width++;
        i++;
      } else {
        int codePoint = Character.codePointAt(text, i);
        width += of(codePoint);
        i += Character.charCount(codePoint);
      }
    }
    return width;
  }

  private static boolean isWide(int codePoint) {
    int low = 0;
    int high = WIDE.length - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      if (codePoint < WIDE[mid][0]) {
        high = mid - 1;
      } else if (codePoint > WIDE[mid][1]) {
        low = mid + 1;
      } else {
        return true;
      }
    }
    return false;
  }
}
