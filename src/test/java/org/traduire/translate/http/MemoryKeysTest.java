package org.traduire.translate.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.traduire.pipeline.Backends;
import org.traduire.translate.Backend;
import org.traduire.translate.CachingBackend;

/** What keys each backend's answers in the translation memory: its name and the settings that change them. */
class MemoryKeysTest {
  @Test
  void apertiumIsKeyedByItsChainNotItsServer() throws Exception {
    assertThat(ApertiumService.create(null, null).memoryKey()).isEqualTo("apertium:fra|cat|eng");
    assertThat(ApertiumService.create("http://10.0.0.2:2737", "fra|spa|eng").memoryKey()).isEqualTo("apertium:fra|spa|eng");
  }

  @Test
  void deeplIsKeyedByItsTargetVariantNotItsEndpoint() throws Exception {
    assertThat(DeeplService.create("k:fx", null, null).memoryKey()).isEqualTo("deepl:EN-US");
    assertThat(DeeplService.create("k", null, "en-gb").memoryKey()).isEqualTo("deepl:EN-GB");
  }

  @Test
  void openAiIsKeyedByModelAndServer() throws Exception {
    assertThat(OpenAiService.create("http://127.0.0.1:11434/v1", "llama3.1", null).memoryKey())
        .isEqualTo("openai:llama3.1@127.0.0.1:11434");
    assertThat(OpenAiService.create("https://api.openai.com", "gpt-4o-mini", "sk-x").memoryKey())
        .isEqualTo("openai:gpt-4o-mini@api.openai.com:443");
  }

  @Test
  void libreTranslateIsKeyedByServer() throws Exception {
    assertThat(LibreTranslateService.create(null, null).memoryKey()).isEqualTo("libretranslate:127.0.0.1:5000");
  }

  @Test
  void httpBackendsTakeTheirServicesKeyAndTheDictionaryHasNone() throws Exception {
    Backend http = new HttpBackend(DeeplService.create("k:fx", null, null), HttpRuntime.create(HttpSettings.DEFAULTS));
    assertThat(http.memoryKey()).isEqualTo("deepl:EN-US");

    Backend dictionary = Backends.create("dictionary", Backends.Settings.DEFAULTS);
    assertThat(dictionary.memoryKey()).isNullOrEmpty();
    assertThat(CachingBackend.caches(dictionary)).isFalse();
    assertThat(CachingBackend.caches(Backends.create("dictionary,apertium", Backends.Settings.DEFAULTS))).isTrue();
    assertThat(http.memoryKey()).as("keys are exported in TMX: never a secret").doesNotContain("k:fx");
  }
}
