package org.traduire.pipeline;

import java.util.List;
import org.traduire.config.Key;
import org.traduire.translate.http.ApertiumService;
import org.traduire.translate.http.DeeplService;
import org.traduire.translate.http.LibreTranslateService;
import org.traduire.translate.http.OpenAiService;

/**
 * The HTTP backends and the keys each reads, registered with {@link Backends} in the order users
 * see them, and how each applies the glossary: DeepL as a DeepL glossary, OpenAI-compatible
 * models in the prompt, Apertium and LibreTranslate as placeholders.
 */
final class HttpServices {
  private HttpServices() {}

  static void register() {
    Backends.addHttp(
        new Backends.Entry("apertium", "Apertium APY, free and local (Debian: apertium-apy apertium-fra-cat apertium-eng-cat)",
            List.of(Key.APERTIUM_URL, Key.APERTIUM_CHAIN)),
        (s, glossary) -> ApertiumService.create(s.get(Key.APERTIUM_URL), s.get(Key.APERTIUM_CHAIN)), true);
    Backends.addHttp(
        new Backends.Entry("libretranslate", "a LibreTranslate server, self-hosted or hosted",
            List.of(Key.LIBRETRANSLATE_URL, Key.LIBRETRANSLATE_API_KEY)),
        (s, glossary) -> LibreTranslateService.create(s.get(Key.LIBRETRANSLATE_URL), s.get(Key.LIBRETRANSLATE_API_KEY)), true);
    Backends.addHttp(
        new Backends.Entry("deepl", "DeepL API v2; free keys end in :fx",
            List.of(Key.DEEPL_API_KEY, Key.DEEPL_URL, Key.DEEPL_TARGET_LANG)),
        (s, glossary) -> DeeplService.create(s.get(Key.DEEPL_API_KEY), s.get(Key.DEEPL_URL), s.get(Key.DEEPL_TARGET_LANG))
            .withGlossary(glossary, DeeplService.glossaryCache(s.get(Key.DEEPL_GLOSSARY_CACHE), System.getenv())), false);
    Backends.addHttp(
        new Backends.Entry("openai", "any OpenAI-compatible chat endpoint: OpenAI, Ollama, vLLM, llama.cpp server, LM Studio",
            List.of(Key.OPENAI_URL, Key.OPENAI_MODEL, Key.OPENAI_API_KEY)),
        (s, glossary) -> OpenAiService.create(s.get(Key.OPENAI_URL), s.get(Key.OPENAI_MODEL), s.get(Key.OPENAI_API_KEY))
            .withGlossary(glossary), false);
  }
}
