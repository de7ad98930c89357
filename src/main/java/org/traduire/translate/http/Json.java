package org.traduire.translate.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import okhttp3.MediaType;
import okhttp3.RequestBody;

/** The one JSON mapper of the HTTP backends, made when the first HTTP backend is. */
public final class Json {
  static final ObjectMapper MAPPER = new ObjectMapper();
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  private Json() {}

  /** A new empty JSON object to fill in. */
  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /** The request body holding {@code node}. */
  public static RequestBody body(JsonNode node) {
    try {
      return RequestBody.create(MAPPER.writeValueAsString(node), JSON);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e); // a tree always serialises
    }
  }

  /** The parsed body, or an {@link AnswerException} (retryable) that says what was wrong with it. */
  public static JsonNode parse(String body) throws AnswerException {
    try {
      JsonNode node = MAPPER.readTree(body);
      if (node == null || node.isMissingNode()) {
        throw new AnswerException("empty answer", true);
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new AnswerException("answer is not valid JSON (" + ErrorBodies.oneLine(e.getOriginalMessage()) + ")", true);
    }
  }

  /** The parsed body, or null when it is not JSON. */
  static JsonNode tryParse(String body) {
    try {
      return MAPPER.readTree(body);
    } catch (JsonProcessingException e) {
      return null;
    }
  }
}
