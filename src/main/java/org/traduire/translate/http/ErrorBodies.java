package org.traduire.translate.http;

import com.fasterxml.jackson.databind.JsonNode;

/** Finds the service's own words in an error body, whatever its shape. */
final class ErrorBodies {
  private static final int MAX = 200;

  private ErrorBodies() {}

  /**
   * The first of the usual message fields ({@code message}, {@code error}, {@code explanation},
   * {@code detail}, nested {@code error.message}) of a JSON body, else the body's first non-blank
   * line; shortened to one line of at most 200 characters; empty for an empty body.
   */
  static String message(String body) {
    if (body == null || body.isBlank()) {
      return "";
    }
    JsonNode root = Json.tryParse(body);
    if (root != null && root.isObject()) {
      String found = first(root, "message", "error", "explanation", "detail", "error_description");
      if (!found.isEmpty()) {
        JsonNode explanation = root.get("explanation");
        if (explanation != null && explanation.isTextual() && !found.equals(explanation.asText())) {
          found = found + ": " + explanation.asText(); // APY: "Bad Request: That pair is not installed"
        }
        return oneLine(found);
      }
    }
    for (String line : body.split("\\R")) {
      String stripped = line.replaceAll("<[^>]*>", " ").strip();
      if (!stripped.isEmpty()) {
        return oneLine(stripped);
      }
    }
    return "";
  }

  private static String first(JsonNode root, String... fields) {
    for (String f : fields) {
      JsonNode n = root.get(f);
      if (n == null) {
        continue;
      }
      if (n.isTextual() && !n.asText().isBlank()) {
        return n.asText();
      }
      if (n.isObject()) { // OpenAI: {"error": {"message": "...", "type": "..."}}
        String inner = first(n, "message");
        if (!inner.isEmpty()) {
          return inner;
        }
      }
    }
    return "";
  }

  static String oneLine(String s) {
    String flat = s.replaceAll("\\s+", " ").strip();
    return flat.length() <= MAX ? flat : flat.substring(0, MAX - 1) + "…";
  }
}
