package org.traduire.translate.dictionary;

import java.util.Objects;

/** One line of the lexicon: a French lemma or phrase, its English rendering and part of speech. */
record Entry(String french, String english, Pos pos) {
  Entry {
    Objects.requireNonNull(french, "french");
    Objects.requireNonNull(english, "english");
    Objects.requireNonNull(pos, "pos");
    if (french.isBlank()) {
      throw new IllegalArgumentException("empty French side for \"" + english + "\"");
    }
  }

  /** A proper-noun or acronym entry such as {@code Chine} or {@code IA}: its case matters. */
  boolean capitalised() {
    return !french.isEmpty() && Character.isUpperCase(french.codePointAt(0));
  }
}
