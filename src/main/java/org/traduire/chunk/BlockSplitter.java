package org.traduire.chunk;

import java.util.ArrayList;
import java.util.List;
import org.traduire.document.Range;

/**
 * Cuts the text of one block into segments of at most {@code maxChars} characters of text each.
 *
 * <p>Cuts go, in order of preference: at sentence ends, grouping as many whole sentences as fit;
 * else, for a single sentence too long on its own, before the last word that would pass the limit;
 * else, for a word longer than the limit, at the limit itself. No cut ever falls inside a {@code
 * keep} range: the cut moves before the range. A keep range longer than {@code maxChars} that no
 * cut can avoid becomes a part of its own, the only kind of part longer than the limit.
 */
final class BlockSplitter {
  private final int block;
  private final String text;
  private final List<Range> keep;
  private final int maxChars;

  private BlockSplitter(int block, String text, List<Range> keep, int maxChars) {
    this.block = block;
    this.text = text;
    this.keep = keep;
    this.maxChars = maxChars;
  }

  /**
   * The segments of block {@code block}, whose text concatenated with their trailing is {@code
   * text}.
   */
  static List<Segment> split(int block, String text, List<Range> keep, int maxChars) {
    if (text.length() <= maxChars) {
      return List.of(new Segment(block, 0, text, "", keep));
    }
    return new BlockSplitter(block, text, keep, maxChars).parts();
  }

  private List<Segment> parts() {
    List<Integer> sentenceEnds = new ArrayList<>();
    int offset = 0;
    for (String sentence : FrenchSentenceSplitter.split(text)) {
      offset += sentence.length();
      sentenceEnds.add(offset);
    }
    List<Segment> parts = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int cut = furthestFitting(start, sentenceEnds);
      if (cut < 0) {
        cut = furthestFitting(start, wordStarts(start));
      }
      if (cut < 0) {
        cut = hardCut(start);
      }
      parts.add(part(parts.size(), start, cut));
      start = cut;
    }
    return parts;
  }

  /**
   * The largest allowed cut among ascending {@code candidates} whose part, from {@code start}, has
   * non-empty text of at most {@code maxChars}; -1 when there is none. A part's text grows with its
   * cut, so the scan stops at the first candidate too long.
   */
  private int furthestFitting(int start, List<Integer> candidates) {
    int best = -1;
    for (int cut : candidates) {
      if (cut <= start) {
        continue;
      }
      int end = textEnd(start, cut);
      if (end - start > maxChars) {
        break;
      }
      if (end > start && allowed(cut)) {
        best = cut;
      }
    }
    return best;
  }

  /**
   * Indexes where a word begins after whitespace, from {@code start} up to the first word that
   * reaches past the limit.
   */
  private List<Integer> wordStarts(int start) {
    List<Integer> starts = new ArrayList<>();
    for (int i = start + 1; i < text.length(); i++) {
      if (FrenchSentenceSplitter.isSpace(text.charAt(i))) {
        continue;
      }
      if (FrenchSentenceSplitter.isSpace(text.charAt(i - 1))) {
        starts.add(i);
      }
      if (i >= start + maxChars) {
        break;
      }
    }
    return starts;
  }

  /**
   * The last resort: cut a word at the limit, or around the keep range that holds the limit; the
   * whitespace after the cut stays with the part as its trailing whitespace.
   */
  private int hardCut(int start) {
    int cut = Math.min(text.length(), start + maxChars);
    if (cut < text.length() && Character.isLowSurrogate(text.charAt(cut)) && cut - 1 > start) {
      cut--;
    }
    for (Range r : keep) {
      if (r.start() < cut && cut < r.end()) {
        cut = r.start() > start ? r.start() : r.end();
      }
    }
    while (cut < text.length() && FrenchSentenceSplitter.isSpace(text.charAt(cut)) && !kept(cut)) {
      cut++;
    }
    return cut;
  }

  /** True when a keep range holds the character at {@code index} or starts there. */
  private boolean kept(int index) {
    for (Range r : keep) {
      if (r.start() == index || (r.start() < index && index < r.end())) {
        return true;
      }
    }
    return false;
  }

  private boolean allowed(int cut) {
    for (Range r : keep) {
      if (r.start() < cut && cut < r.end()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Where the text of the part {@code [start, cut)} ends: before its trailing whitespace, unless a
   * keep range of the part reaches into that whitespace.
   */
  private int textEnd(int start, int cut) {
    int end = cut;
    while (end > start && FrenchSentenceSplitter.isSpace(text.charAt(end - 1))) {
      end--;
    }
    for (Range r : keep) {
      if (belongs(r, start, cut) && r.end() <= cut) {
        end = Math.max(end, r.end());
      }
    }
    return end;
  }

  /**
   * True when range {@code r} starts in the part {@code [start, cut)}; an empty range at a cut
   * belongs to the part after it, or to the last part at the end of the text.
   */
  private boolean belongs(Range r, int start, int cut) {
    return r.start() >= start && (r.start() < cut || r.start() == text.length());
  }

  private Segment part(int number, int start, int cut) {
    int end = textEnd(start, cut);
    List<Range> shifted = new ArrayList<>();
    for (Range r : keep) {
      if (belongs(r, start, cut)) {
        shifted.add(new Range(r.start() - start, r.end() - start));
      }
    }
    return new Segment(
        block, number, text.substring(start, end), text.substring(end, cut), shifted);
  }
}
