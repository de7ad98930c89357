package org.traduire.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.traduire.detect.LanguageDetector;
import org.traduire.document.BilingualDocument;
import org.traduire.document.InputFormat;
import org.traduire.document.Markup;
import org.traduire.input.SourceText;
import org.traduire.pipeline.Pipeline;
import org.traduire.pipeline.Planner;
import org.traduire.translate.Backend;
import org.traduire.translate.TranslationException;

/** An HTML input through the pipeline with scripted backends, into every output format. */
class HtmlInputTest {
  private static final Path ARTICLE = Path.of("src", "test", "resources", "html", "article.html");

  private static BilingualDocument run(String html, UnaryOperator<String> translate) {
    Backend backend =
        new Backend() {
          @Override
          public String name() {
            return "scripted";
          }

          @Override
          public int maxChars() {
            return 1000;
          }

          @Override
          public List<String> translate(List<String> segments) throws TranslationException {
            if (segments.stream().anyMatch(s -> s.contains("laboratoire"))) {
              throw new TranslationException("scripted", "refuses the laboratory");
            }
            return segments.stream().map(translate).toList();
          }
        };
    try {
      Planner planner = new Planner(LanguageDetector.FRENCH, InputFormat.HTML, false, 1000, 50);
      return new Pipeline(backend, 1).run(planner.plan(new SourceText("page.html", html, "UTF-8", false)));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static String render(OutputFormat format, BilingualDocument document) {
    return Golden.render(Renderers.of(format, new RenderOptions(100)), document);
  }

  private static String article() throws Exception {
    return Files.readString(ARTICLE, StandardCharsets.UTF_8);
  }

  @Test
  void aBackendAnswerWithScriptIsTextInTheHtmlPage() throws Exception {
    BilingualDocument doc = run(article(), s -> "<script>alert(1)</script> " + s);

    String page = render(OutputFormat.HTML, doc);

    assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script");
  }

  @Test
  void aBackendAnswerWithScriptIsTextInTheTranslatedPageWhoseOwnTagsAreMarkup() throws Exception {
    BilingualDocument doc = run(article(), s -> "<script>alert(1)</script> " + s);

    String page = render(OutputFormat.TARGET, doc);

    assertThat(page)
        .doesNotContain("<script>alert(1)")
        .contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt; Le modèle <em>R1</em> de DeepSeek</h1>")
        .contains("<a href=\"https://example.org/rapport?a=1&amp;b=2\">le rapport</a>")
        .contains("<code>nvidia-smi &lt;id&gt;</code>")
        .contains("<script>var visites = 1 < 2 && \"<b>non</b>\";</script>");
  }

  @Test
  void markupRunsMadeUpByTheBackendAreTextInTheTranslatedPage() throws Exception {
    BilingualDocument doc = run("<p>Un chat.</p>", s -> Markup.run("<img src=x onerror=alert(1)>") + s);

    assertThat(render(OutputFormat.TARGET, doc))
        .isEqualTo("<p>&lt;img src=x onerror=alert(1)&gt;Un chat.</p>");
  }

  @Test
  void failedBlocksKeepTheirFrenchExactlyAndTheRestIsTranslated() throws Exception {
    BilingualDocument doc = run(article(), String::toUpperCase);

    String page = render(OutputFormat.TARGET, doc);

    assertThat(page)
        .contains("<p class=\"chapeau\">Un laboratoire chinois a publié un modèle de langage ouvert qui\n"
            + "    rivalise avec les géants&nbsp;: <strong>R1</strong>.</p>")
        .contains("<p>LE MODÈLE EST DISPONIBLE GRATUITEMENT.</p>")
        .contains("<html lang=\"en\">");
  }

  @Test
  void anUnchangedTranslationGivesBackThePageButForItsLanguage() {
    String page = "<!DOCTYPE html>\n<html lang=\"fr\"><body>\n<p>Un <a href=\"x\">lien</a> et"
        + " <code>a&lt;b</code>.</p>\n<ul>\n  <li>Point <em>un</em></li>\n</ul>\n</body></html>\n";

    String out = render(OutputFormat.TARGET, run(page, s -> s));

    assertThat(out).isEqualTo(page.replace("lang=\"fr\"", "lang=\"en\""));
  }

  @ParameterizedTest
  @EnumSource(value = OutputFormat.class, names = {"SIDE_BY_SIDE", "INTERLEAVED", "MARKDOWN"})
  void terminalAndMarkdownFormatsShowTextWithoutTags(OutputFormat format) throws Exception {
    String out = render(format, run(article(), String::toUpperCase));

    assertThat(out)
        .contains("LE MODÈLE R1 DE DEEPSEEK", "nvidia-smi", "Silicon Valley", "pip install deepseek")
        .doesNotContain("<em>", "<a href", "<code>", "<span", "<pre>", "<!DOCTYPE", "⟦",
            String.valueOf(Markup.OPEN), String.valueOf(Markup.CLOSE), "Actualités");
  }

  @ParameterizedTest
  @EnumSource(value = OutputFormat.class, names = {"JSON", "HTML", "TMX", "XLIFF"})
  void documentFormatsCarryTheReadableText(OutputFormat format) throws Exception {
    String out = render(format, run(article(), String::toUpperCase));

    assertThat(out)
        .contains("LE MODÈLE R1 DE DEEPSEEK", "Le modèle R1 de DeepSeek")
        .doesNotContain(String.valueOf(Markup.OPEN), String.valueOf(Markup.CLOSE), "⟦");
  }
}
