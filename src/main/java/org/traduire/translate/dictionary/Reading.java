package org.traduire.translate.dictionary;

/** One possible interpretation of a word or phrase: the lexicon entry of its lemma and its form. */
record Reading(Entry entry, Form form) {
  /** Entries are compared by identity: each lexicon line is one object. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Reading && ((Reading) o).entry == entry && ((Reading) o).form.equals(form);
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(entry) * 31 + form.hashCode();
  }

  Pos pos() {
    return entry.pos();
  }

  boolean verb() {
    return entry.pos() == Pos.V;
  }

  boolean finiteVerb() {
    return verb() && form.tense().finite();
  }

  boolean tense(Tense t) {
    return verb() && form.tense() == t;
  }
}
