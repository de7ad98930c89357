package org.traduire.translate.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InflectorTest {
  private static final Inflector EN = Inflector.load();

  private static Form form(Tense t, int person, boolean plural) {
    return new Form(t, person, plural);
  }

  @Test
  void nounsTakeRegularAndIrregularPlurals() {
    assertThat(EN.plural("city")).isEqualTo("cities");
    assertThat(EN.plural("box")).isEqualTo("boxes");
    assertThat(EN.plural("day")).isEqualTo("days");
    assertThat(EN.plural("person")).isEqualTo("people");
    assertThat(EN.plural("child")).isEqualTo("children");
    assertThat(EN.plural("GPU")).isEqualTo("GPUs");
    assertThat(EN.plural("information")).isEqualTo("information");
    assertThat(EN.plural("chief executive")).isEqualTo("chief executives");
    assertThat(EN.plural("head of state")).isEqualTo("heads of state");
  }

  @Test
  void verbsAgreeInThePresent() {
    assertThat(EN.verb("develop", form(Tense.PRESENT, 3, false), Negation.NONE)).isEqualTo("develops");
    assertThat(EN.verb("develop", form(Tense.PRESENT, 3, true), Negation.NONE)).isEqualTo("develop");
    assertThat(EN.verb("be", form(Tense.PRESENT, 1, false), Negation.NONE)).isEqualTo("am");
    assertThat(EN.verb("have", form(Tense.PRESENT, 3, false), Negation.NONE)).isEqualTo("has");
    assertThat(EN.verb("try", form(Tense.PRESENT, 3, false), Negation.NONE)).isEqualTo("tries");
    assertThat(EN.verb("set up", form(Tense.PRESENT, 3, false), Negation.NONE)).isEqualTo("sets up");
  }

  @Test
  void pastFormsAreRegularOrFromTheTable() {
    assertThat(EN.verb("stop", form(Tense.PAST, 3, false), Negation.NONE)).isEqualTo("stopped");
    assertThat(EN.verb("carry", form(Tense.PAST, 3, false), Negation.NONE)).isEqualTo("carried");
    assertThat(EN.verb("make", form(Tense.PAST, 3, false), Negation.NONE)).isEqualTo("made");
    assertThat(EN.verb("commit", form(Tense.PAST, 3, false), Negation.NONE)).isEqualTo("committed");
    assertThat(EN.verb("be", form(Tense.IMPERFECT, 3, true), Negation.NONE)).isEqualTo("were");
    assertThat(EN.verb("write", form(Tense.PARTICIPLE, 3, false), Negation.NONE)).isEqualTo("written");
  }

  @Test
  void otherTensesUseAuxiliaries() {
    assertThat(EN.verb("go", form(Tense.FUTURE, 3, false), Negation.NONE)).isEqualTo("will go");
    assertThat(EN.verb("go", form(Tense.CONDITIONAL, 1, false), Negation.NONE)).isEqualTo("would go");
    assertThat(EN.verb("go", form(Tense.PLUPERFECT, 3, true), Negation.NONE)).isEqualTo("had gone");
    assertThat(EN.verb("make", form(Tense.GERUND, 3, false), Negation.NONE)).isEqualTo("making");
    assertThat(EN.verb("can", form(Tense.FUTURE, 3, false), Negation.NONE)).isEqualTo("will be able to");
    assertThat(EN.verb("must", form(Tense.CONDITIONAL, 3, false), Negation.NONE)).isEqualTo("should");
  }

  @Test
  void negationUsesDoSupportOrTheAuxiliary() {
    assertThat(EN.verb("eat", form(Tense.PRESENT, 3, false), Negation.NOT)).isEqualTo("does not eat");
    assertThat(EN.verb("eat", form(Tense.PAST, 3, true), Negation.NOT)).isEqualTo("did not eat");
    assertThat(EN.verb("be", form(Tense.PRESENT, 3, false), Negation.NOT)).isEqualTo("is not");
    assertThat(EN.verb("can", form(Tense.PRESENT, 3, false), Negation.NOT)).isEqualTo("cannot");
    assertThat(EN.verb("come", form(Tense.FUTURE, 3, false), Negation.NEVER)).isEqualTo("will never come");
    assertThat(EN.verb("work", form(Tense.PRESENT, 3, true), Negation.NO_LONGER)).isEqualTo("no longer work");
  }
}
