package org.traduire.translate.glossary;

import java.util.Objects;

/**
 * One glossary line: a French word or phrase and the English it must become. {@code exact}
 * terms match only as written; the others match whatever their case in the text, and the English
 * is put in as written. {@code pos} is a lexicon part-of-speech code ({@code n}, {@code v},
 * {@code prop}…) or empty; the dictionary backend uses it. {@code where} is "file:line", for
 * messages.
 */
public record Term(String french, String english, boolean exact, String pos, String where) {
  public Term {
    Objects.requireNonNull(french, "french");
    Objects.requireNonNull(english, "english");
    Objects.requireNonNull(pos, "pos");
    Objects.requireNonNull(where, "where");
    if (french.isBlank() || english.isBlank()) {
      throw new IllegalArgumentException("empty side in glossary term \"" + french + "\" → \"" + english + "\"");
    }
  }

  /** A term that matches in any case, with no part of speech; for tests and code. */
  public static Term of(String french, String english) {
    return new Term(french, english, false, "", "");
  }
}
