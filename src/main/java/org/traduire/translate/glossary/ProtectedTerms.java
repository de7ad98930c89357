package org.traduire.translate.glossary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.traduire.document.Range;
import org.traduire.translate.Backend;
import org.traduire.translate.ForwardingBackend;
import org.traduire.translate.PartialTranslationException;
import org.traduire.translate.PlaceholderException;
import org.traduire.translate.Placeholders;
import org.traduire.translate.TranslationException;

/**
 * The glossary for a backend that cannot take one (Apertium, LibreTranslate): each term found in a
 * segment goes out as a placeholder and comes back as the glossary's English, capitalised when it
 * starts a sentence. The placeholders are numbered after those already in the text, which belong
 * to the pipeline and are left alone. A segment whose term placeholders do not come back exactly
 * once is asked again, alone, with those terms sent as plain text; if that fails too the segment
 * fails, with the reason, and the rest of the batch is kept.
 */
public final class ProtectedTerms extends ForwardingBackend {
  private final Glossary glossary;

  private ProtectedTerms(Backend inner, Glossary glossary) {
    super(inner);
    this.glossary = glossary;
  }

  /** The wrapped backend's key and the glossary's: a glossary changes the answers. */
  @Override
  public String memoryKey() {
    String key = inner.memoryKey();
    return key == null || key.isEmpty() ? key : key + "+glossary:" + glossary.sha256().substring(0, 12);
  }

  /** {@code backend} with the glossary's terms protected, or {@code backend} itself when the glossary is empty. */
  public static Backend wrap(Backend backend, Glossary glossary) {
    return glossary.isEmpty() ? backend : new ProtectedTerms(backend, glossary);
  }

  /** The terms of {@code text} to send as placeholders: every match outside the pipeline's own placeholders, less {@code skip}. */
  List<TermMatcher.Match> matches(String text, Set<Term> skip) {
    List<Range> tokens = Placeholders.tokens(text);
    List<TermMatcher.Match> out = new ArrayList<>();
    for (TermMatcher.Match m : glossary.find(text)) {
      if (!skip.contains(m.term()) && !overlaps(m, tokens)) {
        out.add(m);
      }
    }
    return out;
  }

  private static boolean overlaps(TermMatcher.Match m, List<Range> tokens) {
    for (Range t : tokens) {
      if (m.start() < t.end() && t.start() < m.end()) {
        return true;
      }
    }
    return false;
  }

  /** A segment as sent: its protected text and the terms behind its placeholders, in token order. */
  private record Sent(Placeholders.Protected text, List<Term> terms) {}

  private Sent protect(String segment, Set<Term> skip) {
    List<TermMatcher.Match> matches = matches(segment, skip);
    List<Placeholders.Span> spans = new ArrayList<>();
    for (TermMatcher.Match m : matches) {
      spans.add(new Placeholders.Span(new Range(m.start(), m.end()), m.term().english(), true));
    }
    Placeholders.Protected p = Placeholders.protect(segment, spans, Placeholders.next(segment));
    return new Sent(p, matches.stream().map(TermMatcher.Match::term).toList());
  }

  /** {@code segment} as this wrapper sends it with {@code glossary}: its terms replaced by placeholders. */
  public static String sent(String segment, Glossary glossary) {
    return glossary.isEmpty() ? segment : new ProtectedTerms(null, glossary).protect(segment, Set.of()).text().text();
  }

  @Override
  public Translated translateNamed(List<String> segments) throws TranslationException {
    int n = segments.size();
    List<Sent> sent = new ArrayList<>(n);
    for (String s : segments) {
      sent.add(protect(s, Set.of()));
    }
    String[] out = new String[n];
    String[] by = new String[n];
    String[] why = new String[n];
    Translated answer = null;
    try {
      answer = inner.translateNamed(sent.stream().map(x -> x.text().text()).toList());
      if (answer.translations().size() != n) {
        return answer; // the caller notices the count and asks segment by segment
      }
      for (int i = 0; i < n; i++) {
        out[i] = answer.translations().get(i);
        by[i] = answer.backend(i);
      }
    } catch (PartialTranslationException e) {
      if (e.size() != n) {
        throw e;
      }
      for (int i = 0; i < n; i++) {
        out[i] = e.translation(i);
        by[i] = e.backend(i);
        why[i] = e.reason(i);
      }
    }
    boolean failed = false;
    for (int i = 0; i < n; i++) {
      if (out[i] == null) {
        failed = true;
        continue;
      }
      try {
        out[i] = Placeholders.restore(out[i], sent.get(i).text());
      } catch (PlaceholderException e) {
        String[] again = retry(segments.get(i), sent.get(i), e);
        out[i] = again[0];
        by[i] = again[1] == null ? by[i] : again[1];
        why[i] = again[2];
        failed |= out[i] == null;
      }
    }
    if (failed) {
      throw new PartialTranslationException(name(), Arrays.asList(out), Arrays.asList(by), Arrays.asList(why));
    }
    return new Translated(answer == null ? name() : answer.backend(), Arrays.asList(out), Arrays.asList(by));
  }

  /** {translation, backend, reason}: the segment asked again alone with the offending terms sent as plain text. */
  private String[] retry(String segment, Sent first, PlaceholderException problem) {
    Set<Term> skip = new HashSet<>();
    for (int k : problem.offending()) {
      skip.add(first.terms().get(k));
    }
    Sent sent = protect(segment, skip);
    try {
      Translated answer = inner.translateNamed(List.of(sent.text().text()));
      if (answer.translations().size() != 1) {
        return new String[] {null, answer.backend(), "glossary " + problem.getMessage() + "; asked again, "
            + answer.translations().size() + " translations came back for 1 segment"};
      }
      return new String[] {Placeholders.restore(answer.translations().get(0), sent.text()), answer.backend(0), null};
    } catch (PartialTranslationException e) {
      return new String[] {null, e.backend(), "glossary " + problem.getMessage() + "; asked again: " + e.getMessage()};
    } catch (TranslationException e) {
      return new String[] {null, e.backend(), "glossary " + problem.getMessage() + "; asked again: " + e.getMessage()};
    } catch (PlaceholderException e) {
      return new String[] {null, null, "glossary " + problem.getMessage() + "; asked again: " + e.getMessage()};
    }
  }

}
