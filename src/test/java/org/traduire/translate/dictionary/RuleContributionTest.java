package org.traduire.translate.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule earns its place: for each rule, real-looking sentences that translate as expected with
 * all the rules and differently when that one rule is left out. A rule added to {@link
 * Translator#defaultRules} without a sentence here fails {@link #everyRuleHasASentence()}.
 */
class RuleContributionTest {
  private static final Translator ALL = Translator.load();

  /** A sentence that needs {@code rule}, and its English. */
  record Case(Class<? extends Rule> rule, String french, String english) {
    @Override
    public String toString() {
      return rule.getSimpleName() + ": " + french;
    }
  }

  static final List<Case> CASES = List.of(
      new Case(NegationRule.class, "Le gouvernement ne publiera pas le rapport avant lundi.",
          "The government will not publish the report before Monday."),
      new Case(CompoundTenseRule.class, "La banque centrale a relevé ses taux en juillet.",
          "The central bank raised its rates in July."),
      new Case(CliticRule.class, "Le ministre a reçu la lettre mais ne la publiera pas.",
          "The minister received the letter but will not publish it."),
      new Case(InfinitiveRule.class, "L'entreprise veut construire une usine près de Lyon.",
          "The company wants to build a factory near Lyon."),
      new Case(ArticleRule.class, "Le traité a été signé à Bruxelles par la France.",
          "The treaty was signed in Brussels by France."),
      new Case(TimeRule.class, "L'usine a fermé il y a trois ans.",
          "The factory closed three years ago."),
      new Case(TimeRule.class, "Le traité a été signé le 12 mai 2021.",
          "The treaty was signed on May 12, 2021."),
      new Case(AgreementRule.class, "La société a commandé 500 GPU l'an dernier.",
          "The company ordered 500 GPUs last year."),
      new Case(ReferenceRule.class, "Le directeur qui a démissionné dirigeait le groupe depuis dix ans.",
          "The director who resigned ran the group for ten years."),
      new Case(CorrelativeRule.class, "Les électeurs choisiront soit la gauche, soit la droite.",
          "The voters will choose either the left, or the right."),
      new Case(CoordinationRule.class, "Le téléphone dispose d'un écran, d'une batterie et d'un processeur.",
          "The phone has a screen, a battery and a processor."),
      new Case(CompoundNounRule.class, "Les ventes de voitures ont reculé en mars.",
          "The car sales declined in March."),
      new Case(NameOrderRule.class, "L'administration Biden a annoncé un plan.",
          "The Biden administration announced a plan."),
      new Case(ComparisonRule.class, "Les prix sont plus élevés qu'en 2020.",
          "The prices are higher than in 2020."),
      new Case(AdjectiveOrderRule.class, "Le gouvernement français a présenté son budget.",
          "The French government presented its budget."),
      new Case(PossessiveRule.class, "Les résultats de Renault ont déçu les marchés.",
          "Renault’s results disappointed the markets."),
      new Case(AdverbRule.class, "Le président rencontrera bientôt les syndicats.",
          "The president will soon meet the trade unions."),
      new Case(InversionRule.class, "« Nous partirons demain », a-t-il déclaré.",
          "“We will leave tomorrow”, he declared."),
      new Case(QuestionRule.class, "Pourquoi la banque a-t-elle relevé ses taux ?",
          "Why did the bank raise its rates?"),
      new Case(QuestionRule.class, "Est-ce que le gouvernement va réagir ?",
          "Is the government going to react?"),
      new Case(QuestionRule.class, "Peut-on encore sauver le climat ?",
          "Can we still save the climate?"),
      // sentences for later fixes inside a rule, each failing without its fix
      new Case(NegationRule.class, "Le ministre ne pouvait cacher sa colère.",
          "The minister could not hide his anger."),
      new Case(ReferenceRule.class, "La directrice a présenté son rapport.",
          "The director presented her report."),
      new Case(ReferenceRule.class, "Mr. Fogg offrit son bras à la jeune femme.",
          "Mr. Fogg offered his arm to the young woman."),
      new Case(CliticRule.class, "L'entreprise a levé des fonds pour le racheter.",
          "The company raised funds to buy it."),
      new Case(ArticleRule.class, "Le gouvernement a annoncé de nouvelles mesures.",
          "The government announced new measures."),
      new Case(ArticleRule.class, "Les analystes ont de bonnes raisons de douter.",
          "The analysts have good reasons to doubt."),
      new Case(ArticleRule.class, "La croissance ralentira en 2025.",
          "Growth will slow down in 2025."),
      new Case(ArticleRule.class, "Les laboratoires ont besoin de puces pour la formation.",
          "The laboratories need chips for training."),
      new Case(InversionRule.class, "« Connaissez-vous le ministre, demanda-t-il, ou son conseiller ? »",
          "“Do you know the minister, he asked, or his adviser?”"),
      new Case(QuestionRule.class, "Combien de salariés l'usine emploie-t-elle ?",
          "How many employees does the factory employ?"),
      new Case(QuestionRule.class, "Combien de temps le sommet durera-t-il ?",
          "How long will the summit last?"),
      new Case(TimeRule.class, "Les négociations reprendront à neuf heures du matin.",
          "The negotiations will resume at nine o'clock in the morning."),
      new Case(TimeRule.class, "Le train part à 11 h 40.",
          "The train leaves at 11:40."),
      new Case(ReferenceRule.class, "Le ministre a lu le rapport de son conseiller.",
          "The minister read the report of his adviser."),
      new Case(AgreementRule.class, "On estime que la croissance ralentira.",
          "It is estimated that growth will slow down."));

  static Stream<Case> cases() {
    return CASES.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void translatesAsExpectedWithEveryRule(Case c) {
    assertThat(ALL.translate(c.french())).isEqualTo(c.english());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void translatesDifferentlyWithoutTheRule(Case c) {
    List<Rule> others = new ArrayList<>();
    for (Rule r : ALL.rules()) {
      if (!c.rule().isInstance(r)) {
        others.add(r);
      }
    }
    assertThat(others).as("rules other than " + c.rule().getSimpleName()).hasSize(ALL.rules().size() - 1);

    assertThat(ALL.withRules(others).translate(c.french())).isNotEqualTo(c.english());
  }

  @Test
  void everyRuleHasASentence() {
    Set<Class<?>> covered = new LinkedHashSet<>();
    for (Case c : CASES) {
      covered.add(c.rule());
    }
    Set<Class<?>> rules = new LinkedHashSet<>();
    for (Rule r : ALL.rules()) {
      rules.add(r.getClass());
    }
    assertThat(covered).containsExactlyInAnyOrderElementsOf(rules);
  }

  @Test
  void irregularPluralEntriesAreNotPluralisedAgain() {
    assertThat(ALL.translate("Les yeux du monde sont tournés vers Genève."))
        .isEqualTo("The eyes of the world are turned towards Geneva.");
  }

  @Test
  void anInfinitiveUsedAsANounKeepsItsArticle() {
    assertThat(ALL.translate("Les soldats partent avec le lever du jour."))
        .isEqualTo("The soldiers leave with the raise of the day.");
  }

  @Test
  void theDefaultRulesAreTheBackendsRules() {
    assertThat(ALL.rules()).extracting(r -> r.getClass().getSimpleName()).doesNotHaveDuplicates();
    assertThat(ALL.translate("Le chat dort.")).isEqualTo(ALL.withRules(ALL.rules()).translate("Le chat dort."));
  }
}
