package org.traduire.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.traduire.document.InputFormat;

class ParsersTest {
  @Test
  void eachFormatHasItsParser() {
    assertThat(Parsers.of(InputFormat.TEXT)).isInstanceOf(PlainTextParser.class);
    assertThat(Parsers.of(InputFormat.MARKDOWN)).isInstanceOf(MarkdownParser.class);
    assertThat(Parsers.of(InputFormat.LINES)).isInstanceOf(LinesParser.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"a.md", "b.MARKDOWN", "dir/c.mdown", "d.mkd"})
  void markdownExtensionsMeanMarkdownWhateverTheText(String name) {
    assertThat(Parsers.detect(name, "Texte simple.\n")).isEqualTo(InputFormat.MARKDOWN);
  }

  @ParameterizedTest
  @ValueSource(strings = {"a.txt", "b.TEXT"})
  void textExtensionsMeanTextWhateverTheText(String name) {
    assertThat(Parsers.detect(name, "# Titre\n\nTexte.\n")).isEqualTo(InputFormat.TEXT);
  }

  @Test
  void sampleArticleReadFromStdinIsText() {
    assertThat(Parsers.detect("-", Fixtures.sample())).isEqualTo(InputFormat.TEXT);
    assertThat(Parsers.detect(null, Fixtures.sample())).isEqualTo(InputFormat.TEXT);
  }

  @Test
  void markdownFixtureWithoutExtensionIsMarkdown() {
    assertThat(Parsers.detect("article", Fixtures.resource("article.md")))
        .isEqualTo(InputFormat.MARKDOWN);
  }

  @Test
  void plainTextWithListsButNoLinksIsText() {
    assertThat(Parsers.detect(null, Fixtures.resource("notes.txt"))).isEqualTo(InputFormat.TEXT);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "## Paysage avancé\n\nTexte.\n",
        "Texte.\n\n```\ncode\n```\n",
        "Titre\n=====\n\nTexte.\n",
        "Titre\n---\n\nTexte.\n",
        "Voir [la doc](a.html) et [le site](b.html).\n",
        "- un [lien](x.html)\n- deux\n"
      })
  void clearMarkdownSyntaxMeansMarkdown(String text) {
    assertThat(Parsers.detect(null, text)).isEqualTo(InputFormat.MARKDOWN);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Un texte.\n\nUn autre.\n",
        "#DeepSeek en tête.\n",
        "- un seul tiret\n",
        "- un\n- deux\n- trois\n",
        "Voir [la doc](a.html) seulement.\n",
        "Texte.\n\n-----\n\nSuite.\n",
        "Voir [1] et (2).\n"
      })
  void proseWithoutMarkdownSyntaxIsText(String text) {
    assertThat(Parsers.detect("-", text)).isEqualTo(InputFormat.TEXT);
  }

  @ParameterizedTest
  @ValueSource(strings = {"page.html", "PAGE.HTM", "dir/a.b.html"})
  void htmlExtensionsMeanHtmlWhateverTheText(String name) {
    assertThat(Parsers.detect(name, "Texte simple.\n")).isEqualTo(InputFormat.HTML);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<!DOCTYPE html>\n<html><body><p>Texte</p></body></html>",
        "\n  <!doctype HTML><p>Texte",
        "<html lang=\"fr\">\n<p>Texte</p>",
        "<!-- enregistré le 3 mai -->\n<!DOCTYPE html><p>Texte",
        "<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><p>Texte"
      })
  void aDoctypeOrHtmlTagAtTheStartMeansHtml(String text) {
    assertThat(Parsers.detect("-", text)).isEqualTo(InputFormat.HTML);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Texte avec <b>du gras</b>.\n",
        "# Titre\n\n<html> dans du Markdown\n",
        "<htmlx>\n",
        "<!-- commentaire --> texte <html>\n"
      })
  void htmlInsideTextOrMarkdownIsNotAnHtmlPage(String text) {
    assertThat(Parsers.detect("-", text)).isNotEqualTo(InputFormat.HTML);
  }

  @Test
  void htmlHasItsParser() {
    assertThat(Parsers.of(InputFormat.HTML)).isInstanceOf(HtmlParser.class);
  }

  @Test
  void linesIsNeverGuessed() {
    assertThat(Parsers.detect("corpus.lines", "a\nb\nc\n")).isEqualTo(InputFormat.TEXT);
  }

  @Test
  void aGuessFedAPieceAtATimeAgreesWithTheGuessOnTheWholeText() {
    List<String> texts = List.of("## Paysage avancé\n\nTexte.\n", "Texte.\n\n```\ncode\n```\n",
        "Titre\n=====\n\nTexte.\n", "Voir [la doc](a.html) et [le site](b.html).\n", "- un [lien](x.html)\n- deux\n",
        "Un texte.\n\nUn autre.\n", "- un\n- deux\n- trois\n", "Voir [la doc](a.html).\n\nEt [là](b.html).\n",
        "Texte.\n\n-----\n\nSuite.\n", "<!DOCTYPE html>\n<html><body><p>Texte</p></body></html>",
        Fixtures.sample(), Fixtures.resource("notes.txt"), Fixtures.resource("article.md"));
    for (String text : texts) {
      Parsers.Guess guess = new Parsers.Guess();
      text.lines().forEach(line -> guess.feed(line + "\n")); // one piece a line: the counts carry over

      assertThat(guess.format()).as(text).isEqualTo(Parsers.detect(null, text));
    }
  }
}
