package org.traduire.translate;

/** Whether a backend answers ({@code traduire backends --check}): how fast, or what went wrong. */
public record Health(boolean ok, String detail) {
  public Health {
    if (detail == null || detail.isBlank()) {
      throw new IllegalArgumentException("a health check needs a detail");
    }
  }
}
