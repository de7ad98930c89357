package org.traduire.translate.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.traduire.translate.TranslationException;

class DictionaryBackendTest {
  private static final DictionaryBackend BACKEND = DictionaryBackend.create();

  private static String en(String french) throws TranslationException {
    return BACKEND.translate(List.of(french)).get(0);
  }

  @Test
  void quantityPhraseKeepsTheNounAfterItPlural() throws Exception {
    assertThat(BACKEND.translate(List.of("Il a des dizaines de milliers de GPU NVIDIA.")).get(0))
        .isEqualTo("He has tens of thousands of NVIDIA GPUs.");
  }

  @Test
  void nounWithAnAdjectiveThenEtAndAParticipleDoesNotBreakTheReordering() throws Exception {
    // Once threw IndexOutOfBoundsException: "et" followed by a participle that cannot move.
    String out = BACKEND.translate(List.of("Cette maison propre et rangée était la sienne.")).get(0);

    assertThat(out).containsIgnoringCase("house");
  }

  @Test
  void isTheDictionaryBackend() {
    assertThat(BACKEND.name()).isEqualTo("dictionary");
    assertThat(BACKEND.maxChars()).isEqualTo(50_000);
  }

  @Test
  void translatesBonjourLeMonde() throws TranslationException {
    assertThat(en("Bonjour le monde.")).isEqualTo("Hello world.");
  }

  @Test
  void returnsOneTranslationPerSegmentInOrder() throws TranslationException {
    List<String> out = BACKEND.translate(List.of("Le chat.", "", "La maison.", "Merci !"));

    assertThat(out).hasSize(4);
    assertThat(out.get(0)).isEqualTo("The cat.");
    assertThat(out.get(1)).isEmpty();
    assertThat(out.get(2)).isEqualTo("The house.");
    assertThat(out.get(3)).isEqualTo("Thank you!");
  }

  @Test
  void emptyAndBlankSegmentsComeBackUnchanged() throws TranslationException {
    assertThat(BACKEND.translate(List.of("", "  \n"))).containsExactly("", "  \n");
  }

  @Test
  void elidedWordsAreTranslated() throws TranslationException {
    assertThat(en("L’avenir de l'entreprise")).isEqualTo("The future of the company");
    assertThat(en("Je n’ai pas d’argent.")).isEqualTo("I have no money.");
    assertThat(en("Il dit qu’elle l’aime.")).isEqualTo("He says that she loves it.");
    assertThat(en("Lorsqu’il est arrivé jusqu’à Paris")).isEqualTo("When he arrived until Paris");
  }

  @Test
  void pluralNounsBecomeEnglishPlurals() throws TranslationException {
    assertThat(en("les chevaux")).isEqualTo("the horses");
    assertThat(en("des journaux nationaux")).isEqualTo("national newspapers");
    assertThat(en("les pays")).isEqualTo("the countries");
    assertThat(en("deux enfants")).isEqualTo("two children");
    assertThat(en("les GPU")).isEqualTo("the GPUs");
  }

  @Test
  void feminineAndPluralAdjectivesAreFound() throws TranslationException {
    assertThat(en("une voiture rouge")).isEqualTo("a red car");
    assertThat(en("des décisions importantes")).isEqualTo("important decisions");
    assertThat(en("une politique européenne")).isEqualTo("a European policy");
  }

  @Test
  void conjugatedVerbsTakeTheirEnglishForm() throws TranslationException {
    assertThat(en("Elle développe")).isEqualTo("She develops");
    assertThat(en("Ils développeront")).isEqualTo("They will develop");
    assertThat(en("Nous finissions")).isEqualTo("We finished");
    assertThat(en("Il a annoncé")).isEqualTo("He announced");
    assertThat(en("Elle vendrait")).isEqualTo("She would sell");
  }

  @Test
  void irregularVerbsAreConjugated() throws TranslationException {
    assertThat(en("Il prend")).isEqualTo("He takes");
    assertThat(en("Ils sont allés")).isEqualTo("They went");
    assertThat(en("Elle a pu")).isEqualTo("She could");
    assertThat(en("Nous avons fait")).isEqualTo("We made");
    assertThat(en("Il était")).isEqualTo("He was");
  }

  @Test
  void negationUsesDoSupport() throws TranslationException {
    assertThat(en("Il ne mange pas.")).isEqualTo("He does not eat.");
    assertThat(en("Ils n’ont pas vendu")).isEqualTo("They did not sell");
    assertThat(en("Ce n'est pas possible")).isEqualTo("It is not possible");
    assertThat(en("Elle ne viendra jamais")).isEqualTo("She will never come");
  }

  @Test
  void multiwordExpressionsMatchLongestFirst() throws TranslationException {
    assertThat(en("à partir de 2022")).isEqualTo("from 2022");
    assertThat(en("par exemple")).isEqualTo("for example");
    assertThat(en("de plus en plus")).isEqualTo("more and more");
    assertThat(en("Ils ont mis en place un système.")).isEqualTo("They put in place a system.");
    assertThat(en("en matière d’énergie")).isEqualTo("in terms of energy");
  }

  @Test
  void adjectivesMoveBeforeTheirNoun() throws TranslationException {
    assertThat(en("le laboratoire chinois")).isEqualTo("the Chinese laboratory");
    assertThat(en("des modèles alternatifs")).isEqualTo("alternative models");
    assertThat(en("l'intelligence artificielle générale")).isEqualTo("general artificial intelligence");
  }

  @Test
  void adjectivesWithAComplementStayAfterTheNoun() throws TranslationException {
    assertThat(en("un modèle capable de raisonner")).isEqualTo("a model capable of reasoning");
  }

  @Test
  void casingFollowsTheSource() throws TranslationException {
    assertThat(en("Le chat dort. Le chien mange.")).isEqualTo("The cat sleeps. The dog eats.");
    assertThat(en("LA MAISON EST GRANDE")).isEqualTo("THE HOUSE IS BIG");
  }

  @Test
  void placeholdersSurviveExactlyOnce() throws TranslationException {
    String out = en("Utilisez ⟦0⟧ pour installer ⟦1⟧, puis lancez ⟦2⟧ et les tests ⟦10⟧.");

    for (String p : List.of("⟦0⟧", "⟦1⟧", "⟦2⟧", "⟦10⟧")) {
      assertThat(out.split(Pattern.quote(p), -1)).as(p + " in " + out).hasSize(2);
    }
    assertThat(out).startsWith("Use ⟦0⟧ to install ⟦1⟧");
  }

  @Test
  void numbersAreReformatted() throws TranslationException {
    assertThat(en("50 000 GPU")).isEqualTo("50,000 GPUs");
    assertThat(en("3,5 milliards")).isEqualTo("3.5 billion");
    assertThat(en("1 234 567,89 euros")).isEqualTo("1,234,567.89 euros");
    assertThat(en("en 2023")).isEqualTo("in 2023");
    assertThat(en("10 %")).isEqualTo("10%");
  }

  @Test
  void unknownNamesAndAcronymsAreKept() throws TranslationException {
    String out = en("Alexandr Wang, de Scale AI, a parlé avec Zorglub de la puce H100 et du GPT-4o.");

    assertThat(out).contains("Alexandr Wang", "Scale AI", "Zorglub", "H100", "GPT-4o");
  }

  @Test
  void frenchQuotesAndSpacingBecomeEnglish() throws TranslationException {
    assertThat(en("Il a déclaré : « Bonjour ! »")).isEqualTo("He declared: “Hello!”");
    assertThat(en("Pourquoi ?")).isEqualTo("Why?");
    assertThat(en("Attention ; danger")).isEqualTo("Attention; danger");
  }

  @Test
  void everyNumberPlaceholderAndNameSurvivesAParagraph() throws TranslationException {
    String french = "Le 3 mars 2024, ⟦0⟧ NVIDIA a livré 12 500 puces H200 à OpenAI pour 2,5 milliards.";
    String out = en(french);

    assertThat(out).contains("⟦0⟧", "NVIDIA", "12,500", "H200", "OpenAI", "2.5", "2024", "March 3");
  }

  @Test
  void sampleArticleIsMostlyEnglish() throws IOException, TranslationException {
    String article = Files.readString(Path.of("samples/deepseek-h100-gpus.fr.txt"), StandardCharsets.UTF_8);
    List<String> paragraphs = new ArrayList<>(List.of(article.split("\n\n")));

    List<String> english = BACKEND.translate(paragraphs);

    Set<String> french = frenchOnlyWords();
    int words = 0;
    int unchanged = 0;
    Matcher m = Pattern.compile("\\p{L}+").matcher(String.join("\n", english));
    while (m.find()) {
      words++;
      if (french.contains(m.group().toLowerCase(Locale.ROOT))) {
        unchanged++;
      }
    }
    assertThat(english).hasSameSizeAs(paragraphs);
    assertThat(words).isGreaterThan(500);
    assertThat(unchanged * 100.0 / words).as("percent of French words left").isLessThan(15);
  }

  /** Lower-case French lexicon words that are not also English words of the lexicon. */
  private static Set<String> frenchOnlyWords() {
    Lexicon lexicon = Lexicon.load();
    Set<String> frenchWords = new HashSet<>();
    Set<String> englishWords = new HashSet<>();
    for (Entry e : lexicon.entries()) {
      frenchWords.addAll(List.of(e.french().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")));
      englishWords.addAll(List.of(e.english().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")));
    }
    frenchWords.removeAll(englishWords);
    frenchWords.remove("");
    return frenchWords;
  }

  @Test
  void translatesAHundredThousandWordBatchSegmentForSegment() throws IOException, TranslationException {
    String article = Files.readString(Path.of("samples/deepseek-h100-gpus.fr.txt"), StandardCharsets.UTF_8);
    List<String> paragraphs = List.of(article.split("\n\n"));
    int perCopy = article.split("\\s+").length;
    List<String> big = new ArrayList<>();
    for (int i = 0; i * perCopy < 100_000; i++) {
      big.addAll(paragraphs);
    }

    List<String> out = BACKEND.translate(big);

    // Speed is measured by bench/, not here: timed unit tests are flaky on shared machines.
    assertThat(out).hasSameSizeAs(big);
    assertThat(out.get(out.size() - 1)).isEqualTo(out.get(paragraphs.size() - 1));
  }
}
