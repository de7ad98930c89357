package org.traduire.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.traduire.config.Key;
import org.traduire.translate.dictionary.DictionaryOptions;

/** Backends are made from the settings. */
class BackendsTest {
  @Test
  void dictionaryOptionsComeFromTheSettings() {
    Map<Key, String> values = Map.of(Key.DICTIONARY_EXTRA, " /a/b.tsv, /c/d.index:/e/f ,",
        Key.DICTIONARY_MARK_UNKNOWN, "true");

    DictionaryOptions options = Backends.dictionaryOptions(k -> values.getOrDefault(k, k.defaultValue()));

    assertThat(options.extra()).containsExactly(Path.of("/a/b.tsv"), Path.of("/c/d.index"), Path.of("/e/f"));
    assertThat(options.markUnknown()).isTrue();
  }

  @Test
  void defaultSettingsGiveTheDefaultDictionary() throws Exception {
    assertThat(Backends.dictionaryOptions(Backends.Settings.DEFAULTS)).isEqualTo(DictionaryOptions.DEFAULT);
    assertThat(Backends.create("dictionary", Backends.Settings.DEFAULTS).name()).isEqualTo("dictionary");
  }
}
