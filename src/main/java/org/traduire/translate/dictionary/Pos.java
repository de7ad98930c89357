package org.traduire.translate.dictionary;

import java.util.Locale;

/** Part of speech of a lexicon entry, as written in the third column of {@code lexicon.tsv}. */
enum Pos {
  N, V, ADJ, ADV, PREP, DET, PRON, CONJ, PHR, NUM, INTJ, PROP;

  private static final java.util.Map<String, Pos> CODES = new java.util.HashMap<>();

  static {
    for (Pos p : values()) {
      CODES.put(p.name().toLowerCase(Locale.ROOT), p);
    }
  }

  /** The part of speech for a lexicon code such as {@code adj}, or null. */
  static Pos ofCode(String code) {
    return CODES.get(code);
  }

  static Pos parse(String code) {
    try {
      return valueOf(code.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown part of speech \"" + code + "\"", e);
    }
  }

  String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  boolean nominal() {
    return this == N || this == PROP;
  }
}
