package org.traduire.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.traduire.document.Block;
import org.traduire.document.Document;
import org.traduire.document.InputFormat;
import org.traduire.document.Kind;

class PlainTextParserTest {
  private static final String TITLE =
      "Le PDG d’AI affirme que le laboratoire chinois DeepSeek dispose de 50 000 GPU NVIDIA H100"
          + " pour le développement avancé de l’IA";

  private final Parser parser = new PlainTextParser();

  private static <T extends Block> List<T> only(Document doc, Class<T> type) {
    return doc.blocks().stream().filter(type::isInstance).map(type::cast).toList();
  }

  @Test
  void sampleHeadingsAreTheTitleTwiceThenTheSectionTitles() {
    Document doc = parser.parse(Fixtures.sample());

    assertThat(only(doc, Block.Heading.class))
        .extracting(Block.Heading::level, Block.Heading::text)
        .containsExactly(
            tuple(1, TITLE),
            tuple(1, TITLE),
            tuple(2, "Modèle d’IA R1 de DeepSeek : rivaliser avec les géants mondiaux"),
            tuple(2, "Paysage avancé des GPU de NVIDIA"),
            tuple(2, "Aperçus de « Le dernier examen de l’humanité »"),
            tuple(
                2,
                "Compétition sino-américaine en matière d’intelligence artificielle : un"
                    + " paradigme en mutation"),
            tuple(2, "Performances du processeur graphique NVIDIA"),
            tuple(2, "Le débat sur la disponibilité des GPU"),
            tuple(2, "Cache GPU de DeepSeek et défis futurs"),
            tuple(2, "Source et images"),
            tuple(2, "Laisser un commentaire"));
  }

  @Test
  void sampleProseIsParagraphsAndBlankRunsAreVerbatim() {
    Document doc = parser.parse(Fixtures.sample());

    assertThat(doc.blocks())
        .extracting(Block::kind)
        .containsOnly(Kind.HEADING, Kind.PARAGRAPH, Kind.VERBATIM);
    List<String> paragraphs = only(doc, Block.Paragraph.class).stream().map(Block::text).toList();
    assertThat(paragraphs)
        .extracting(text -> text.substring(0, 12))
        .containsExactly(
            "Veuillez not",
            "DeepSeek, un",
            "Wang a dévoi",
            "Lors de sa c",
            "Abordant la ",
            "La discussio",
            "Selon Wang, ",
            "À mesure que",
            "Votre adress");
    assertThat(paragraphs.get(6)).endsWith("que nous avons mis en place.»");
    assertThat(paragraphs.get(8))
        .isEqualTo(
            "Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués"
                + " avec *");
    assertThat(only(doc, Block.Verbatim.class)).extracting(Block::source).containsOnly("\n");
  }

  @Test
  void sourceReproducesInputExactly() {
    String sample = Fixtures.sample();
    String notes = Fixtures.resource("notes.txt");

    assertThat(parser.parse(sample).source()).isEqualTo(sample);
    assertThat(parser.parse(notes).source()).isEqualTo(notes);
    assertThat(parser.parse(sample).format()).isEqualTo(InputFormat.TEXT);
  }

  @Test
  void firstLineWithoutPunctuationIsTheTitle() {
    Document doc = parser.parse("Un titre\n\nDu texte.\n");

    assertThat(doc.blocks().get(0)).isEqualTo(new Block.Heading(1, "Un titre\n", "Un titre"));
  }

  @Test
  void multiLineParagraphIsNeverAHeading() {
    String text =
        "XXI OÙ LE PATRON DE LA «_Tankadère_» RISQUE FORT DE PERDRE UNE PRIME DE\n"
            + "DEUX CENTS LIVRES\n\nLa suite.\n";

    Document doc = parser.parse(text);

    assertThat(doc.blocks().get(0))
        .isEqualTo(
            new Block.Paragraph(
                "XXI OÙ LE PATRON DE LA «_Tankadère_» RISQUE FORT DE PERDRE UNE PRIME DE\n"
                    + "DEUX CENTS LIVRES\n",
                "XXI OÙ LE PATRON DE LA «_Tankadère_» RISQUE FORT DE PERDRE UNE PRIME DE DEUX"
                    + " CENTS LIVRES"));
  }

  @Test
  void hardWrappedLinesAreUnwrappedWithSingleSpaces() {
    Document doc = parser.parse("Une phrase\n   coupée en   \ndeux lignes.");

    assertThat(doc.blocks())
        .singleElement()
        .extracting(Block::text)
        .isEqualTo("Une phrase coupée en deux lignes.");
  }

  @Test
  void eachRunOfBlankLinesIsOneVerbatimBlock() {
    Document doc = parser.parse("Un.\n\n  \n\t\nDeux.\n\n");

    assertThat(doc.blocks())
        .containsExactly(
            new Block.Paragraph("Un.\n", "Un."),
            new Block.Verbatim("\n  \n\t\n"),
            new Block.Paragraph("Deux.\n", "Deux."),
            new Block.Verbatim("\n"));
  }

  @Test
  void lineAfterTextWithoutBlankLineIsNoHeading() {
    Document doc = parser.parse("Texte.\nSource et images\n\nSuite.");

    assertThat(only(doc, Block.Heading.class)).isEmpty();
  }

  @Test
  void listItemsKeepTheirMarkerAndIndentationAsLead() {
    Document doc = parser.parse(Fixtures.resource("notes.txt"));

    assertThat(only(doc, Block.ListItem.class))
        .extracting(Block::lead, Block::text)
        .containsExactly(
            tuple("- ", "DeepSeek disposerait de 50 000 H100 ; un chiffre contesté."),
            tuple("  • ", "dont une partie achetée avant les restrictions"),
            tuple("* ", "les puces Blackwell arrivent ;"),
            tuple("1. ", "premier point"),
            tuple("2) ", "second point"),
            tuple("– ", "Une réplique de dialogue."),
            tuple("– ", "Une autre réplique."));
  }

  @Test
  void indentedLinesContinueTheListItem() {
    Document doc = parser.parse("- un GPU\n  de plus\n- deux\n");

    assertThat(doc.blocks())
        .containsExactly(
            new Block.ListItem("- un GPU\n  de plus\n", "un GPU de plus", "- ", List.of()),
            new Block.ListItem("- deux\n", "deux", "- ", List.of()));
  }

  @Test
  void numberAtTheStartOfAWrappedLineDoesNotStartAnItem() {
    String text =
        "L'itinéraire de Phileas Fogg portait l'arrivée du paquebot au\n"
            + "5. Or, il n'arrivait que le 6.\n";

    assertThat(parser.parse(text).blocks()).singleElement().isInstanceOf(Block.Paragraph.class);
  }

  @Test
  void numberAfterALineEndingInAColonStartsAnItem() {
    Document doc = parser.parse("Les étapes :\n1. Londres\n2. Suez\n");

    assertThat(doc.blocks())
        .extracting(Block::kind)
        .containsExactly(Kind.PARAGRAPH, Kind.LIST_ITEM, Kind.LIST_ITEM);
  }

  @Test
  void notesFixtureHasAnIndentedTitleAndALevelTwoHeading() {
    Document doc = parser.parse(Fixtures.resource("notes.txt"));

    assertThat(only(doc, Block.Heading.class))
        .extracting(Block.Heading::level, Block::text, Block::lead)
        .containsExactly(
            tuple(1, "Notes sur les GPU de DeepSeek", ""), tuple(2, "Paysage avancé des GPU", ""));
    assertThat(doc.blocks().get(doc.blocks().size() - 1))
        .isEqualTo(
            new Block.Paragraph(
                "Fin du texte sans saut de ligne final ", "Fin du texte sans saut de ligne final"));
  }

  @Test
  void loneLineIsAParagraphNotATitle() {
    assertThat(parser.parse("Bonjour").blocks())
        .containsExactly(new Block.Paragraph("Bonjour", "Bonjour"));
  }
}
