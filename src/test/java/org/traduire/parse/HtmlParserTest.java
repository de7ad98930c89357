package org.traduire.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.traduire.document.Block;
import org.traduire.document.Document;
import org.traduire.document.InputFormat;
import org.traduire.document.Kind;
import org.traduire.document.Markup;
import org.traduire.document.Range;

class HtmlParserTest {
  private static final Path DIR = Path.of("src", "test", "resources", "html");

  private static Document parse(String html) {
    Document doc = Parsers.of(InputFormat.HTML).parse(html);
    assertThat(doc.source()).as("the blocks' sources rebuild the input").isEqualTo(html);
    return doc;
  }

  private static String article() {
    try {
      return Files.readString(DIR.resolve("article.html"), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The blocks a reader sees, one a line; markup runs as ⟪…⟫, kept ranges in braces. */
  static String dump(Document doc) {
    StringBuilder sb = new StringBuilder();
    for (Block b : doc.blocks()) {
      if (b.kind() == Kind.VERBATIM && b.display().isEmpty()) {
        continue;
      }
      sb.append(b.kind().label());
      if (b instanceof Block.Heading h) {
        sb.append(' ').append(h.level());
      }
      if (!b.lead().isEmpty()) {
        sb.append(" \"").append(b.lead()).append('"');
      }
      sb.append(" | ").append(b.translatable() ? shown(b.text(), b.keep()) : "display: " + b.display());
      sb.append('\n');
    }
    return sb.toString();
  }

  private static String shown(String text, List<Range> keep) {
    StringBuilder sb = new StringBuilder();
    int at = 0;
    for (Range r : keep) {
      sb.append(text, at, r.start()).append('{').append(text, r.start(), r.end()).append('}');
      at = r.end();
    }
    sb.append(text.substring(at));
    return sb.toString().replace(Markup.OPEN, '⟪').replace(Markup.CLOSE, '⟫');
  }

  private static String allText(Document doc) {
    StringBuilder sb = new StringBuilder();
    for (Block b : doc.blocks()) {
      sb.append(b.translatable() ? b.text() : b.display()).append('\n');
    }
    return sb.toString();
  }

  @Test
  void articleBecomesTheBlocksOfItsGoldenFile() throws IOException {
    String actual = dump(parse(article()));

    Path golden = DIR.resolve("article.blocks.expected");
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  @Test
  void navigationScriptsStylesFormsCommentsHeaderAsideAndFooterStayOutOfTheBlocks() {
    String text = allText(parse(article()));

    assertThat(text)
        .doesNotContain("Journal du Calcul", "Actualités", "font-family", "visites", "publicité",
            "Votre adresse", "Envoyer", "Lire aussi", "droits réservés", "console.log")
        .contains("Le modèle est disponible gratuitement.");
  }

  @Test
  void characterReferencesAreDecodedForTheBackend() {
    Document doc = parse("<p>Caf&eacute; &amp; th&#8217;&nbsp;: &lt;b&gt; &#x263A;</p>");

    assertThat(doc.blocks()).filteredOn(Block::translatable).singleElement()
        .extracting(Block::text).isEqualTo("Café & th’\u00A0: <b> ☺");
  }

  @Test
  void inlineTagsAreKeptRangesAndTheirTextIsTranslated() {
    Block p = parse("<p>Voir <a href=\"/x?a=1&amp;b=2\">la <em>page</em></a> ici.</p>").blocks()
        .stream().filter(Block::translatable).findFirst().orElseThrow();

    assertThat(shown(p.text(), p.keep()))
        .isEqualTo("Voir {⟪<a href=\"/x?a=1&amp;b=2\">⟫}la {⟪<em>⟫}page{⟪</em>⟫⟪</a>⟫} ici.");
    assertThat(Markup.readable(p.text())).isEqualTo("Voir la page ici.");
  }

  @Test
  void inlineCodeAndTranslateNoAreKeptWithTheirText() {
    Block p = parse("<p>Tapez <code>ls &lt;dir&gt;</code> sur <span translate=\"no\">Mon Mac</span>"
        + " et <b class=\"x notranslate\">Finder</b>.</p>").blocks()
        .stream().filter(Block::translatable).findFirst().orElseThrow();

    assertThat(shown(p.text(), p.keep()))
        .isEqualTo("Tapez {⟪<code>⟫ls <dir>⟪</code>⟫} sur {⟪<span translate=\"no\">⟫Mon Mac⟪</span>⟫}"
            + " et {⟪<b class=\"x notranslate\">⟫Finder⟪</b>⟫}.");
  }

  @Test
  void blocksMarkedNotToTranslateOrWithoutWordsAreKeptVerbatimWithTheirText() {
    Document doc = parse("<article><p class=\"notranslate\">Garder <b>ceci</b></p>"
        + "<div translate=\"no\"><p>Et ceci</p><p translate=\"yes\">Traduire cela</p></div>"
        + "<p><code>x = 1</code></p><p>Texte normal</p></article>");

    assertThat(dump(doc)).isEqualTo("""
        verbatim | display: Garder ceci
        verbatim | display: Et ceci
        paragraph | Traduire cela
        verbatim | display: x = 1
        paragraph | Texte normal
        """);
  }

  @Test
  void preIsCodeShownAsItsText() {
    Document doc = parse("<p>Avant</p><pre>\n<code class=\"sh\">a &lt; b\n  <b>c</b></code></pre>");

    Block code = doc.blocks().stream().filter(b -> b.kind() == Kind.CODE).findFirst().orElseThrow();
    assertThat(code.source()).isEqualTo("<pre>\n<code class=\"sh\">a &lt; b\n  <b>c</b></code></pre>");
    assertThat(code.display()).isEqualTo("a < b\n  c");
    assertThat(code.translatable()).isFalse();
  }

  @Test
  void headingsKeepTheirLevelAndListsQuotesAndCaptionsTheirKind() {
    Document doc = parse("<main><h1>Un</h1><h2>Deux</h2><h6>Six</h6>"
        + "<ol start=\"3\"><li>Trois<ul><li>Sous-point</li></ul></li><li value=\"9\"><p>Neuf</p>"
        + "<p>Suite</p></li><li>Dix</li></ol>"
        + "<blockquote>Citée</blockquote><figure><figcaption>Légende</figcaption></figure>"
        + "<dl><dt>Terme</dt><dd>Définition</dd></dl>"
        + "<table><tr><th>Nom</th><td>Valeur</td></tr></table></main>");

    assertThat(dump(doc)).isEqualTo("""
        heading 1 | Un
        heading 2 | Deux
        heading 6 | Six
        list_item "3. " | Trois
        list_item "  - " | Sous-point
        list_item "9. " | Neuf
        paragraph "   " | Suite
        list_item "10. " | Dix
        quote "> " | Citée
        paragraph | Légende
        paragraph | Terme
        paragraph | Définition
        paragraph | Nom
        paragraph | Valeur
        """);
  }

  @Test
  void theHtmlStartTagAndTheCharsetDeclarationAreBlocksOfTheirOwn() {
    Document doc = parse("<!doctype html><HTML lang=fr><head><meta charset=latin1>"
        + "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head>"
        + "<body><p>Bonjour</p></body></HTML>");

    assertThat(doc.blocks()).extracting(Block::source)
        .contains("<HTML lang=fr>", "<meta charset=latin1>",
            "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">");
  }

  @Test
  void withoutArticleOrMainTheElementWithTheMostParagraphTextIsTheArticle() {
    Document doc = parse("<body><div class=\"menu\"><p>Accueil</p><p>Contact</p></div>"
        + "<div class=\"contenu\"><h1>Le titre</h1><p>Un long paragraphe qui raconte toute"
        + " l’histoire du modèle et de ses auteurs.</p><p>Un second paragraphe, plus long encore,"
        + " qui donne les chiffres.</p></div><div class=\"pied\"><p>Mentions légales</p></div>"
        + "</body>");

    assertThat(dump(doc)).startsWith("heading 1 | Le titre\n")
        .doesNotContain("Accueil", "Contact", "Mentions");
    assertThat(doc.blocks().stream().filter(Block::translatable)).hasSize(3);
  }

  @Test
  void aPageOfBareTextIsOneParagraph() {
    Document doc = parse("Juste du texte, sans balise.");

    assertThat(dump(doc)).isEqualTo("paragraph | Juste du texte, sans balise.\n");
  }

  @Test
  void malformedHtmlIsRepairedAndItsSourceKept() {
    String html = "<article><p>Un <b>gras <i>et</b> italique</i><p>Deux <a href=x>lien"
        + "<li>Item<table><tr>Perdu<td>Cellule</td></table></div></span><p>Fin &amp sans point-virgule"
        + "<!-- non fermé";

    Document doc = parse(html);

    String dump = dump(doc);
    assertThat(dump).contains("paragraph | Un ", "Cellule", "Fin & sans point-virgule");
    for (Block b : doc.blocks()) {
      assertThat(b.keep()).allSatisfy(r -> assertThat(r.end()).isLessThanOrEqualTo(b.text().length()));
    }
  }

  @Test
  void textTheParserMovesOutOfATableStaysMarkupRatherThanComeBackOutOfOrder() {
    Document doc = parse("<article><table><tr><td>Cellule</td>Déplacé</tr></table></article>");

    assertThat(allText(doc)).contains("Cellule").doesNotContain("Déplacé");
  }

  @Test
  void fiveThousandNestedDivsParseInBoundedTime() {
    String html = "<article>" + "<div>".repeat(5000) + "<p>Bonjour <b>le</b> monde</p>"
        + "</div>".repeat(5000) + "<p>" + "<span>".repeat(5000) + "fin</p></article>";

    Document doc = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(20), () -> parse(html));

    assertThat(allText(doc)).contains("Bonjour", "monde", "fin");
  }

  @Test
  void unclosedElementsAtTheEndOfTheInputStillMakeBlocks() {
    Document doc = parse("<article><h2>Titre</h2><p>Paragraphe <em>non fermé");

    assertThat(dump(doc)).isEqualTo("""
        heading 2 | Titre
        paragraph | Paragraphe {⟪<em>⟫}non fermé
        """);
  }
}
