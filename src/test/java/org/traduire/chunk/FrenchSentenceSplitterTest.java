package org.traduire.chunk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each case is written with {@code |} where the splitter must cut; the input is the case without
 * the bars.
 */
class FrenchSentenceSplitterTest {
  private static final String NBSP = "\u00A0";
  private static final String NNBSP = "\u202F";

  static Stream<Arguments> sentenceEnds() {
    return Stream.of(
        arguments("full stop", "Le train est parti à l’heure. |Les voyageurs étaient ravis."),
        arguments(
            "exclamation after a no-break space",
            "Quelle surprise" + NBSP + "! |Personne ne l’attendait."),
        arguments(
            "question after a narrow no-break space",
            "Viendrez-vous demain" + NNBSP + "? |Nous l’espérons."),
        arguments("ellipsis character before a capital", "Il hésita… |Puis il entra."),
        arguments("three dots before a capital", "Il hésita... |Puis il entra."),
        arguments("?! together", "Vous plaisantez" + NBSP + "?! |Ce n’est pas possible."),
        arguments("!! together", "C’est incroyable" + NBSP + "!! |Tout le monde applaudit."),
        arguments(
            "closing guillemet after a no-break space",
            "Il a dit" + NBSP + ": «" + NBSP + "Je reviendrai." + NBSP + "» |Personne ne l’a cru."),
        arguments(
            "closing guillemet after an ordinary space",
            "Il a dit : « Je reviendrai. » |Personne ne l’a cru."),
        arguments(
            "closing curly quote", "Elle a écrit “Tout va bien.” |La lettre est arrivée lundi."),
        arguments("closing straight quote", "Il a crié \"Au feu !\" |Les pompiers sont venus."),
        arguments(
            "closing parenthesis",
            "Le musée ferme tôt (surtout le lundi.) |Il faut venir le matin."),
        arguments(
            "next sentence starts with a digit",
            "La réunion a duré deux heures. |2024 sera une année décisive."),
        arguments(
            "next sentence starts with a guillemet",
            "Il se tourna vers elle. |« Tu viens ? » demanda-t-il."),
        arguments(
            "next sentence starts with a curly quote",
            "Le ministre a conclu. |“Nous tiendrons nos promesses”, a-t-il ajouté."),
        arguments(
            "next sentence starts with a parenthesis",
            "Le vote a eu lieu hier. |(Les résultats seront publiés demain.)"),
        arguments("dialogue dash", "Il ouvrit la porte. |— Entrez donc, dit-elle."),
        arguments("dialogue hyphen", "Il ouvrit la porte. |- Entrez donc, dit-elle."),
        arguments(
            "line end between sentences", "Première ligne du texte.\n|Deuxième ligne du texte."),
        arguments("several spaces between sentences", "Fin de la phrase.   |Début de la suivante."),
        arguments(
            "etc. before a capital",
            "Il a acheté des pommes, des poires, etc. |Le marché fermait à midi."),
        arguments(
            "J.-C. before a capital",
            "César conquiert la Gaule en 52 av. J.-C. |Vercingétorix se rend à Alésia."),
        arguments("acronym before a capital", "Il travaille à la S.N.C.F. |Sa femme aussi."),
        arguments(
            "URL at the end of a sentence",
            "Le site est https://exemple.fr/actualites. |Il est mis à jour chaque jour."),
        arguments(
            "e-mail address at the end of a sentence",
            "Écrivez à redaction@exemple.fr. |Nous répondrons vite."),
        arguments("sept as a number", "Ils étaient sept. |Aucun ne parlait."),
        arguments("art as a word", "Il vit pour l’art. |Sa famille le soutient."),
        arguments("ex as a word", "Elle a revu son ex. |Ils ont parlé longtemps."),
        arguments(
            "a number before the full stop",
            "Le score final était de 3 à 2. |Les supporters ont fêté la victoire."));
  }

  static Stream<Arguments> noSentenceEnd() {
    return Stream.of(
        arguments("M.", "M. Dupont est arrivé en retard à la réunion."),
        arguments("MM.", "MM. Dupont et Durand ont signé le contrat."),
        arguments("Mme", "Mme Curie a reçu deux prix Nobel."),
        arguments("Mme.", "Mme. Curie a reçu deux prix Nobel."),
        arguments("Mlle", "Mlle Martin enseigne le piano."),
        arguments("Mlle.", "Mlle. Martin enseigne le piano."),
        arguments("Dr.", "Le Dr. Martin reçoit sur rendez-vous."),
        arguments("Pr.", "Le Pr. Lefebvre dirige le laboratoire."),
        arguments("St.", "L’église St. Pierre date du XIIe siècle."),
        arguments("Mr.", "D’ailleurs, il faut le remarquer, Mr. Fogg jouait pour jouer."),
        arguments("Ste.", "Elle habite rue Ste. Catherine depuis dix ans."),
        arguments(
            "p. ex.", "Certaines villes, p. ex. Lyon ou Lille, investissent dans le tramway."),
        arguments(
            "par ex.", "Certaines villes, par ex. Lyon ou Lille, investissent dans le tramway."),
        arguments("cf.", "Le résultat est connu depuis longtemps (cf. Dupont, 2019)."),
        arguments("Cf. at the start", "Cf. Annexe 3 pour le détail des calculs."),
        arguments("env.", "La ville compte env. 300 000 habitants."),
        arguments("etc. before lower case", "Des pommes, des poires, etc. sont vendues au marché."),
        arguments(
            "etc. before a quotation",
            "Il cita Hugo, Zola, etc. « Tous des géants », ajouta-t-il."),
        arguments("av. J.-C.", "En 52 av. J.-C. la Gaule fut conquise par César."),
        arguments(
            "apr. J.-C.", "Au IIe siècle apr. J.-C. les routes romaines couvraient l’Europe."),
        arguments(
            "art.", "Selon l’art. 5 de la Constitution, le président veille au respect de la loi."),
        arguments("chap.", "Voir le chap. 3 pour la démonstration complète."),
        arguments("fig.", "Comme le montre la fig. 2 ci-dessous, la courbe monte."),
        arguments("vol.", "Le vol. 2 de la collection paraîtra en mars."),
        arguments("n°", "Il habite au n° 12 de la rue Victor-Hugo."),
        arguments("no.", "Consultez le no. 45 de la revue."),
        arguments("p.", "La citation figure à la p. 112 du rapport."),
        arguments("pp.", "Voir les pp. 45-50 pour le détail."),
        arguments("janv.", "Le 12 janv. 2021 le décret est entré en vigueur."),
        arguments("févr.", "Le 3 févr. 2022 la loi a été votée."),
        arguments("sept. before a year", "Le 14 sept. 2020 les écoles ont rouvert."),
        arguments("sept. after a day", "Le 14 sept. Paris accueillait le sommet."),
        arguments("oct.", "Le 5 oct. 2019 la grève a commencé."),
        arguments("nov.", "Le 11 nov. 1918 l’armistice fut signé."),
        arguments("déc.", "Le 25 déc. 2020 la neige est tombée sur Lyon."),
        arguments("initials", "J. K. Rowling a publié un nouveau roman."),
        arguments("middle initial", "Charles de G. Martin a présidé la séance."),
        arguments("initials without a space", "J.K. Rowling a publié un nouveau roman."),
        arguments("hyphenated initials", "J.-P. Sartre a refusé le prix Nobel."),
        arguments("acronym before lower case", "Les U.S.A. ont voté une nouvelle loi."),
        arguments(
            "acronym with four letters before lower case", "La S.N.C.F. a annoncé une grève."),
        arguments("decimal comma", "La croissance atteint 3,5 % cette année."),
        arguments("decimal point", "La note moyenne est de 3.5 sur 5 cette année."),
        arguments("thousands", "Le budget atteint 1.000.000 d’euros."),
        arguments("time", "Le train part à 10 h 30 précises."),
        arguments("version", "La version v2.3.1 corrige plusieurs failles."),
        arguments(
            "URL", "Consultez https://www.exemple.fr/Rapport.Final.pdf?v=2. pour les détails."),
        arguments(
            "URL with a question mark", "Le lien www.exemple.fr/faq?Rubrique=Prix est cassé."),
        arguments("e-mail address", "Écrivez à jean.Dupont@exemple.fr pour en savoir plus."),
        arguments("ellipsis character before lower case", "Il hésita… puis il entra."),
        arguments("three dots before lower case", "Il hésita... puis il entra."),
        arguments(
            "elision mark in a quotation",
            "« Nous avons (...) Paris pour seule ambition », a-t-il déclaré."),
        arguments("question inside guillemets", "« Tu viens ? » demanda-t-il."),
        arguments(
            "exclamation inside guillemets",
            "«" + NNBSP + "Quelle chance" + NNBSP + "!" + NNBSP + "» s’écria-t-elle."),
        arguments("colon with a no-break space", "Il a dit" + NBSP + ": Bonjour à tous."),
        arguments(
            "semicolon with a no-break space", "Il pleuvait" + NBSP + "; Paul resta chez lui."),
        arguments("no space after the full stop", "Le fichier rapport.Final est introuvable."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sentenceEnds")
  void cutsAtTheEndOfASentence(String rule, String marked) {
    assertSplitAsMarked(marked);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("noSentenceEnd")
  void doesNotCutInsideASentence(String rule, String marked) {
    assertSplitAsMarked(marked);
  }

  @Test
  void emptyTextHasNoSentences() {
    assertThat(FrenchSentenceSplitter.split("")).isEmpty();
  }

  @Test
  void eachSentenceCarriesTheWhitespaceThatFollowsIt() {
    assertThat(FrenchSentenceSplitter.split("  Il pleut. Il vente.\n Il neige.  "))
        .containsExactly("  Il pleut. ", "Il vente.\n ", "Il neige.  ");
  }

  @Test
  void textWithoutFinalPunctuationEndsInItsLastSentence() {
    assertThat(FrenchSentenceSplitter.split("Il pleut. Il vente sans fin"))
        .containsExactly("Il pleut. ", "Il vente sans fin");
  }

  @Test
  void aParagraphOfTheSampleArticleSplitsIntoItsSentences() {
    String text =
        "DeepSeek, un laboratoire d’intelligence artificielle pionnier en Chine, a suscité une"
            + " attention considérable avec le lancement de son modèle R1. Cette technologie d’IA"
            + " de pointe aurait accès à des dizaines de milliers de GPU NVIDIA. Le PDG de Scale"
            + " AI, Alexandr Wang, a récemment souligné les réalisations de DeepSeek.";

    assertThat(FrenchSentenceSplitter.split(text))
        .hasSize(3)
        .allSatisfy(s -> assertThat(s.strip()).endsWith("."));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " ",
        "\n\n",
        "Sans ponctuation finale",
        "   Espaces au début. Et à la fin.   ",
        ".",
        "...",
        "! ? …",
        ". A",
        "Fin.",
        "« »",
        "M.",
        "etc. Etc. etc.",
        "a. B. c. D.",
        "Quoi ?! Non !! Si… Bon... D’accord.",
        "http://x.fr. Y",
        "\u00A0Fin\u00A0!\u00A0»\u00A0Début",
        "Un.\n\nDeux.\n\n\nTrois.\n"
      })
  void sentencesConcatenateToTheInputExactly(String text) {
    List<String> sentences = FrenchSentenceSplitter.split(text);

    assertThat(String.join("", sentences)).isEqualTo(text);
    assertThat(sentences).doesNotContain("");
  }

  @Test
  void randomTextsConcatenateToTheInputExactly() {
    String[] pieces = {
      "Le",
      "M.",
      "Mme",
      "etc.",
      "J.-C.",
      "U.S.A.",
      "3,5",
      "1.000",
      "«",
      "»",
      "“",
      "”",
      "\"",
      "(",
      ")",
      "—",
      "-",
      ".",
      "...",
      "…",
      "!",
      "?",
      "?!",
      ":",
      ";",
      " ",
      "  ",
      "\n",
      NBSP,
      NNBSP,
      "a",
      "B",
      "2",
      "www.x.fr",
      "a@b.fr",
      "p.",
      "ex.",
      "sept.",
      "art.",
      "[",
      "]",
      "😀",
      "É"
    };
    Random random = new Random(42);
    for (int n = 0; n < 5000; n++) {
      StringBuilder sb = new StringBuilder();
      int length = random.nextInt(30);
      for (int i = 0; i < length; i++) {
        sb.append(pieces[random.nextInt(pieces.length)]);
      }
      String text = sb.toString();

      List<String> sentences = FrenchSentenceSplitter.split(text);

      assertThat(String.join("", sentences)).as(text).isEqualTo(text);
      assertThat(sentences).as(text).doesNotContain("");
    }
  }

  private static void assertSplitAsMarked(String marked) {
    String text = marked.replace("|", "");
    List<String> expected = Arrays.asList(marked.split("\\|"));

    assertThat(FrenchSentenceSplitter.split(text)).containsExactlyElementsOf(expected);
  }
}
