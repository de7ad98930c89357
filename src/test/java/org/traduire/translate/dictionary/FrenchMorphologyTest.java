package org.traduire.translate.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FrenchMorphologyTest {
  private static final FrenchMorphology FR = new FrenchMorphology(Lexicon.load(), FrenchVerbs.load());

  private static Reading first(String word, Pos pos) {
    for (Reading r : FR.analyse(word)) {
      if (r.pos() == pos) {
        return r;
      }
    }
    throw new AssertionError("no " + pos + " reading for " + word + ": " + FR.analyse(word));
  }

  @Test
  void nounPluralsLeadToTheirSingular() {
    assertThat(first("chevaux", Pos.N).entry().french()).isEqualTo("cheval");
    assertThat(first("chevaux", Pos.N).form().plural()).isTrue();
    assertThat(first("journaux", Pos.N).entry().french()).isEqualTo("journal");
    assertThat(first("bureaux", Pos.N).entry().french()).isEqualTo("bureau");
  }

  @Test
  void feminineAdjectivesLeadToTheMasculine() {
    assertThat(first("nouvelle", Pos.ADJ).entry().english()).isEqualTo("new");
    assertThat(first("créatives", Pos.ADJ).entry().french()).isEqualTo("créatif");
    assertThat(first("sérieuse", Pos.ADJ).entry().french()).isEqualTo("sérieux");
    assertThat(first("premières", Pos.ADJ).entry().english()).isEqualTo("first");
    assertThat(first("officielle", Pos.ADJ).entry().french()).isEqualTo("officiel");
    assertThat(first("européennes", Pos.ADJ).entry().french()).isEqualTo("européen");
    assertThat(first("publique", Pos.ADJ).entry().french()).isEqualTo("public");
  }

  @Test
  void regularVerbFormsGiveTenseAndPerson() {
    Reading r = first("développeront", Pos.V);
    assertThat(r.entry().french()).isEqualTo("développer");
    assertThat(r.form()).isEqualTo(new Form(Tense.FUTURE, 3, true));
    assertThat(first("finissait", Pos.V).form().tense()).isEqualTo(Tense.IMPERFECT);
    assertThat(first("vendu", Pos.V).form().tense()).isEqualTo(Tense.PARTICIPLE);
    assertThat(first("commençons", Pos.V).entry().french()).isEqualTo("commencer");
    assertThat(first("achète", Pos.V).entry().french()).isEqualTo("acheter");
    assertThat(first("appelle", Pos.V).entry().french()).isEqualTo("appeler");
    assertThat(first("emploie", Pos.V).entry().french()).isEqualTo("employer");
  }

  @Test
  void irregularVerbsComeFromTheTable() {
    assertThat(first("sont", Pos.V).form()).isEqualTo(new Form(Tense.PRESENT, 3, true));
    assertThat(first("prirent", Pos.V).entry().french()).isEqualTo("prendre");
    assertThat(first("permettra", Pos.V).entry().french()).isEqualTo("permettre");
    assertThat(first("obtiennent", Pos.V).entry().french()).isEqualTo("obtenir");
    assertThat(first("construit", Pos.V).entry().french()).isEqualTo("construire");
    assertThat(FR.analyse("été").get(0).form().tense()).isEqualTo(Tense.PARTICIPLE);
  }

  @Test
  void unknownWordsHaveNoReading() {
    assertThat(FR.analyse("zorglub")).isEqualTo(List.of());
  }
}
