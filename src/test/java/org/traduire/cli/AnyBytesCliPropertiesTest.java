package org.traduire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.traduire.input.Decoder;
import org.traduire.input.RawInput;
import org.traduire.testing.FuzzSettings;

/**
 * Issue #9, any bytes in: random bytes, and French with mixed line ends, lone surrogates (as the
 * invalid UTF-8 that encodes them), overlong UTF-8, zero-width and bidi characters, Markdown and
 * HTML pieces, through the whole command line with each input format and several output formats.
 * Every run ends with a documented exit code and no stack trace; whenever it translates to JSON,
 * the blocks' sources put together are the decoded input. 200 tries from seed 9 here; {@code
 * bench/fuzz.sh} runs it longer, from any seed (see {@link FuzzSettings}).
 */
@AddLifecycleHook(FuzzSettings.class)
class AnyBytesCliPropertiesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final List<String> TEXT = List.of(
      "Le chat dort sur le canapé.", "Bonjour le monde", "Il fait beau aujourd'hui.", "l’été", " ", "  ", "\t",
      "\n", "\n\n", "\r\n", "\r", "\r\n\r\n", "# ", "## ", "- ", "1. ", "> ", "```\n", "`code`", "[lien](http://a.b/c)",
      "<p>", "</p>", "<div><p>Le train part.", "<html>", "<!DOCTYPE html>", "&eacute;", "&#0;", "<script>x</script>",
      "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u200E", "\u200F", "\u202A", "\u202B", "\u202C", "\u202D",
      "\u202E", "\u2066", "\u2067", "\u2068", "\u2069", "\u061C", "e\u0301", "🙂", "漢字", "⟦0⟧", "\u2028", "\u00A0",
      "« citation »", "…");

  private static final List<byte[]> BAD_UTF8 = List.of(
      new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, // U+D800, a lone high surrogate
      new byte[] {(byte) 0xED, (byte) 0xBF, (byte) 0xBF}, // U+DFFF, a lone low surrogate
      new byte[] {(byte) 0xC0, (byte) 0xAF}, // overlong '/'
      new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0xAF}, // overlong '/' again
      new byte[] {(byte) 0xC3}, // cut short
      new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xE9}, new byte[] {0}, new byte[] {0x07});

  @Provide
  Arbitrary<byte[]> inputs() {
    Arbitrary<byte[]> text = Arbitraries.of(TEXT).map(s -> s.getBytes(StandardCharsets.UTF_8));
    Arbitrary<byte[]> piece = Arbitraries.frequencyOf(Tuple.of(8, text), Tuple.of(1, Arbitraries.of(BAD_UTF8)));
    Arbitrary<byte[]> mixed = piece.list().ofMinSize(1).ofMaxSize(60).map(AnyBytesCliPropertiesTest::join);
    Arbitrary<byte[]> raw = Arbitraries.bytes().array(byte[].class).ofMaxSize(400);
    return Arbitraries.frequencyOf(Tuple.of(3, mixed), Tuple.of(1, raw));
  }

  @Provide
  Arbitrary<String> inputFormats() {
    return Arbitraries.of("auto", "text", "markdown", "html", "lines");
  }

  @Provide
  Arbitrary<String> outputFormats() {
    return Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just("json")),
        Tuple.of(1, Arbitraries.of("target", "side-by-side", "interleaved", "html", "xliff", "tmx", "markdown")));
  }

  @Property(tries = 200, seed = "9")
  void anyBytesEndWithADocumentedExitCodeAndTheSourceSideRebuildsTheInput(
      @ForAll("inputs") byte[] input, @ForAll("inputFormats") String inputFormat,
      @ForAll("outputFormats") String outputFormat, @ForAll boolean force) throws Exception {
    Cli.Result r = force
        ? Cli.run(input, "--input-format", inputFormat, "-f", outputFormat, "--width", "60", "--force")
        : Cli.run(input, "--input-format", inputFormat, "-f", outputFormat, "--width", "60");

    Statistics.label("exit").collect(r.exit());
    assertThat(r.exit()).as(r.err()).isIn(0, 1, 2, 3);
    assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("internal error");
    if (r.exit() >= 2) {
      assertThat(r.err()).as("a refusal says why").isNotBlank();
      assertThat(r.out()).isEmpty();
    }
    if (r.exit() <= 1 && outputFormat.equals("json")) {
      String decoded = Decoder.decode(new RawInput(RawInput.STDIN, input)).text();
      StringBuilder rebuilt = new StringBuilder();
      for (JsonNode section : JSON.readTree(r.out()).get("sections")) {
        for (JsonNode block : section.get("blocks")) {
          rebuilt.append(block.get("source").asText());
        }
      }
      assertThat(rebuilt.toString()).as("sources of %s input", inputFormat).isEqualTo(decoded);
      Statistics.label("source side rebuilt from JSON").collect(inputFormat);
    }
  }

  private static byte[] join(List<byte[]> pieces) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    pieces.forEach(out::writeBytes);
    return out.toByteArray();
  }
}
