package org.traduire.translate.dictionary;

/** A piece of source text: a word, a number, a run of whitespace, one punctuation mark or a placeholder. */
record Token(Kind kind, String text) {
  enum Kind {
    WORD,
    NUMBER,
    SPACE,
    PUNCT,
    PLACEHOLDER
  }

  /** The form used for lexicon lookups: lower case, typographic apostrophe made straight. */
  String key() {
    return Tokenizer.normalise(text);
  }
}
