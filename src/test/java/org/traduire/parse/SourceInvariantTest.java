package org.traduire.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.traduire.document.Block;
import org.traduire.document.Document;
import org.traduire.document.InputFormat;
import org.traduire.document.Range;

/** Every parser, on every test input, gives back the input exactly and well-formed keep ranges. */
class SourceInvariantTest {
  private static final List<String> EDGE_CASES =
      List.of(
          "x",
          "\n",
          "\n\n\n",
          "   ",
          "Titre",
          "Titre\n",
          "\nTitre\n\nTexte",
          "a\n \nb \n\t",
          "- \n-\n1.\n",
          "> \n>\n> > a\nb\n",
          "```\nnon fermé\n",
          "    code\n\n\n    suite\n\n",
          "<!-- commentaire -->\ntexte\n",
          "Texte  \nligne\\\nfin",
          "[a]: /x\n[b]: /y \"t\"\n",
          "* a\n\n  b\n\n      code\n* c\n",
          "---\n---\n",
          "Tab\tulé\n\n-\tpoint\n",
          "Titre\n===\n  ===\n",
          "<!DOCTYPE html>\n<html lang=fr><meta charset=latin1><p>Caf&eacute; &amp; <b>th\u00e9</p>",
          "<article><p>Un <b>gras <i>et</b> fin</i><li>x<table><tr>Perdu<td>c</table></span>",
          "<pre>\n  code\n</pre><p>\uFDD0faux\uFDD1 <code>a&lt;b</code></p><!-- fin",
          "<h2 translate=no>Titre</h2><ul><li>un<li>deux<ol><li>trois</ol></ul>");

  static Stream<Arguments> inputs() {
    List<String> texts = new ArrayList<>(EDGE_CASES);
    texts.add(Fixtures.sample());
    texts.add(Fixtures.resource("article.md"));
    texts.add(Fixtures.resource("notes.txt"));
    Stream.Builder<Arguments> all = Stream.builder();
    for (InputFormat format : InputFormat.values()) {
      for (String text : texts) {
        all.add(Arguments.of(format, text));
      }
    }
    return all.build();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("inputs")
  void sourceReproducesInputExactly(InputFormat format, String text) {
    Document doc = Parsers.of(format).parse(text);

    assertThat(doc.source()).isEqualTo(text);
    assertThat(doc.format()).isEqualTo(format);
    for (Block block : doc.blocks()) {
      int end = 0;
      for (Range r : block.keep()) {
        assertThat(r.start())
            .as("ranges sorted and apart in %s", block)
            .isGreaterThanOrEqualTo(end);
        end = r.end();
      }
    }
  }
}
