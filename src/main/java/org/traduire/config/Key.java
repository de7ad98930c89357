package org.traduire.config;

/**
 * Every configuration key, with its environment variable and default. {@code
 * config.example.properties} documents each one; a test keeps the two in step.
 */
public enum Key {
  BACKEND("backend", "TRADUIRE_BACKEND", "dictionary"),
  FORMAT("format", "TRADUIRE_FORMAT", "side-by-side"),
  INPUT_FORMAT("input.format", "TRADUIRE_INPUT_FORMAT", "auto"),
  WIDTH("width", "TRADUIRE_WIDTH", ""),
  JOBS("jobs", "TRADUIRE_JOBS", ""),
  DICTIONARY_EXTRA("dictionary.extra", "TRADUIRE_DICTIONARY_EXTRA", ""),
  DICTIONARY_MARK_UNKNOWN("dictionary.mark-unknown", "TRADUIRE_DICTIONARY_MARK_UNKNOWN", "false"),
  APERTIUM_URL("apertium.url", "TRADUIRE_APERTIUM_URL", "http://127.0.0.1:2737"),
  APERTIUM_CHAIN("apertium.chain", "TRADUIRE_APERTIUM_CHAIN", "fra|cat|eng"),
  LIBRETRANSLATE_URL("libretranslate.url", "TRADUIRE_LIBRETRANSLATE_URL", "http://127.0.0.1:5000"),
  LIBRETRANSLATE_API_KEY("libretranslate.api_key", "LIBRETRANSLATE_API_KEY", "", true),
  DEEPL_API_KEY("deepl.api_key", "DEEPL_API_KEY", "", true),
  DEEPL_URL("deepl.url", "TRADUIRE_DEEPL_URL", ""),
  DEEPL_TARGET_LANG("deepl.target_lang", "TRADUIRE_DEEPL_TARGET_LANG", "EN-US"),
  OPENAI_URL("openai.url", "TRADUIRE_OPENAI_URL", "https://api.openai.com"),
  OPENAI_MODEL("openai.model", "TRADUIRE_OPENAI_MODEL", "gpt-4o-mini"),
  OPENAI_API_KEY("openai.api_key", "OPENAI_API_KEY", "", true),
  HTTP_CONNECT_TIMEOUT("http.connect_timeout", "TRADUIRE_HTTP_CONNECT_TIMEOUT", "10"),
  HTTP_READ_TIMEOUT("http.read_timeout", "TRADUIRE_HTTP_READ_TIMEOUT", "60"),
  HTTP_CALL_TIMEOUT("http.call_timeout", "TRADUIRE_HTTP_CALL_TIMEOUT", "120"),
  HTTP_RETRIES("http.retries", "TRADUIRE_HTTP_RETRIES", "3"),
  RATE_REQUESTS_PER_SECOND("rate.requests_per_second", "TRADUIRE_RATE_REQUESTS_PER_SECOND", ""),
  RATE_CHARS_PER_MINUTE("rate.chars_per_minute", "TRADUIRE_RATE_CHARS_PER_MINUTE", ""),
  GLOSSARY_FILE("glossary.file", "TRADUIRE_GLOSSARY_FILE", ""),
  PROTECT_PATTERNS("protect.patterns", "TRADUIRE_PROTECT_PATTERNS", ""),
  DEEPL_GLOSSARY_CACHE("deepl.glossary_cache", "TRADUIRE_DEEPL_GLOSSARY_CACHE", ""),
  DEEPL_PRICE_PER_MILLION_CHARS("deepl.price_per_million_chars", "TRADUIRE_DEEPL_PRICE_PER_MILLION_CHARS", "20"),
  OPENAI_PRICE_PER_MILLION_INPUT_TOKENS(
      "openai.price_per_million_input_tokens", "TRADUIRE_OPENAI_PRICE_PER_MILLION_INPUT_TOKENS", ""),
  OPENAI_PRICE_PER_MILLION_OUTPUT_TOKENS(
      "openai.price_per_million_output_tokens", "TRADUIRE_OPENAI_PRICE_PER_MILLION_OUTPUT_TOKENS", ""),
  INPUT_MAX_BYTES("input.max_bytes", "TRADUIRE_INPUT_MAX_BYTES", "256M"),
  INPUT_STREAM_ABOVE("input.stream_above", "TRADUIRE_INPUT_STREAM_ABOVE", "1M"),
  DETECT_LEXICON("detect.lexicon", "TRADUIRE_DETECT_LEXICON", "true");

  private final String property;
  private final String env;
  private final String defaultValue;
  private final boolean secret;

  Key(String property, String env, String defaultValue) {
    this(property, env, defaultValue, false);
  }

  Key(String property, String env, String defaultValue, boolean secret) {
    this.property = property;
    this.env = env;
    this.defaultValue = defaultValue;
    this.secret = secret;
  }

  /** True for API keys: their values are never printed, only whether they are set. */
  public boolean secret() {
    return secret;
  }

  /** The key's name in a properties file. */
  public String property() {
    return property;
  }

  /** The environment variable that sets it. */
  public String env() {
    return env;
  }

  /** The value when nothing sets it; empty means "decided at run time". */
  public String defaultValue() {
    return defaultValue;
  }

  /** The key named {@code name} in a properties file or {@code --set}, or null. */
  public static Key ofProperty(String name) {
    for (Key k : values()) {
      if (k.property.equals(name)) {
        return k;
      }
    }
    return null;
  }
}
