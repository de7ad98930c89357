package org.traduire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.statistics.Statistics;
import org.traduire.testing.FuzzSettings;

/**
 * Issue #7, streaming: any input piped in and streamed in the smallest windows (a window per
 * paragraph: {@code input.stream_above=1}) ends as it ends read whole, with the same exit code,
 * the same output to the byte and the same messages, in every format written a block at a time.
 * {@code --force} takes the document's language call out of it, the one thing streaming decides
 * differently (from the first window). 200 tries from seed 9; {@code bench/fuzz.sh} runs more.
 */
@AddLifecycleHook(FuzzSettings.class)
class StreamingPropertiesTest {
  private static final List<String> LINES = List.of("Le chat dort sur le canapé.", "Chapitre premier",
      "Un roman de la mer", "- un point", "* une étoile", "1. premier point", "  suite indentée", "Voici la liste :",
      "– Une réplique.", "(1873)", "# Titre", "```", "Il était une fois un pêcheur.", "   ", "\t", "");

  /** French-like lines and blank runs in any arrangement and with any line end. */
  @Provide
  Arbitrary<byte[]> inputs() {
    Arbitrary<String> line = Arbitraries.of(LINES);
    Arbitrary<String> end = Arbitraries.of("\n", "\n", "\n\n", "\r\n", "\r\n\r\n", "\r", "\n \n");
    Arbitrary<String> text = Combinators.combine(line, end).as((l, e) -> l + e).list().ofMinSize(1).ofMaxSize(40)
        .map(lines -> String.join("", lines));
    Arbitrary<byte[]> structured = text.map(s -> s.getBytes(StandardCharsets.UTF_8));
    Arbitrary<byte[]> cp1252 = text.map(s -> s.getBytes(Charset.forName("windows-1252")));
    return Arbitraries.frequencyOf(Tuple.of(4, structured), Tuple.of(1, cp1252),
        Tuple.of(2, new AnyBytesCliPropertiesTest().inputs()));
  }

  @Provide
  Arbitrary<String> formats() {
    return Arbitraries.of("target", "side-by-side", "interleaved");
  }

  @Property(tries = 200, seed = "9")
  void anyInputStreamedInTheSmallestWindowsEndsAsItDoesReadWhole(
      @ForAll("inputs") byte[] input, @ForAll("formats") String format) {
    Cli.Result whole = Cli.run(input, "--set", "input.stream_above=off", "-f", format, "--width", "60", "--force");
    Cli.Result streamed = Cli.run(input, "--set", "input.stream_above=1", "-f", format, "--width", "60", "--force");

    Statistics.label("exit").collect(whole.exit());
    assertThat(streamed.exit()).as(streamed.err()).isEqualTo(whole.exit());
    assertThat(streamed.out()).isEqualTo(whole.out());
    assertThat(streamed.err()).isEqualTo(whole.err());
  }
}
