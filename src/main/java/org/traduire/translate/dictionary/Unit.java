package org.traduire.translate.dictionary;

import java.util.List;
import java.util.Locale;

/**
 * One translation unit: a source word, phrase, number, punctuation mark or placeholder with its
 * possible readings and, once rules have run, the reading chosen and its English form. {@code
 * before} and {@code capital} belong to the unit's position in the sentence, not to its content,
 * and stay in place when rules reorder units.
 */
final class Unit {
  enum Kind {
    WORD,
    NUMBER,
    PUNCT,
    PLACEHOLDER
  }

  final Kind kind;
  final String source;
  final String key;
  String before;
  boolean capital;
  boolean upper;
  final List<Reading> readings;
  Reading reading;
  String english;
  Form form = Form.BASE;
  Negation negation = Negation.NONE;
  /** Final English text set by a rule; wins over inflecting {@link #english}. */
  String text;
  String prefix = "";
  /** An adverb moved into this verb's phrase ("will undoubtedly shape"). */
  String adverb = "";
  /** Set on the first noun of an English compound made by {@link CompoundNounRule}. */
  boolean modifier;
  String suffix = "";
  /** Marks where a question's English auxiliary goes ("Why [has] he left"): see {@link QuestionRule}. */
  boolean question;
  boolean deleted;

  Unit(Kind kind, String source, String before, List<Reading> readings) {
    this.kind = kind;
    this.source = source;
    this.key = Tokenizer.normalise(source);
    this.before = before;
    this.readings = readings;
    if (!readings.isEmpty()) {
      choose(readings.get(0));
    }
  }

  void choose(Reading r) {
    reading = r;
    english = r.entry().english();
    form = r.form();
  }

  boolean word() {
    return kind == Kind.WORD;
  }

  boolean known() {
    return reading != null;
  }

  Pos pos() {
    return reading == null ? null : reading.pos();
  }

  boolean pos(Pos p) {
    return reading != null && reading.pos() == p;
  }

  /** The French lemma (lower case) of the chosen reading, or the source key when unknown. */
  String lemma() {
    return reading == null ? key : reading.entry().french().toLowerCase(Locale.ROOT);
  }

  boolean is(String... keys) {
    for (String k : keys) {
      if (key.equals(k)) {
        return true;
      }
    }
    return false;
  }

  boolean verb() {
    return reading != null && reading.verb();
  }

  boolean finiteVerb() {
    return verb() && form.tense().finite();
  }

  boolean tense(Tense t) {
    return verb() && form.tense() == t;
  }

  /** A noun, a proper noun, or an unknown word (a name, an acronym such as GPU). */
  boolean nounLike() {
    return kind == Kind.WORD && (reading == null || reading.pos().nominal());
  }

  Reading find(Pos p) {
    for (Reading r : readings) {
      if (r.pos() == p) {
        return r;
      }
    }
    return null;
  }

  Reading findTense(Tense t) {
    for (Reading r : readings) {
      if (r.verb() && r.form().tense() == t) {
        return r;
      }
    }
    return null;
  }

  boolean has(Pos p) {
    return find(p) != null;
  }

  void delete() {
    deleted = true;
  }

  @Override
  public String toString() {
    return source + (reading == null ? "" : "/" + reading.pos().code() + ":" + english + ":" + form.tense());
  }
}
