package org.traduire.translate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.traduire.document.Range;

/**
 * Protects spans of a segment (inline code, link targets) from the backend: each span is replaced
 * by a token {@code ⟦n⟧} before sending and put back after. A translation that loses or
 * duplicates a token is refused rather than emitted broken.
 */
public final class Placeholders {
  private static final Pattern TOKEN = Pattern.compile("⟦(\\d+)⟧");

  private Placeholders() {}

  /** A segment's text with its protected spans replaced by tokens, and the spans' original text. */
  public record Protected(String text, List<String> originals) {
    public Protected {
      originals = List.copyOf(originals);
    }
  }

  /** Replaces every range of {@code text} (sorted, non-overlapping) by a numbered token. */
  public static Protected protect(String text, List<Range> keep) {
    if (keep.isEmpty()) {
      return new Protected(text, List.of());
    }
    List<Range> ranges = new ArrayList<>(keep);
    ranges.sort((a, b) -> Integer.compare(a.start(), b.start()));
    StringBuilder out = new StringBuilder();
    List<String> originals = new ArrayList<>();
    int at = 0;
    for (Range r : ranges) {
      if (r.start() < at) {
        throw new IllegalArgumentException("overlapping protected ranges at " + r);
      }
      out.append(text, at, r.start());
      out.append('⟦').append(originals.size()).append('⟧');
      originals.add(text.substring(r.start(), r.end()));
      at = r.end();
    }
    out.append(text, at, text.length());
    return new Protected(out.toString(), originals);
  }

  /**
   * True when {@code translation} holds every token of {@code text} exactly once and no other, so
   * that {@link #restore} will accept it (the translation memory keeps only such answers).
   */
  public static boolean sameTokens(String text, String translation) {
    return tokens(text).equals(tokens(translation));
  }

  private static List<String> tokens(String s) {
    List<String> found = new ArrayList<>();
    Matcher m = TOKEN.matcher(s);
    while (m.find()) {
      found.add(m.group());
    }
    found.sort(null);
    return found;
  }

  /**
   * Puts the original spans back into a translation.
   *
   * @throws IllegalStateException when a token is missing, duplicated or unknown
   */
  public static String restore(String translation, List<String> originals) {
    if (originals.isEmpty()) {
      return translation;
    }
    int[] seen = new int[originals.size()];
    Matcher m = TOKEN.matcher(translation);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      int n = Integer.parseInt(m.group(1));
      if (n >= originals.size()) {
        throw new IllegalStateException("unknown placeholder ⟦" + n + "⟧ in the translation");
      }
      seen[n]++;
      m.appendReplacement(out, Matcher.quoteReplacement(originals.get(n)));
    }
    m.appendTail(out);
    for (int i = 0; i < seen.length; i++) {
      if (seen[i] != 1) {
        throw new IllegalStateException(
            "placeholder for \"" + originals.get(i) + "\" came back " + seen[i] + " times");
      }
    }
    return out.toString();
  }
}
