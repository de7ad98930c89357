package org.traduire.translate.dictionary;

/** French verb tenses and moods as far as English needs to tell them apart. */
enum Tense {
  NONE,
  PRESENT,
  IMPERFECT,
  PAST,
  FUTURE,
  CONDITIONAL,
  SUBJUNCTIVE,
  IMPERATIVE,
  INFINITIVE,
  PARTICIPLE,
  GERUND,
  PLUPERFECT,
  FUTURE_PERFECT,
  CONDITIONAL_PERFECT,
  PERFECT_INFINITIVE,
  PERFECT_GERUND;

  boolean finite() {
    switch (this) {
      case PRESENT:
      case IMPERFECT:
      case PAST:
      case FUTURE:
      case CONDITIONAL:
      case SUBJUNCTIVE:
      case IMPERATIVE:
      case PLUPERFECT:
      case FUTURE_PERFECT:
      case CONDITIONAL_PERFECT:
        return true;
      default:
        return false;
    }
  }
}
