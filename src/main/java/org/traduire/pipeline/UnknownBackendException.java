package org.traduire.pipeline;

import java.util.List;

/** A backend name that no backend answers to; the message lists the known ones. */
public final class UnknownBackendException extends Exception {
  private static final long serialVersionUID = 1L;

  public UnknownBackendException(String name, List<String> known) {
    super("unknown backend '" + name + "'" + Names.hint(name, known) + "; known backends: "
        + String.join(", ", known));
  }
}
