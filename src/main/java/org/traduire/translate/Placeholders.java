package org.traduire.translate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.traduire.document.Range;

/**
 * Protects spans of a segment from the backend: each span is replaced by a token {@code ⟦n⟧}
 * before sending, and after translation the token is replaced by the span's own text (inline
 * code, a URL, a model number) or by a replacement (a glossary term's English). A translation
 * that loses, duplicates or alters a token is refused, naming the spans concerned, rather than
 * emitted broken.
 *
 * <p>Protection can be layered: a wrapper around one backend may protect more spans of text that
 * already holds tokens, numbering its own from {@code first} on (see {@link #next}); restoring
 * touches only the layer's own numbers.
 */
public final class Placeholders {
  private static final Pattern TOKEN = Pattern.compile("⟦(\\d{1,9})⟧");

  private Placeholders() {}

  /**
   * A span to protect: its range in the text, the text to put back ({@code null}: the span's own
   * text), and whether a replacement that lands at the start of a sentence takes a capital.
   */
  public record Span(Range range, String replacement, boolean sentenceCase) {
    public Span {
      Objects.requireNonNull(range, "range");
    }

    /** A span that comes back as it was. */
    public static Span verbatim(Range range) {
      return new Span(range, null, false);
    }
  }

  /** One protected piece: the text it replaced in the source, and what goes back. */
  public record Piece(String original, String replacement, boolean sentenceCase) {}

  /** A segment's text with its protected spans replaced by tokens numbered from {@code first}. */
  public record Protected(String text, int first, List<Piece> pieces) {
    public Protected {
      pieces = List.copyOf(pieces);
    }

    /** The source text of each piece, in token order. */
    public List<String> originals() {
      return pieces.stream().map(Piece::original).toList();
    }

    /** The token that stands for piece {@code i}. */
    public String token(int i) {
      return "⟦" + (first + i) + "⟧";
    }
  }

  /** Replaces every range of {@code text} (non-overlapping) by a numbered token, to come back as it was. */
  public static Protected protect(String text, List<Range> keep) {
    return protect(text, keep.stream().map(Span::verbatim).toList(), 0);
  }

  /**
   * True when {@code translation} holds every token of {@code text} exactly once and no other, so
   * that {@link #restore} will accept it (the translation memory keeps only such answers).
   */
  public static boolean sameTokens(String text, String translation) {
    return tokenTexts(text).equals(tokenTexts(translation));
  }

  private static List<String> tokenTexts(String s) {
    List<String> found = new ArrayList<>();
    Matcher m = TOKEN.matcher(s);
    while (m.find()) {
      found.add(m.group());
    }
    found.sort(null);
    return found;
  }

  /**
   * Replaces every span of {@code text} by a token, numbered from {@code first} in the order of
   * the spans in the text.
   *
   * @throws IllegalArgumentException when spans overlap or leave the text
   */
  public static Protected protect(String text, List<Span> spans, int first) {
    if (spans.isEmpty()) {
      return new Protected(text, first, List.of());
    }
    List<Span> sorted = new ArrayList<>(spans);
    sorted.sort((a, b) -> Integer.compare(a.range().start(), b.range().start()));
    StringBuilder out = new StringBuilder();
    List<Piece> pieces = new ArrayList<>();
    int at = 0;
    for (Span s : sorted) {
      Range r = s.range();
      if (r.start() < at) {
        throw new IllegalArgumentException("overlapping protected ranges at " + r);
      }
      if (r.end() > text.length()) {
        throw new IllegalArgumentException("protected range " + r + " outside a text of length " + text.length());
      }
      out.append(text, at, r.start());
      out.append('⟦').append(first + pieces.size()).append('⟧');
      String original = text.substring(r.start(), r.end());
      pieces.add(new Piece(original, s.replacement() == null ? original : s.replacement(), s.sentenceCase()));
      at = r.end();
    }
    out.append(text, at, text.length());
    return new Protected(out.toString(), first, pieces);
  }

  /** The first token number free in {@code text}: one more than the largest it holds, else 0. */
  public static int next(String text) {
    int max = -1;
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      max = Math.max(max, Integer.parseInt(m.group(1)));
    }
    return max + 1;
  }

  /** Ranges of {@code text} that look like tokens already, so that they can be protected like any other span. */
  public static List<Range> tokens(String text) {
    List<Range> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      out.add(new Range(m.start(), m.end()));
    }
    return out;
  }

  /** {@code text} without its tokens: what a reader sees of it, less the protected spans. */
  public static String strip(String text) {
    return TOKEN.matcher(text).replaceAll("");
  }

  /**
   * Puts the original spans back into a translation (protection numbered from 0).
   *
   * @throws PlaceholderException when a token is missing, duplicated or unknown
   */
  public static String restore(String translation, List<String> originals) {
    List<Piece> pieces = originals.stream().map(o -> new Piece(o, o, false)).toList();
    return restore(translation, new Protected("", 0, pieces));
  }

  /**
   * Puts each piece's replacement where its token is in {@code translation}; tokens of other
   * layers (below {@code first}) are left as they are.
   *
   * @throws PlaceholderException when one of the layer's tokens came back other than exactly
   *     once, or a token above the layer's numbers appeared; it names the pieces concerned
   */
  public static String restore(String translation, Protected p) {
    List<Piece> pieces = p.pieces();
    if (pieces.isEmpty()) {
      return translation;
    }
    int[] seen = new int[pieces.size()];
    List<String> unknown = new ArrayList<>();
    Matcher m = TOKEN.matcher(translation);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      long n = Long.parseLong(m.group(1));
      if (n < p.first()) {
        m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
        continue;
      }
      int k = (int) (n - p.first());
      if (k >= pieces.size()) {
        unknown.add(m.group());
        m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
        continue;
      }
      seen[k]++;
      Piece piece = pieces.get(k);
      String replacement = piece.replacement();
      if (piece.sentenceCase()) {
        replacement = capitaliseAtSentenceStart(replacement, translation.substring(0, m.start()));
      }
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    List<Integer> offending = new ArrayList<>();
    StringBuilder why = new StringBuilder();
    for (int i = 0; i < seen.length; i++) {
      if (seen[i] != 1) {
        offending.add(i);
        if (why.length() == 0) {
          why.append("placeholder for \"").append(pieces.get(i).original()).append("\" came back ")
              .append(seen[i]).append(" times");
        }
      }
    }
    if (offending.isEmpty() && unknown.isEmpty()) {
      return out.toString();
    }
    if (why.length() == 0) {
      why.append("unknown placeholder ").append(unknown.get(0)).append(" in the translation");
    } else if (offending.size() > 1) {
      why.append(" (and ").append(offending.size() - 1).append(" more)");
    }
    throw new PlaceholderException(why.toString(), offending);
  }

  /**
   * {@code replacement} with a capital when what comes before it in the translation ends a
   * sentence or is nothing but opening quotes and brackets: "⟦0⟧ is fast" gives "Graphics
   * processors are…", not "graphics processors are…". A replacement that is not plain lower case
   * at its start ("iPhone") is left as written.
   */
  private static String capitaliseAtSentenceStart(String replacement, String before) {
    if (replacement.isEmpty() || !Character.isLowerCase(replacement.charAt(0))
        || replacement.length() > 1 && Character.isUpperCase(replacement.charAt(1))) {
      return replacement;
    }
    int i = before.length() - 1;
    while (i >= 0 && (Character.isWhitespace(before.charAt(i)) || Character.isSpaceChar(before.charAt(i))
        || "«\"“‘([¿¡".indexOf(before.charAt(i)) >= 0)) {
      i--;
    }
    boolean start = i < 0 || ".!?…".indexOf(before.charAt(i)) >= 0 && i < before.length() - 1;
    return start ? Character.toUpperCase(replacement.charAt(0)) + replacement.substring(1) : replacement;
  }
}
