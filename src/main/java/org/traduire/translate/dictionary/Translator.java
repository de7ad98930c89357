package org.traduire.translate.dictionary;

import java.util.List;

/**
 * The translation pipeline for one segment: tokenize, match lexicon words and phrases, choose
 * readings, apply the rules in order, realize English. Stateless apart from a word-analysis cache,
 * so one instance serves every thread.
 */
final class Translator {
  private final Matcher matcher;
  private final Disambiguator disambiguator = new Disambiguator();
  private final List<Rule> rules;
  private final Realizer realizer;

  Translator(Lexicon lexicon, FrenchVerbs verbs, Inflector inflector) {
    this(lexicon, null, verbs, inflector, false);
  }

  /**
   * With a {@code fallback} lexicon (extra dictionaries, may be null) for words {@code lexicon}
   * does not know; with {@code markUnknown}, unknown words are written {@code *word}.
   */
  Translator(Lexicon lexicon, Lexicon fallback, FrenchVerbs verbs, Inflector inflector, boolean markUnknown) {
    this.matcher = new Matcher(lexicon, new FrenchMorphology(lexicon, verbs),
        fallback == null ? null : new FrenchMorphology(fallback, verbs));
    this.realizer = new Realizer(inflector, markUnknown);
    this.rules = List.of(
      new NegationRule(),
      new CompoundTenseRule(),
      new CliticRule(),
      new InfinitiveRule(),
      new ArticleRule(),
      new TimeRule(),
      new AgreementRule(),
      new ReferenceRule(),
      new CorrelativeRule(),
      new CoordinationRule(),
      new CompoundNounRule(),
      new NameOrderRule(),
      new ComparisonRule(inflector),
      new AdjectiveOrderRule(),
      new PossessiveRule(),
      new AdverbRule());
  }

  static Translator load() {
    return new Translator(Lexicon.load(), FrenchVerbs.load(), Inflector.load());
  }

  String translate(String french) {
    if (french.isBlank()) {
      return french;
    }
    List<Unit> units = matcher.units(Tokenizer.tokenize(french));
    disambiguator.apply(units);
    for (Rule rule : rules) {
      rule.apply(units);
    }
    int lead = 0;
    while (lead < french.length() && Tokenizer.space(french.charAt(lead))) {
      lead++;
    }
    return realizer.render(units, french.substring(0, lead));
  }

  /** The units after every rule, for debugging and tests. */
  List<Unit> analyse(String french) {
    List<Unit> units = matcher.units(Tokenizer.tokenize(french));
    disambiguator.apply(units);
    for (Rule rule : rules) {
      rule.apply(units);
    }
    return units;
  }
}
