package org.traduire.translate.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.Request;
import org.traduire.translate.TranslationException;
import org.traduire.translate.glossary.Glossary;

/**
 * The run's glossary as a DeepL glossary ({@code POST /v2/glossaries}, French to English, entries
 * as TSV), made once and reused while its terms are unchanged: the id is remembered in a small
 * JSON file keyed by the terms' SHA-256 and the account (a digest of the server and the key, never
 * the key), checked with {@code GET /v2/glossaries/{id}} before use, and made again when DeepL no
 * longer has it. When the terms of the same glossary files change, the old DeepL glossary is
 * deleted (best effort: an account holds at most 1,000).
 */
final class DeeplGlossaries {
  /** How long to wait for a glossary DeepL says is not ready yet. */
  private static final int READY_POLLS = 10;
  private static final Duration READY_WAIT = Duration.ofMillis(500);

  private final HttpUrl base;
  private final Glossary glossary;

  /** The glossary this account's DeepL glossary is made from. */
  Glossary glossary() {
    return glossary;
  }
  private final Path cache;
  private final String account;
  private final java.util.function.Function<HttpUrl, Request.Builder> authorized;

  DeeplGlossaries(HttpUrl base, String key, Glossary glossary, Path cache,
      java.util.function.Function<HttpUrl, Request.Builder> authorized) {
    this.base = base;
    this.glossary = glossary;
    this.cache = cache;
    this.account = sha256(base + "\n" + key).substring(0, 16);
    this.authorized = authorized;
  }

  /** The file the ids are remembered in, from {@code deepl.glossary_cache} or the XDG cache directory. */
  static Path cacheFile(String configured, Map<String, String> env) {
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured.strip());
    }
    String xdg = env.get("XDG_CACHE_HOME");
    if (xdg != null && !xdg.isBlank()) {
      return Path.of(xdg, "traduire", "deepl-glossaries.json");
    }
    String home = env.getOrDefault("HOME", System.getProperty("user.home"));
    return Path.of(home, ".cache", "traduire", "deepl-glossaries.json");
  }

  /**
   * The id of a DeepL glossary holding the run's terms: the remembered one if DeepL still has it,
   * else a new one.
   *
   * @throws TranslationException when DeepL refuses to make it, naming what it said
   */
  String ensure(Exchange exchange) throws TranslationException {
    String sha = glossary.sha256();
    ObjectNode remembered = read();
    ObjectNode entries = remembered.get("glossaries") instanceof ObjectNode o ? o : remembered.putObject("glossaries");
    String key = sha + "@" + account;
    JsonNode known = entries.get(key);
    if (known != null && known.path("id").isTextual()) {
      String id = known.get("id").asText();
      Exchange.Answer a = exchange.send(authorized.apply(Endpoints.resolve(base, "v2/glossaries/" + id)).get().build());
      if (a.ok() && Json.tryParse(a.body()) != null && Json.tryParse(a.body()).path("ready").asBoolean(true)) {
        return id;
      }
      if (a.ok()) {
        return awaitReady(exchange, id);
      }
      if (a.status() != 404) {
        throw failure("could not check the remembered glossary " + id, a);
      }
      entries.remove(key);
    }
    String id = create(exchange, sha);
    String files = String.join(",", glossary.files().stream().map(p -> p.toAbsolutePath().normalize().toString()).toList());
    // the same files' earlier terms on this account: their glossary is no longer needed
    java.util.List<String> stale = new java.util.ArrayList<>();
    entries.properties().forEach(e -> {
      JsonNode v = e.getValue();
      if (!files.isEmpty() && files.equals(v.path("files").asText()) && account.equals(v.path("account").asText())) {
        stale.add(e.getKey());
      }
    });
    for (String k : stale) {
      String old = entries.get(k).path("id").asText();
      try {
        exchange.send(authorized.apply(Endpoints.resolve(base, "v2/glossaries/" + old)).delete().build());
      } catch (TranslationException ignored) {
        // the old glossary stays on the account; nothing else depends on it
      }
      entries.remove(k);
    }
    ObjectNode entry = entries.putObject(key);
    entry.put("id", id).put("account", account).put("files", files).put("terms", glossary.terms().size())
        .put("created", Instant.now().toString());
    write(remembered);
    return id;
  }

  private String create(Exchange exchange, String sha) throws TranslationException {
    ObjectNode body = Json.object();
    String first = glossary.files().isEmpty() ? "glossary" : String.valueOf(glossary.files().get(0).getFileName());
    body.put("name", "traduire " + first + " " + sha.substring(0, 12));
    body.put("source_lang", "fr");
    body.put("target_lang", "en");
    body.put("entries", glossary.tsv());
    body.put("entries_format", "tsv");
    Exchange.Answer a = exchange.send(authorized.apply(Endpoints.resolve(base, "v2/glossaries")).post(Json.body(body)).build());
    if (!a.ok()) {
      throw failure("could not create the glossary (" + glossary.describe() + ")", a);
    }
    JsonNode root = Json.tryParse(a.body());
    if (root == null || !root.path("glossary_id").isTextual() || root.get("glossary_id").asText().isBlank()) {
      throw new TranslationException("deepl", "deepl: the answer to creating the glossary has no glossary_id");
    }
    String id = root.get("glossary_id").asText();
    return root.path("ready").asBoolean(true) ? id : awaitReady(exchange, id);
  }

  private String awaitReady(Exchange exchange, String id) throws TranslationException {
    for (int i = 0; i < READY_POLLS; i++) {
      try {
        exchange.sleep(READY_WAIT);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new TranslationException("deepl", "deepl: interrupted", null, true);
      }
      Exchange.Answer a = exchange.send(authorized.apply(Endpoints.resolve(base, "v2/glossaries/" + id)).get().build());
      JsonNode root = a.ok() ? Json.tryParse(a.body()) : null;
      if (root != null && root.path("ready").asBoolean(false)) {
        return id;
      }
    }
    throw new TranslationException("deepl", "deepl: glossary " + id + " was not ready after "
        + READY_POLLS * READY_WAIT.toMillis() / 1000.0 + " s");
  }

  private static TranslationException failure(String what, Exchange.Answer a) {
    String said = ErrorBodies.message(a.body());
    return new TranslationException("deepl", "deepl: " + what + ": " + a.status() + (said.isEmpty() ? "" : " " + said));
  }

  /** The remembered ids, or an empty record when the file is missing or unreadable (it is only a cache). */
  private ObjectNode read() {
    try {
      if (Files.isRegularFile(cache)) {
        JsonNode root = Json.MAPPER.readTree(Files.readString(cache, StandardCharsets.UTF_8));
        if (root instanceof ObjectNode o && (o.path("glossaries").isObject() || o.path("glossaries").isMissingNode())) {
          return o;
        }
      }
    } catch (IOException | RuntimeException e) {
      // a damaged cache costs one glossary creation, nothing more
    }
    ObjectNode fresh = Json.object();
    fresh.put("about", "DeepL glossaries made by traduire, by SHA-256 of their terms; safe to delete");
    return fresh;
  }

  /** Writes the ids through a temporary file, so that a reader never sees half a file; a failure is ignored (next run makes the glossary again). */
  private void write(ObjectNode root) {
    try {
      Files.createDirectories(cache.toAbsolutePath().getParent());
      Path tmp = Files.createTempFile(cache.toAbsolutePath().getParent(), ".deepl-glossaries", ".tmp");
      Files.writeString(tmp, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root), StandardCharsets.UTF_8);
      try {
        Files.move(tmp, cache, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, cache, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException | RuntimeException ignored) {
      // not remembering costs one glossary creation next run
    }
  }

  static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
