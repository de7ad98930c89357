package org.traduire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --dry-run}: per backend of the chain, the requests and characters a run would send, and their cost. */
class DryRunCostCliTest {
  @TempDir Path dir;

  private static Cli.Result run(String... args) {
    return Cli.run(new byte[0], Map.of("XDG_CONFIG_HOME", "/nonexistent", "DEEPL_API_KEY", "fake-key-123"), args);
  }

  private static String line(String out, String backend) {
    return out.lines().filter(l -> l.startsWith("    " + backend + ": ")).findFirst().orElseThrow();
  }

  @Test
  void everyBackendOfTheChainGetsItsRequestsCharactersAndCost() throws Exception {
    Cli.Result r = run("--dry-run", "-b", "deepl,openai,apertium,dictionary", "--glossary", SampleTerms.write(dir).toString(),
        "--set", "openai.url=http://127.0.0.1:9", "--set", "openai.price_per_million_input_tokens=0.15",
        "--set", "openai.price_per_million_output_tokens=0.60", SampleTerms.SAMPLE);

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("  would send (each backend gets only what the ones before it fail on");
    assertThat(line(r.out(), "deepl")).matches(
        "    deepl: \\d+ requests \\+ 1 to check or create the glossary, [\\d,]+ characters; about \\d+\\.\\d\\d at 20 per million characters");
    assertThat(line(r.out(), "openai")).matches("    openai: \\d+ requests, [\\d,]+ characters, about [\\d,]+ input and [\\d,]+ output tokens;"
        + " about [\\d.]+ at 0.15 and 0.6 per million input and output tokens \\(tokens estimated at .*\\)");
    assertThat(line(r.out(), "apertium")).matches("    apertium: \\d+ requests, [\\d,]+ characters");
    assertThat(line(r.out(), "dictionary")).matches("    dictionary: offline, nothing sent \\([\\d,]+ characters translated on this machine\\)");
  }

  @Test
  void theCostIsThePriceTimesTheCharactersSentWithProtectedSpansAsPlaceholders() {
    // 50 characters; "https://ex.org/a-long-address" (29) goes as ⟦0⟧ (3): 24 sent
    Cli.Result r = Cli.run("Voir https://ex.org/a-long-address pour le détail.\n".getBytes(java.nio.charset.StandardCharsets.UTF_8),
        Map.of("XDG_CONFIG_HOME", "/nonexistent", "DEEPL_API_KEY", "fake-key-123"),
        "--dry-run", "-b", "deepl", "--set", "deepl.price_per_million_chars=1000000");

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(line(r.out(), "deepl")).isEqualTo("    deepl: 1 request, 24 characters; about 24.00 at 1000000 per million characters");
  }

  @Test
  void aFreeDeepLKeyIsSaidAndWithoutAPriceThereIsNoEstimate() {
    Cli.Result r = Cli.run("Le marché ouvre à huit heures.\n".getBytes(java.nio.charset.StandardCharsets.UTF_8),
        Map.of("XDG_CONFIG_HOME", "/nonexistent", "DEEPL_API_KEY", "fake-key-123:fx"),
        "--dry-run", "-b", "deepl,openai", "--set", "openai.url=http://127.0.0.1:9");

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(line(r.out(), "deepl")).isEqualTo("    deepl: 1 request, 30 characters; about 0.0006 at 20 per million characters"
        + " (free key: nothing to pay up to 500,000 characters a month)");
    assertThat(line(r.out(), "openai")).startsWith("    openai: 1 request, 30 characters, about ")
        .contains("; no price set for an estimate (see config.example.properties)");
  }

  @Test
  void aPriceThatIsNotANumberIsAUsageErrorNamingTheKey() {
    Cli.Result r = run("--dry-run", "--set", "openai.price_per_million_input_tokens=cheap", SampleTerms.SAMPLE);

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err().strip()).isEqualTo(
        "traduire: openai.price_per_million_input_tokens 'cheap' must be a number of 0 or more, or empty for no estimate");
  }
}
