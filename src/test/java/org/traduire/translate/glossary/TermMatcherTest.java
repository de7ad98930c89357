package org.traduire.translate.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Finding glossary terms: word boundaries, longest first, accents, case, apostrophes, spaces. */
class TermMatcherTest {
  private static List<String> found(Glossary g, String text) {
    return g.find(text).stream().map(m -> text.substring(m.start(), m.end()) + "=" + m.term().english()).toList();
  }

  @Test
  void matchesWholeWordsOnly() {
    Glossary g = Glossary.of(List.of(Term.of("puce", "chip"), Term.of("IA", "AI")));

    assertThat(found(g, "La puce, les puces, l'épuce ; IA et VIA ou IAs.")).containsExactly("puce=chip", "IA=AI");
  }

  @Test
  void theLongestTermWinsWhereSeveralStart() {
    Glossary g = Glossary.of(List.of(Term.of("processeur", "processor"), Term.of("processeur graphique", "graphics processor"),
        Term.of("graphique", "chart")));

    assertThat(found(g, "Le processeur graphique et le processeur, puis un graphique."))
        .containsExactly("processeur graphique=graphics processor", "processeur=processor", "graphique=chart");
  }

  @Test
  void accentsCountButCaseOnlyForExactTerms() {
    Glossary g = Glossary.of(List.of(Term.of("côte", "coast"), new Term("DeepSeek", "DeepSeek", true, "", "")));

    assertThat(found(g, "La cote, la Côte, la CÔTE ; deepseek, DeepSeek."))
        .containsExactly("Côte=coast", "CÔTE=coast", "DeepSeek=DeepSeek");
  }

  @Test
  void typographicApostrophesAndAnyRunOfSpacesMatch() {
    Glossary g = Glossary.of(List.of(Term.of("Le dernier examen de l'humanité", "Humanity's Last Exam"),
        Term.of("contrôles à l'exportation", "export controls")));

    assertThat(found(g, "« Le dernier examen de l’humanité » et les contrôles\u00A0à\nl’exportation."))
        .containsExactly("Le dernier examen de l’humanité=Humanity's Last Exam", "contrôles\u00A0à\nl’exportation=export controls");
  }

  @Test
  void occurringListsEachTermOnceInGlossaryOrder() {
    Glossary g = Glossary.of(List.of(Term.of("puce", "chip"), Term.of("laboratoire", "lab"), Term.of("PDG", "CEO")));

    assertThat(g.occurring(List.of("Le PDG et la puce.", "Une puce.")))
        .extracting(Term::french).containsExactly("puce", "PDG");
  }
}
