package org.traduire.pipeline;

import org.traduire.document.Detection;

/** The input is in another language than French (or English, which passes through). */
public final class NotFrenchException extends Exception {
  private static final long serialVersionUID = 1L;

  private final Detection detection;

  public NotFrenchException(String name, Detection detection) {
    super(
        name
            + ": the text is in "
            + Languages.name(detection.language())
            + " ("
            + detection.language()
            + ", confidence "
            + detection.confidence()
            + "), not French; use --force to translate it anyway");
    this.detection = detection;
  }

  public Detection detection() {
    return detection;
  }
}
