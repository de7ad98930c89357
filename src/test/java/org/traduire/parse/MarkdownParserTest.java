package org.traduire.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.traduire.document.Block;
import org.traduire.document.Document;
import org.traduire.document.InputFormat;
import org.traduire.document.Kind;
import org.traduire.document.Range;

class MarkdownParserTest {
  private final Parser parser = new MarkdownParser();

  private static <T extends Block> List<T> only(Document doc, Class<T> type) {
    return doc.blocks().stream().filter(type::isInstance).map(type::cast).toList();
  }

  /** The kept parts of a block's text, in order. */
  private static List<String> kept(Block block) {
    return block.keep().stream().map(r -> block.text().substring(r.start(), r.end())).toList();
  }

  private static Block first(String markdown) {
    return new MarkdownParser().parse(markdown).blocks().get(0);
  }

  @Test
  void sourceReproducesInputExactly() {
    String article = Fixtures.resource("article.md");

    Document doc = parser.parse(article);

    assertThat(doc.source()).isEqualTo(article);
    assertThat(doc.format()).isEqualTo(InputFormat.MARKDOWN);
    assertThat(article).doesNotEndWith("\n").contains("  \n");
  }

  @Test
  void atxAndSetextHeadingsGetTheirLevelAndAnAtxLead() {
    Document doc = parser.parse(Fixtures.resource("article.md"));

    assertThat(only(doc, Block.Heading.class))
        .extracting(Block.Heading::level, Block::text, Block::lead, Block::source)
        .containsExactly(
            tuple(1, "Le laboratoire DeepSeek", "# ", "# Le laboratoire DeepSeek\n"),
            tuple(
                1, "Modèle R1 de DeepSeek", "# ", "Modèle R1 de DeepSeek\n=====================\n"),
            tuple(
                2,
                "Paysage avancé des GPU de NVIDIA",
                "## ",
                "## Paysage avancé des GPU de NVIDIA ##\n"));
  }

  @Test
  void setextLevelTwoHeadingWritesAnAtxLead() {
    assertThat(first("Partie deux\n-----------\n"))
        .isEqualTo(
            new Block.Heading(2, "Partie deux\n-----------\n", "Partie deux", "## ", List.of()));
  }

  @Test
  void paragraphLinesAreJoinedWithSingleSpaces() {
    Block block = first("Une ligne   \n   puis une autre\nfin.\n");

    assertThat(block).isInstanceOf(Block.Paragraph.class);
    assertThat(block.text()).isEqualTo("Une ligne puis une autre fin.");
    assertThat(block.lead()).isEmpty();
  }

  @Test
  void hardLineBreaksBecomeSingleSpaces() {
    assertThat(first("Texte  \nligne\\\n*en\\\nfin*\n").text()).isEqualTo("Texte ligne *en fin*");
  }

  @Test
  void listItemsCarryIndentationAndMarkerInTheirLead() {
    Document doc = parser.parse(Fixtures.resource("article.md"));

    assertThat(only(doc, Block.ListItem.class))
        .extracting(Block::lead, Block::text)
        .containsExactly(
            tuple("- ", "La série Hopper comprend les derniers GPU H100 et H200."),
            tuple("- ", "Les puces Blackwell arrivent."),
            tuple("  * ", "Livraisons accélérées en `2025`."),
            tuple("  * ", "Production limitée."),
            tuple("1. ", "Premier point."),
            tuple("2. ", "Deuxième point."));
  }

  @Test
  void laterParagraphOfAListItemIsAParagraphWithTheItemIndent() {
    Document doc = parser.parse("3. Premier paragraphe.\n\n   Second paragraphe.\n");

    assertThat(doc.blocks())
        .containsExactly(
            new Block.ListItem("3. Premier paragraphe.\n", "Premier paragraphe.", "3. ", List.of()),
            new Block.Verbatim("\n"),
            new Block.Paragraph("   Second paragraphe.\n", "Second paragraphe.", "   ", List.of()));
  }

  @Test
  void quotedParagraphsAreQuotesWithoutTheirMarkers() {
    Document doc = parser.parse(Fixtures.resource("article.md"));

    assertThat(only(doc, Block.Quote.class))
        .extracting(Block::lead, Block::text)
        .containsExactly(
            tuple("> ", "Le dernier examen de l’humanité mesure les prouesses de l’IA."),
            tuple("> > ", "Une citation dans la citation."));
    assertThat(doc.blocks()).contains(new Block.Verbatim(">\n"));
  }

  @Test
  void fencedCodeIsKeptAsCode() {
    Document doc = parser.parse("Avant.\n\n```java\nSystem.out.println(\"Bonjour\");\n```\n");

    assertThat(doc.blocks().get(2))
        .isEqualTo(new Block.Code("```java\nSystem.out.println(\"Bonjour\");\n```\n"));
    assertThat(doc.blocks().get(2).translatable()).isFalse();
  }

  @Test
  void indentedCodeIsKeptAsCode() {
    Document doc = parser.parse(Fixtures.resource("article.md"));

    assertThat(only(doc, Block.Code.class))
        .extracting(Block::source)
        .containsExactly(
            "```java\n// code clôturé, jamais traduit\nSystem.out.println(\"Bonjour\");\n```\n",
            "    code indenté\n    sur deux lignes\n");
  }

  @Test
  void markupWithoutProseIsVerbatim() {
    Document doc = parser.parse(Fixtures.resource("article.md"));

    assertThat(only(doc, Block.Verbatim.class))
        .extracting(Block::source)
        .contains(
            "---\ntitle: Les GPU de DeepSeek\nlang: fr\n---\n",
            "| Modèle | GPU |\n|--------|:---:|\n| R1     | H100 |\n",
            "<div class=\"note\">\nBloc HTML gardé tel quel.\n</div>\n",
            "***\n",
            "[fiche]: https://example.com/fiche \"Fiche\"\n");
  }

  @Test
  void inlineCodeLinkTargetsAutolinksAndHtmlAreKept() {
    Document doc = parser.parse(Fixtures.resource("article.md"));
    Block block =
        only(doc, Block.Paragraph.class).stream()
            .filter(b -> b.text().startsWith("Le script"))
            .findFirst()
            .orElseThrow();

    assertThat(kept(block))
        .containsExactly(
            "`deepseek --run`",
            "(https://example.com/doc \"La doc\")",
            "(https://example.com/h100.png)",
            "<https://example.com>",
            "<abbr>",
            "</abbr>",
            "[fiche]");
    assertThat(block.text()).contains("[documentation officielle](").contains("[la fiche][fiche]");
  }

  @Test
  void keepRangesIndexTheJoinedTextAcrossIndentedLines() {
    Block block = first("- Voir `a`\n  et [le site](http://x.fr)\n  puis `b  c`.\n");

    assertThat(block.text()).isEqualTo("Voir `a` et [le site](http://x.fr) puis `b  c`.");
    assertThat(kept(block)).containsExactly("`a`", "(http://x.fr)", "`b  c`");
  }

  @Test
  void codeSpanOverALineBreakIsKeptFromBacktickToBacktick() {
    Block block = first("> Un `code\n> coupé` ici.\n");

    assertThat(block.kind()).isEqualTo(Kind.QUOTE);
    assertThat(block.text()).isEqualTo("Un `code coupé` ici.");
    assertThat(kept(block)).containsExactly("`code coupé`");
  }

  @Test
  void imageKeepsItsTargetAndTranslatesItsAltText() {
    Block block = first("![Un GPU H100](h100.png \"titre\") en photo.");

    assertThat(kept(block)).containsExactly("(h100.png \"titre\")");
    assertThat(block.keep()).containsExactly(new Range(14, 32));
  }

  @Test
  void shortcutAndCollapsedReferenceLinksAreKeptWhole() {
    Block block = first("Voir [fiche] et [page][].\n\n[fiche]: /f\n[page]: /p\n");

    assertThat(kept(block)).containsExactly("[fiche]", "[page][]");
  }

  @Test
  void codeInsideALinkLabelIsKeptAndTheLabelTranslated() {
    Block block = first("Lire [la doc de `parse`](doc.md).");

    assertThat(kept(block)).containsExactly("`parse`", "(doc.md)");
  }

  @Test
  void headingInsideAListItemKeepsTheItemMarkerInItsLead() {
    Block block = first("- ## Titre `x`\n");

    assertThat(block)
        .isEqualTo(
            new Block.Heading(
                2, "- ## Titre `x`\n", "Titre `x`", "- ## ", List.of(new Range(6, 9))));
  }

  @Test
  void quoteInsideAListItemIsAQuoteLedByBothMarkers() {
    assertThat(first("- > cité\n"))
        .isEqualTo(new Block.Quote("- > cité\n", "cité", "- > ", List.of()));
  }

  @Test
  void listInsideAQuoteIsListItemsLedByBothMarkers() {
    Document doc = parser.parse("> - a\n>   suite\n> - b\n");

    assertThat(doc.blocks())
        .containsExactly(
            new Block.ListItem("> - a\n>   suite\n", "a suite", "> - ", List.of()),
            new Block.ListItem("> - b\n", "b", "> - ", List.of()));
  }

  @Test
  void frontMatterIsVerbatimAndNotAHeading() {
    Document doc = parser.parse("---\ntitre: Essai\n---\nTexte.\n");

    assertThat(doc.blocks())
        .containsExactly(
            new Block.Verbatim("---\ntitre: Essai\n---\n"),
            new Block.Paragraph("Texte.\n", "Texte."));
  }

  @Test
  void thematicBreakWithoutClosingFrontMatterIsStillABreak() {
    Document doc = parser.parse("---\nTexte.\n");

    assertThat(doc.blocks())
        .containsExactly(new Block.Verbatim("---\n"), new Block.Paragraph("Texte.\n", "Texte."));
  }
}
