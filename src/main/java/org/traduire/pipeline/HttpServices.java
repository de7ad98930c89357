package org.traduire.pipeline;

import java.util.List;
import org.traduire.config.Key;
import org.traduire.translate.http.OpenAiService;

/** The HTTP backends and the keys each reads, registered with {@link Backends} in the order users see them. */
final class HttpServices {
  private HttpServices() {}

  static void register() {
    Backends.addHttp(
        new Backends.Entry("openai", "any OpenAI-compatible chat endpoint: OpenAI, Ollama, vLLM, llama.cpp server, LM Studio",
            List.of(Key.OPENAI_URL, Key.OPENAI_MODEL, Key.OPENAI_API_KEY)),
        s -> OpenAiService.create(s.get(Key.OPENAI_URL), s.get(Key.OPENAI_MODEL), s.get(Key.OPENAI_API_KEY)));
  }
}
