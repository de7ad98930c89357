package org.traduire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.traduire.translate.dictionary.DictdFiles;

/** More vocabulary (dictionary.extra) and --mark-unknown, end to end. */
class DictionaryExtrasCliTest {
  private static final String GALOCHE = "galoche /galɔʃ/ <n, fem>\ngalosh, clog\n";

  @TempDir Path dir;

  private static Map<String, String> env(String... pairs) {
    Map<String, String> env = new HashMap<>(Map.of("XDG_CONFIG_HOME", "/nonexistent", "COLUMNS", "100"));
    for (int k = 0; k < pairs.length; k += 2) {
      env.put(pairs[k], pairs[k + 1]);
    }
    return env;
  }

  private static Cli.Result run(Map<String, String> env, String stdin, String... args) {
    return Cli.run(stdin.getBytes(java.nio.charset.StandardCharsets.UTF_8), env, args);
  }

  @Test
  void wordUnknownToTheBuiltInLexiconIsTranslatedOnceADictdDictionaryIsConfigured() throws Exception {
    Path dictd = DictdFiles.write(dir, "tiny", true, GALOCHE);
    String french = "Il a perdu sa galoche dans la rue.\n";

    Cli.Result without = run(env(), french, "-f", "target");
    Cli.Result with = run(env("TRADUIRE_DICTIONARY_EXTRA", dictd.toString()), french, "-f", "target");

    assertThat(without.out()).contains("galoche").doesNotContain("galosh");
    assertThat(with.exit()).isZero();
    assertThat(with.out()).contains("galosh").doesNotContain("galoche");
  }

  @Test
  void configFileListsDictdAndGlossaryAndTheGlossaryOverridesABuiltInWord() throws Exception {
    Path dictd = DictdFiles.write(dir, "tiny", false, GALOCHE);
    Path glossary = Files.writeString(dir.resolve("mine.tsv"), "# mine\nmaison\thome\n");
    Path config = Files.writeString(dir.resolve("c.properties"),
        "dictionary.extra=" + dictd + ".index, " + glossary + "\n");

    Cli.Result r = run(env(), "La maison et la galoche.\n", "--config", config.toString(), "-f", "target");

    assertThat(r.exit()).isZero();
    assertThat(r.out()).isEqualTo("The home and the galosh.\n");
  }

  @Test
  void markUnknownMarksUnknownWordsButNotNamesOrModelNumbers() {
    String french = "DeepSeek entraîne ses modèles sur des H100 de NVIDIA, un choix xylophonique.\n";

    Cli.Result plain = run(env(), french, "-f", "target");
    Cli.Result marked = run(env(), french, "-f", "target", "--mark-unknown");

    assertThat(plain.out()).contains(" xylophonique").doesNotContain("*");
    assertThat(marked.exit()).isZero();
    assertThat(marked.out()).contains("*xylophonique").contains("DeepSeek", "H100", "NVIDIA")
        .doesNotContain("*DeepSeek", "*H100", "*NVIDIA");
  }

  @Test
  void markUnknownComesFromTheEnvironmentAndTheOptionWins() {
    String french = "Un choix xylophonique.\n";
    Map<String, String> env = env("TRADUIRE_DICTIONARY_MARK_UNKNOWN", "true");

    assertThat(run(env, french, "-f", "target").out()).contains("*xylophonique");
    assertThat(run(env, french, "-f", "target", "--no-mark-unknown").out()).doesNotContain("*");
  }

  @Test
  void badMarkUnknownValueIsAUsageErrorNamingWhereItCameFrom() {
    Cli.Result r = run(env("TRADUIRE_DICTIONARY_MARK_UNKNOWN", "yes"), "Bonjour.\n");

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("traduire: dictionary.mark-unknown 'yes' (from"
        + " $TRADUIRE_DICTIONARY_MARK_UNKNOWN) must be true or false\n");
  }

  @Test
  void missingExtraDictionaryIsAUsageErrorNamingTheFile() {
    Path absent = dir.resolve("absent");

    Cli.Result r = run(env("TRADUIRE_DICTIONARY_EXTRA", absent.toString()), "Bonjour.\n");

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("traduire: " + absent + ".index: dictd file not found\n");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void malformedGlossaryIsAUsageErrorNamingTheFileAndTheLine() throws Exception {
    Path glossary = Files.writeString(dir.resolve("mine.tsv"), "maison\thome\nchat cat\n");

    Cli.Result r = run(env("TRADUIRE_DICTIONARY_EXTRA", glossary.toString()), "Bonjour.\n");

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).isEqualTo(
        "traduire: " + glossary + " line 2: expected french<TAB>english[<TAB>pos], found 1 column\n");
  }

  @Test
  void helpMentionsMarkUnknownAndMoreVocabulary() {
    Cli.Result r = Cli.run("", "--help");

    assertThat(r.out()).contains("--[no-]mark-unknown", "dictionary.extra", "TRADUIRE_DICTIONARY_EXTRA");
  }
}
