package org.traduire.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.traduire.document.AlignedBlock;
import org.traduire.document.BilingualDocument;
import org.traduire.document.Block;
import org.traduire.document.InputFormat;

class HtmlRendererTest {
  private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*>");
  private static final List<String> VOID = List.of("meta", "br", "hr", "img", "link", "input");

  private static String render(BilingualDocument document) {
    return Golden.render(new HtmlRenderer(), document);
  }

  @Test
  void markupAndScriptInATranslationShowAsText() {
    String nasty =
        "<script>alert(1)</script> <img src=x onerror=\"alert('x')\"> & \"quotes\"";
    BilingualDocument doc =
        Samples.document(
            "x<script>.txt",
            InputFormat.TEXT,
            List.of(
                Samples.heading(1, "", "Titre <b>gras</b>", "<script>alert(2)</script>"),
                Samples.para("", "Il a dit <script>salut</script>.\n", nasty),
                Samples.item("- ", "<img src=y onerror=alert(3)>", "<img src=y onerror=alert(3)>"),
                Samples.failed(
                    new Block.Paragraph("<i>x</i>\n", "<i>x</i>"), "deepl", "<script>why")),
            List.of(0.9));

    String out = render(doc);

    assertThat(out.toLowerCase()).doesNotContain("<script").doesNotContain("<img").doesNotContain("<b>")
        .doesNotContain("<i>");
    assertThat(out)
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .contains("&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt; &amp; &quot;quotes&quot;")
        .contains("<title>&lt;script&gt;alert(2)&lt;/script&gt;</title>")
        .contains("untranslated: &lt;script&gt;why");
  }

  @Test
  void thePageHasNoScriptAndLoadsNothingFromOutside() {
    for (BilingualDocument doc : List.of(Samples.article(), Samples.markdown(), Samples.lines())) {
      String out = render(doc).toLowerCase();

      assertThat(out).as(doc.name())
          .doesNotContain("<script").doesNotContain("javascript:").doesNotContainPattern("<[^>]*\\son[a-z]+\\s*=")
          .doesNotContain("http:").doesNotContain("https:").doesNotContain("url(")
          .doesNotContain("@import").doesNotContain("<link").doesNotContain("src=");
    }
  }

  @Test
  void everyOpenedElementIsClosedInOrder() {
    for (BilingualDocument doc : List.of(Samples.article(), Samples.markdown(), Samples.lines())) {
      String out = render(doc);
      String body = out.replaceAll("(?s)<style>.*?</style>", "<style></style>");
      Deque<String> open = new ArrayDeque<>();
      Matcher m = TAG.matcher(body);
      while (m.find()) {
        String name = m.group(2).toLowerCase();
        if (VOID.contains(name)) {
          continue;
        }
        if (m.group(1).isEmpty()) {
          open.push(name);
        } else {
          assertThat(open).as("%s: closing </%s> at %d", doc.name(), name, m.start()).isNotEmpty();
          assertThat(open.pop()).as("%s: element closed at %d", doc.name(), m.start()).isEqualTo(name);
        }
      }
      assertThat(open).as(doc.name() + ": elements left open").isEmpty();
      assertThat(out).startsWith("<!DOCTYPE html>\n").endsWith("</html>\n");
    }
  }

  @Test
  void everyShownBlockIsOneRowWithAFrenchAndAnEnglishCell() {
    BilingualDocument doc = Samples.article();
    long shown = doc.blocks().stream().filter(b -> !b.source().source().isBlank()).count();

    String out = render(doc);

    assertThat(count(out, "<div class=\"row ")).isEqualTo(shown + 1);
    assertThat(count(out, "<div class=\"fr\" lang=\"fr\">")).isEqualTo(shown + 1);
    assertThat(count(out, "\" lang=\"en\">")).isEqualTo(shown + 1);
  }

  @Test
  void headingsAreHeadingsOnBothSidesAndTheTitleIsTheFirstHeadingsEnglish() {
    String out = render(Samples.markdown());

    assertThat(out)
        .contains("<title>Installation guide</title>")
        .contains("<h1>Guide d’installation</h1>")
        .contains("<h1>Installation guide</h1>")
        .contains("<h2>Étapes</h2>")
        .contains("<h2>Steps</h2>");
  }

  @Test
  void aDocumentWithoutHeadingsIsTitledByItsName() {
    assertThat(render(Samples.lines())).contains("<title>corpus.txt</title>");
  }

  @Test
  void failedAndKeptBlocksAreMarked() {
    String out = render(Samples.article());

    assertThat(out)
        .contains(
            "<div class=\"en failed\" lang=\"en\"><p><span class=\"badge\">untranslated: deepl"
                + " answered 456 quota exceeded</span> <span lang=\"fr\">Selon Wang")
        .contains(
            "<div class=\"en kept\" lang=\"en\"><p><span class=\"badge\">kept: already"
                + " English</span> Source: CNBC, January 2025.</p></div>");
  }

  @Test
  void codeIsShownVerbatimInBothColumnsAndOrderedItemsKeepTheirNumber() {
    BilingualDocument doc =
        Samples.document(
            "x.md",
            InputFormat.MARKDOWN,
            List.of(
                AlignedBlock.kept(new Block.Code("```\na < b && c\n```\n"), "code"),
                AlignedBlock.translated(
                    new Block.ListItem("3. Un\n", "Un", "3. ", List.of()), "One", "dictionary")),
            List.of(0.9));

    String out = render(doc);

    assertThat(count(out, "<pre><code>```\na &lt; b &amp;&amp; c\n```</code></pre>")).isEqualTo(2);
    assertThat(out).contains("<ol start=\"3\"><li>One</li></ol>");
  }

  private static long count(String text, String part) {
    long n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
