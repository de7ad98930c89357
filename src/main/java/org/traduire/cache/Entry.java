package org.traduire.cache;

import java.util.Objects;

/**
 * One translation in the memory: the key of the backend that made it ({@code deepl:EN-US}, or
 * {@link TranslationMemory#IMPORTED} for a translator's TMX), the normalised French source, the
 * English target, and when it was stored and last used (seconds since 1970, UTC).
 */
public record Entry(String key, String source, String target, long created, long used) {
  public Entry {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    if (key.isBlank()) {
      throw new IllegalArgumentException("blank memory key for \"" + source + "\"");
    }
  }
}
