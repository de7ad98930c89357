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
    this(lexicon, new FrenchMorphology(lexicon, verbs), fallback, verbs, inflector, markUnknown);
  }

  /** With the analyses of {@code morphology} (over {@code lexicon}), which may be shared. */
  Translator(Lexicon lexicon, FrenchMorphology morphology, Lexicon fallback, FrenchVerbs verbs, Inflector inflector,
      boolean markUnknown) {
    this(
        new Matcher(lexicon, morphology, fallback == null ? null : new FrenchMorphology(fallback, verbs)),
        new Realizer(inflector, markUnknown),
        defaultRules(inflector));
  }

  private Translator(Matcher matcher, Realizer realizer, List<Rule> rules) {
    this.matcher = matcher;
    this.realizer = realizer;
    this.rules = List.copyOf(rules);
  }

  /** The rules in the order they run; each sees the units as the rules before it left them. */
  static List<Rule> defaultRules(Inflector inflector) {
    return List.of(
      new InversionRule(),
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
      new AdverbRule(),
      new QuestionRule(inflector));
  }

  /** This translator's rules, in order. */
  List<Rule> rules() {
    return rules;
  }

  /** A translator over the same lexicon with other rules: tests use it to show what each rule does. */
  Translator withRules(List<Rule> other) {
    return new Translator(matcher, realizer, other);
  }

  static Translator load() {
    return new Translator(Lexicon.load(), FrenchVerbs.load(), Inflector.load());
  }

  String translate(String french) {
    if (french.isBlank()) {
      return french;
    }
    List<Unit> units = analyse(french);
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
