package org.traduire.pipeline;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Finds the known name a mistyped one was most likely meant to be. */
public final class Names {
  private Names() {}

  /** The known name within two edits of {@code typed} (or starting with it), if there is one. */
  public static Optional<String> closest(String typed, List<String> known) {
    String t = typed.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String k : known) {
      int d = k.startsWith(t) && !t.isEmpty() ? 1 : distance(t, k.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        best = k;
        bestDistance = d;
      }
    }
    return bestDistance <= 2 ? Optional.of(best) : Optional.empty();
  }

  /** " (did you mean 'x'?)" when a close name exists, else "". */
  public static String hint(String typed, List<String> known) {
    return closest(typed, known).map(k -> " (did you mean '" + k + "'?)").orElse("");
  }

  /** Levenshtein distance. */
  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] swap = prev;
      prev = cur;
      cur = swap;
    }
    return prev[b.length()];
  }
}
