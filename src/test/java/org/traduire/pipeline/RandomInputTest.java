package org.traduire.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.traduire.detect.LanguageDetector;
import org.traduire.document.BilingualDocument;
import org.traduire.document.InputFormat;
import org.traduire.input.Decoder;
import org.traduire.input.RawInput;
import org.traduire.input.SourceText;
import org.traduire.render.OutputFormat;
import org.traduire.render.RenderOptions;
import org.traduire.render.Renderers;
import org.traduire.translate.dictionary.DictionaryBackend;

/**
 * Odd inputs, made at random from pieces that trip parsers (Markdown syntax, line ends, wide and
 * combining characters, placeholders), go through every stage with the real dictionary: no stage
 * may throw, the source side must rebuild the input, and every renderer must accept the result.
 */
class RandomInputTest {
  private static final String[] PIECES = {
    "Le chat dort.", "Bonjour le monde", " ", "  ", "\n", "\n\n", "\r\n", "\r", "\t", "# ", "## ",
    "Titre", "===\n", "---\n", "- ", "* ", "1. ", "> ", "```\n", "    code\n", "`x`", "[lien](http://a.b/c)",
    "<div>", "</div>", "<!-- c -->", "| a | b |\n|---|---|\n", "« citation »", "l’été", "d'abord",
    "M. Dupont", "3,5 %", "50 000", "…", "?!", "\u00a0:", "漢字", "🙂", "e\u0301", "⟦0⟧", "⟦", "\\", "*", "_",
    "http://exemple.fr/a?b=c", "x@y.fr", "H100", "ÉTÉ", "Il a dit : « Non. »", "\u2028", "\u0007"
  };

  private static String randomText(Random random) {
    StringBuilder sb = new StringBuilder();
    int n = 1 + random.nextInt(40);
    for (int i = 0; i < n; i++) {
      sb.append(PIECES[random.nextInt(PIECES.length)]);
    }
    return sb.toString();
  }

  @Test
  void everyStageAcceptsOddInputAndTheSourceSideRebuildsIt() throws Exception {
    Random random = new Random(29112026);
    Pipeline pipeline = new Pipeline(DictionaryBackend.create(), 1);
    for (int round = 0; round < 400; round++) {
      String raw = randomText(random);
      SourceText source;
      try {
        source = Decoder.decode(new RawInput("fuzz.txt", raw.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
      } catch (org.traduire.input.InputException e) {
        continue; // empty or binary-looking: refused with a message, which is the contract
      }
      for (InputFormat format : InputFormat.values()) {
        Planner planner = new Planner(LanguageDetector.FRENCH, format, false, 200, 10);
        BilingualDocument doc = pipeline.run(planner.plan(source));
        assertThat(doc.sourceText()).as("%s round %d: %s", format, round, raw).isEqualTo(source.text());
        for (OutputFormat out : OutputFormat.values()) {
          StringWriter w = new StringWriter();
          Renderers.of(out, new RenderOptions(40, round % 2 == 0)).render(doc, w);
          assertThat(w.toString()).as("%s → %s round %d", format, out, round).isNotNull();
        }
        if (format == InputFormat.LINES) {
          StringWriter w = new StringWriter();
          Renderers.of(OutputFormat.TARGET, new RenderOptions(40)).render(doc, w);
          assertThat(w.toString().split("\n", -1).length)
              .as("lines round %d", round)
              .isEqualTo(source.text().split("\n", -1).length);
        }
      }
    }
  }
}
