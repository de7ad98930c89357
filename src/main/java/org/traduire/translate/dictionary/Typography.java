package org.traduire.translate.dictionary;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** French typography to English: digit grouping and decimal comma, ordinals, quotation marks. */
final class Typography {
  private static final Map<String, String> PUNCT = Map.of("«", "“", "»", "”", "‹", "‘", "›", "’");
  private static final Pattern ORDINAL = Pattern.compile("(\\d+)(?:er|re|ère|e|ème|eme|è|ᵉ|nd|nde|d)");

  private Typography() {}

  /** "50 000" → "50,000", "3,5" → "3.5", "1 234,5" → "1,234.5"; a plain "2022" stays. */
  static String number(String french) {
    int comma = french.indexOf(',');
    String whole = comma < 0 ? french : french.substring(0, comma);
    String fraction = comma < 0 ? "" : "." + french.substring(comma + 1);
    StringBuilder digits = new StringBuilder();
    boolean grouped = false;
    for (int k = 0; k < whole.length(); k++) {
      char c = whole.charAt(k);
      if (Character.isDigit(c)) {
        digits.append(c);
      } else {
        grouped = true;
      }
    }
    if (!grouped) {
      return digits + fraction;
    }
    StringBuilder out = new StringBuilder();
    int n = digits.length();
    for (int k = 0; k < n; k++) {
      if (k > 0 && (n - k) % 3 == 0) {
        out.append(',');
      }
      out.append(digits.charAt(k));
    }
    return out + fraction;
  }

  /** "1er" → "1st", "2e" → "2nd", "21e" → "21st"; null when the word is not an ordinal. */
  static String ordinal(String word) {
    Matcher m = ORDINAL.matcher(word);
    if (!m.matches()) {
      return null;
    }
    String digits = m.group(1);
    int n = Integer.parseInt(digits.length() > 6 ? digits.substring(digits.length() - 2) : digits);
    String suffix = "th";
    if (n % 100 < 11 || n % 100 > 13) {
      switch (n % 10) {
        case 1: suffix = "st"; break;
        case 2: suffix = "nd"; break;
        case 3: suffix = "rd"; break;
        default: break;
      }
    }
    return digits + suffix;
  }

  static String punctuation(String p) {
    return PUNCT.getOrDefault(p, p);
  }

  /** Marks that take no space before them in English. */
  static boolean closing(String text) {
    if (text.isEmpty()) {
      return false;
    }
    char c = text.charAt(0);
    return ":;!?%»”›)]},.".indexOf(c) >= 0;
  }

  static boolean opening(String text) {
    return !text.isEmpty() && "«“‹([{".indexOf(text.charAt(text.length() - 1)) >= 0;
  }
}
