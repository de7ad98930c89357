package org.traduire.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.traduire.detect.LanguageDetector;
import org.traduire.document.Detection;
import org.traduire.translate.Backend;
import org.traduire.translate.TranslationException;

/** Test doubles: a word-list detector and scriptable backends. */
final class Fakes {
  private Fakes() {}

  /** German when the text has "und"; else English when "the" outnumbers "les" and "des"; else French. */
  static final LanguageDetector DETECTOR =
      text -> {
        String t = " " + text.toLowerCase() + " ";
        if (t.contains(" und ")) {
          return new Detection("de", 0.4);
        }
        if (count(t, " the ") > count(t, " les ") + count(t, " des ")) {
          return new Detection("en", 0.3);
        }
        return new Detection("fr", 0.25);
      };

  private static int count(String text, String word) {
    int n = 0;
    for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
      n++;
    }
    return n;
  }

  /** Thrown by a scripted function to make the backend fail fatally. */
  static final class Fatal extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  /** A backend that applies {@code f} to each segment and records every batch it was sent. */
  static final class Recording implements Backend {
    final List<List<String>> batches = java.util.Collections.synchronizedList(new ArrayList<>());
    private final Function<List<String>, List<String>> f;
    private final int maxChars;

    Recording(Function<List<String>, List<String>> f) {
      this(f, 1000);
    }

    Recording(Function<List<String>, List<String>> f, int maxChars) {
      this.f = f;
      this.maxChars = maxChars;
    }

    static Recording upperCase() {
      return new Recording(l -> l.stream().map(String::toUpperCase).toList());
    }

    @Override
    public String name() {
      return "fake";
    }

    @Override
    public int maxChars() {
      return maxChars;
    }

    @Override
    public List<String> translate(List<String> segments) throws TranslationException {
      batches.add(List.copyOf(segments));
      List<String> out;
      try {
        out = f.apply(segments);
      } catch (Fatal e) {
        throw new TranslationException("fake", "key rejected (403)", null, true);
      }
      if (out == null) {
        throw new TranslationException("fake", "fake answered 503 Service Unavailable");
      }
      return out;
    }
  }
}
