package org.traduire.document;

import java.util.Locale;

/** What happened to one block on its way through the backend. */
public enum Status {
  /** A backend translated it. */
  TRANSLATED,
  /** Kept as it is on purpose: code, verbatim text, or text already in English. */
  KEPT,
  /** The backend could not translate it; the source is kept and the reason noted. */
  FAILED;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
