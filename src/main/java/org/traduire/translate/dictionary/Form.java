package org.traduire.translate.dictionary;

/**
 * Grammatical features of one French word form: tense for verbs, person (1 to 3) and number for
 * verbs, nouns and adjectives.
 */
record Form(Tense tense, int person, boolean plural) {
  static final Form BASE = new Form(Tense.NONE, 3, false);
  static final Form PLURAL = new Form(Tense.NONE, 3, true);
  static final Form INFINITIVE = new Form(Tense.INFINITIVE, 3, false);

  Form {
    if (person < 1 || person > 3) {
      throw new IllegalArgumentException("bad person " + person);
    }
  }

  Form withTense(Tense t) {
    return new Form(t, person, plural);
  }

  Form withPlural(boolean p) {
    return new Form(tense, person, p);
  }

  Form withPerson(int p, boolean pl) {
    return new Form(tense, p, pl);
  }

  // Hand-written so that the first comparison does not pay for the records' bootstrap methods.
  @Override
  public boolean equals(Object o) {
    return o instanceof Form && ((Form) o).tense == tense && ((Form) o).person == person
        && ((Form) o).plural == plural;
  }

  @Override
  public int hashCode() {
    return (tense.ordinal() * 4 + person) * 2 + (plural ? 1 : 0);
  }

  boolean thirdSingular() {
    return person == 3 && !plural;
  }
}
