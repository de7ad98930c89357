package org.traduire.translate.dictionary;

/** How a verb is negated in English: with "not" (do-support) or with an adverb. */
enum Negation {
  NONE(""),
  NOT("not"),
  NEVER("never"),
  NO_LONGER("no longer"),
  HARDLY("hardly");

  final String word;

  Negation(String word) {
    this.word = word;
  }
}
