package org.traduire.translate.glossary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.traduire.translate.Backend;
import org.traduire.translate.PartialTranslationException;

/** Glossary terms as placeholders for a backend that takes no glossary, and what happens when it loses one. */
class ProtectedTermsTest {
  private static final Glossary TERMS = Glossary.of(List.of(Term.of("PDG", "chief executive"), Term.of("puces", "chips"),
      Term.of("processeur graphique", "graphics processor")));

  /** A backend that applies {@code f} to each segment and records what it was sent. */
  private static final class Fake implements Backend {
    final List<List<String>> sent = new ArrayList<>();
    private final UnaryOperator<String> f;

    Fake(UnaryOperator<String> f) {
      this.f = f;
    }

    @Override
    public String name() {
      return "fake";
    }

    @Override
    public int maxChars() {
      return 1000;
    }

    @Override
    public List<String> translate(List<String> segments) {
      sent.add(List.copyOf(segments));
      return segments.stream().map(f).toList();
    }
  }

  private static String english(String s) {
    return s.replace("parle des", "talks about").replace("et les", "and the").replace("Le ", "The ")
        .replace("chauffe", "heats up").replace(" et ", " and ");
  }

  @Test
  void termsGoOutAsPlaceholdersAfterThePipelinesAndComeBackInEnglish() throws Exception {
    Fake fake = new Fake(ProtectedTermsTest::english);

    List<String> out = ProtectedTerms.wrap(fake, TERMS).translate(List.of("Le PDG parle des puces et ⟦0⟧.", "processeur graphique et puces"));

    assertThat(fake.sent.get(0)).containsExactly("Le ⟦1⟧ parle des ⟦2⟧ et ⟦0⟧.", "⟦0⟧ et ⟦1⟧");
    assertThat(out).containsExactly("The chief executive talks about chips and ⟦0⟧.", "Graphics processor and chips");
  }

  @Test
  void aLostTermIsAskedAgainAloneWithThatTermSentAsItIs() throws Exception {
    // loses the token standing for "puces" (the second of the segment) when there are two
    Fake fake = new Fake(s -> english(s.contains("⟦1⟧") ? s.replace("⟦1⟧", "") : s));

    List<String> out = ProtectedTerms.wrap(fake, TERMS).translate(List.of("Le PDG chauffe.", "Le PDG et les puces."));

    assertThat(out).containsExactly("The chief executive heats up.", "The chief executive and the puces.");
    assertThat(fake.sent).containsExactly(List.of("Le ⟦0⟧ chauffe.", "Le ⟦0⟧ et les ⟦1⟧."), List.of("Le ⟦0⟧ et les puces."));
  }

  @Test
  void aSegmentThatLosesTermsTwiceFailsAloneWithTheReason() {
    // loses the last placeholder of a segment that has "les": "puces" first, then, asked again, "PDG"
    Fake fake = new Fake(s -> {
      int last = s.lastIndexOf('⟦');
      return english(s.contains("les") && last >= 0 ? s.substring(0, last) + s.substring(s.indexOf('⟧', last) + 1) : s);
    });

    assertThatThrownBy(() -> ProtectedTerms.wrap(fake, TERMS).translate(List.of("Le PDG et les puces.", "Rien ici.")))
        .isInstanceOfSatisfying(PartialTranslationException.class, e -> {
          assertThat(e.translation(0)).isNull();
          assertThat(e.reason(0)).isEqualTo("glossary placeholder for \"puces\" came back 0 times;"
              + " asked again: placeholder for \"PDG\" came back 0 times");
          assertThat(e.translation(1)).isEqualTo("Rien ici.");
        });
  }

  @Test
  void anEmptyGlossaryLeavesTheBackendAsItIs() {
    Fake fake = new Fake(UnaryOperator.identity());

    assertThat(ProtectedTerms.wrap(fake, Glossary.NONE)).isSameAs(fake);
  }
}
