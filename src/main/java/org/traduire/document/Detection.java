package org.traduire.document;

import java.util.Objects;

/**
 * A detected language, as an ISO 639-1 code, with a confidence from 0 (a coin toss between the
 * two likeliest languages) to 1 (no other language comes close).
 */
public record Detection(String language, double confidence) {
  /** The language could not be told: too little text, or no candidate stands out. */
  public static final Detection UNKNOWN = new Detection("und", 0.0);

  public Detection {
    Objects.requireNonNull(language, "language");
    if (!(confidence >= 0.0 && confidence <= 1.0)) {
      throw new IllegalArgumentException("confidence " + confidence + " not in 0..1");
    }
  }

  public boolean isUnknown() {
    return language.equals(UNKNOWN.language);
  }

  public boolean is(String code) {
    return language.equals(code);
  }
}
