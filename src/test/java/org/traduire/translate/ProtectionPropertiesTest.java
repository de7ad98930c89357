package org.traduire.translate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.traduire.document.Range;
import org.traduire.testing.FuzzSettings;
import org.traduire.translate.glossary.Glossary;
import org.traduire.translate.glossary.ProtectedTerms;
import org.traduire.translate.glossary.Term;

/**
 * Protection followed by restoration is the identity, on generated French text full of URLs,
 * code, paths, handles, e-mail addresses, version and model numbers, and text that already looks
 * like a placeholder; and nothing protected is ever sent. {@code bench/fuzz.sh} runs these longer
 * (see {@link FuzzSettings}).
 */
@AddLifecycleHook(FuzzSettings.class)
class ProtectionPropertiesTest {
  @Provide
  Arbitrary<String> articles() {
    Arbitrary<String> words = Arbitraries.of("le", "la", "les", "modèle", "puce", "laboratoire", "GPU", "NVIDIA", "dispose",
        "de", "50 000", "2023", "1er", "mi-2024", "et/ou", "d’AI", "l'IA", "Chine", "« cité »", "3,5 %", "(voir)", "⟦", "⟧");
    Arbitrary<String> protectedBits = Arbitraries.oneOf(
        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8).map(s -> "https://ex.org/" + s + "?q=(1)"),
        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8).map(s -> "`" + s + " --all`"),
        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8).map(s -> "/usr/share/" + s),
        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8).map(s -> "@" + s + "_ai"),
        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8).map(s -> s + "@exemple.fr"),
        Arbitraries.integers().between(1, 999).map(n -> "H" + n),
        Arbitraries.integers().between(0, 99).map(n -> "v" + n + "." + (n % 7) + ".1"),
        Arbitraries.integers().between(1, 9).map(n -> "GPT-" + n + "o"),
        Arbitraries.integers().between(0, 20).map(n -> "⟦" + n + "⟧"),
        Arbitraries.of("README.md", "./run.sh", "C:\\\\a\\\\b.txt", "samples/x.fr.txt"));
    Arbitrary<String> piece = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, words), net.jqwik.api.Tuple.of(1, protectedBits));
    Arbitrary<String> separator = Arbitraries.of(" ", " ", ", ", ". ", " : ", "\n", "\u00A0");
    return Combinators.combine(piece.list().ofMinSize(1).ofMaxSize(25), separator.list().ofSize(25))
        .as((ps, seps) -> {
          StringBuilder sb = new StringBuilder();
          for (int i = 0; i < ps.size(); i++) {
            sb.append(ps.get(i)).append(seps.get(i));
          }
          return sb.toString();
        });
  }

  @Property(tries = 400)
  void protectThenRestoreIsTheIdentity(@ForAll("articles") String text) {
    List<Range> ranges = Protector.DEFAULT.find(text);
    Placeholders.Protected p = Placeholders.protect(text, ranges);

    assertThat(Placeholders.restore(p.text(), p)).isEqualTo(text);
    assertThat(Placeholders.restore(p.text(), p.originals())).isEqualTo(text);
  }

  @Property(tries = 400)
  void nothingProtectedIsSentAndTheRangesNeitherOverlapNorLeaveTheText(@ForAll("articles") String text) {
    List<Range> ranges = Protector.DEFAULT.find(text);
    Placeholders.Protected p = Placeholders.protect(text, ranges);

    int at = 0;
    for (Range r : ranges) {
      assertThat(r.start()).isGreaterThanOrEqualTo(at);
      assertThat(r.end()).isLessThanOrEqualTo(text.length());
      at = r.end();
    }
    List<String> urlsAndCode = new ArrayList<>();
    for (String original : p.originals()) {
      if (original.startsWith("https://") || original.startsWith("`")) {
        urlsAndCode.add(original);
      }
    }
    for (String s : urlsAndCode) {
      assertThat(p.text()).doesNotContain(s);
    }
  }

  @Property(tries = 300)
  void aSecondLayerOfGlossaryPlaceholdersRestoresToTheTextWhenTheEnglishIsTheFrench(@ForAll("articles") String text) {
    Glossary identity = Glossary.of(List.of(Term.of("laboratoire", "laboratoire"), Term.of("puce", "puce"),
        Term.of("NVIDIA", "NVIDIA"), Term.of("modèle", "modèle")));
    Placeholders.Protected first = Placeholders.protect(text, Protector.DEFAULT.find(text));
    String sent = ProtectedTerms.sent(first.text(), identity);

    // the second layer's tokens come after the first's, so restoring it leaves the first's in place
    List<Placeholders.Span> spans = new ArrayList<>();
    for (var m : identity.find(first.text())) {
      boolean inToken = Placeholders.tokens(first.text()).stream().anyMatch(t -> m.start() < t.end() && t.start() < m.end());
      if (!inToken) {
        spans.add(new Placeholders.Span(new Range(m.start(), m.end()), m.term().english(), false));
      }
    }
    Placeholders.Protected second = Placeholders.protect(first.text(), spans, Placeholders.next(first.text()));

    assertThat(second.text()).isEqualTo(sent);
    assertThat(Placeholders.restore(Placeholders.restore(sent, second), first)).isEqualTo(text);
  }
}
