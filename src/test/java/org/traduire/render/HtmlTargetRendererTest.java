package org.traduire.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.traduire.document.Markup;

class HtmlTargetRendererTest {
  private static final String LINK = Markup.run("<a href=\"/x?a=1&amp;b=2\">");
  private static final String END = Markup.run("</a>");
  private static final String FRENCH = "Voir " + LINK + "la page" + END + " & c’est tout.";

  @Test
  void theBlocksOwnTagsComeBackAsMarkupAndTheTextIsEscaped() {
    String english = "See " + LINK + "the page" + END + " & <that's> all\u00A0!";

    assertThat(HtmlTargetRenderer.html(english, FRENCH))
        .isEqualTo("See <a href=\"/x?a=1&amp;b=2\">the page</a> &amp; &lt;that's&gt; all&nbsp;!");
  }

  @Test
  void scriptInABackendAnswerIsText() {
    String english = "<script>alert(1)</script> " + LINK + "page" + END;

    assertThat(HtmlTargetRenderer.html(english, FRENCH))
        .isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt; <a href=\"/x?a=1&amp;b=2\">page</a>");
  }

  @Test
  void markupRunsTheBlockDidNotHaveAreEscapedNotTrusted() {
    String english = Markup.run("<script>alert(1)</script>") + LINK + "page" + END + END;

    assertThat(HtmlTargetRenderer.html(english, FRENCH))
        .as("a made-up run and a second copy of a tag the block had once")
        .isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt;<a href=\"/x?a=1&amp;b=2\">page</a>&lt;/a&gt;");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "<html lang=\"fr\">|<html lang=\"en\">",
        "<html>|<html lang=\"en\">",
        "<HTML class='x' LANG=fr-FR>|<HTML class='x' LANG=\"en\">",
        "<html xmlns=\"http://www.w3.org/1999/xhtml\" xml:lang=\"fr\" lang=\"fr\">"
            + "|<html xmlns=\"http://www.w3.org/1999/xhtml\" xml:lang=\"en\" lang=\"en\">",
        "<html data-lang=\"fr\">|<html lang=\"en\" data-lang=\"fr\">",
        "<meta charset=\"iso-8859-1\">|<meta charset=\"utf-8\">",
        "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"
            + "|<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">",
        "</p> <html lang=\"fr\">|</p> <html lang=\"fr\">",
        "<meta name=\"author\" content=\"Jean\">|<meta name=\"author\" content=\"Jean\">"
      })
  void thePageSaysItIsEnglishAndUtf8(String markup, String written) {
    assertThat(HtmlTargetRenderer.markup(markup)).isEqualTo(written);
  }
}
