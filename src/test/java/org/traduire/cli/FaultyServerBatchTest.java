package org.traduire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #9, faults: a folder of French articles translated through a DeepL stand-in that answers
 * 30 % of requests with a fault (5xx, 429 with and without Retry-After, a connection cut mid-body,
 * a stall past the read timeout, invalid JSON, the wrong number of translations, 200 with an error
 * body). Whether a request gets a fault, and which, depends only on the seed, the request's body
 * and how many times that body was sent before, so a run is reproducible whatever the order in
 * which the threads send. Run: {@code mvn -q -B -o test -Dtest=FaultyServerBatchTest}; it prints
 * its figures.
 */
class FaultyServerBatchTest {
  private static final long SEED = 20261129L;
  private static final double FAULT_RATE = 0.30;
  private static final int RETRIES = 3;
  private static final int ARTICLES = 10;

  enum Fault {
    STATUS_500, STATUS_502, STATUS_503, TOO_MANY_WITH_RETRY_AFTER, TOO_MANY_WITHOUT_RETRY_AFTER,
    CUT_MID_BODY, STALL, INVALID_JSON, WRONG_COUNT, ERROR_BODY_WITH_200
  }

  @TempDir Path dir;

  private final MockWebServer server = new MockWebServer();
  private final ObjectMapper json = new ObjectMapper();
  private final Map<String, AtomicInteger> sentPerBody = new ConcurrentHashMap<>();
  private final Map<Fault, AtomicInteger> faults = new ConcurrentHashMap<>();
  private final AtomicInteger requests = new AtomicInteger();

  @BeforeEach
  void start() throws IOException {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        try {
          return answer(request);
        } catch (IOException e) {
          throw new IllegalStateException(e);
        }
      }
    });
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void everyBlockEndsTranslatedOrFailedWithAReasonAndNothingIsLost() throws Exception {
    Run run = translate("deepl");
    print("deepl", run);

    assertThat(run.exit).as(run.err).isIn(0, 1);
    assertThat(run.lost).as("blocks whose sources do not rebuild their input").isZero();
    assertThat(run.unmarked).as("blocks neither translated nor failed with a reason").isEmpty();
    assertThat(totalFaults()).as("faults injected").isPositive();
    assertThat(faults.keySet()).as("every kind of fault was played").hasSize(Fault.values().length);
    assertRetriesBounded();
    if (run.failed > 0) {
      assertThat(run.exit).isEqualTo(1);
    }
  }

  @Test
  void withTheDictionaryBehindDeeplEveryBlockEndsTranslated() throws Exception {
    Run run = translate("deepl,dictionary");
    print("deepl,dictionary", run);

    assertThat(run.exit).as(run.err).isZero();
    assertThat(run.lost).isZero();
    assertThat(run.unmarked).isEmpty();
    assertThat(run.failed).as("failed blocks").isZero();
    assertThat(totalFaults()).isPositive();
    assertRetriesBounded();
  }

  /**
   * The bound: the pipeline asks for each distinct request body once (a chunk, then, if the chunk
   * as a whole failed, each of its segments alone: other bodies), and HttpBackend sends one body at
   * most retries + 1 times. So no body reaches the server more than retries + 1 = 4 times.
   */
  private void assertRetriesBounded() {
    int most = sentPerBody.values().stream().mapToInt(AtomicInteger::get).max().orElse(0);
    assertThat(most).as("most requests for one body").isLessThanOrEqualTo(RETRIES + 1);
    assertThat(requests.get()).isLessThanOrEqualTo((RETRIES + 1) * sentPerBody.size());
  }

  private record Run(int exit, String err, int inputs, int translated, int failed, int kept, int lost,
      List<String> unmarked, List<String> reasons) {}

  private Run translate(String backends) throws Exception {
    Path in = Files.createDirectories(dir.resolve("articles"));
    Map<Path, String> articles = articles(in);
    Path out = dir.resolve("en");
    Map<String, String> env = new HashMap<>(Map.of("XDG_CONFIG_HOME", "/nonexistent", "COLUMNS", "100",
        "DEEPL_API_KEY", "fake-key-123:fx", "XDG_CACHE_HOME", Files.createDirectories(dir.resolve("cache")).toString()));

    Cli.Result r = Cli.run(new byte[0], env, "-q", "-O", out.toString(), "-f", "json", "-b", backends,
        "--set", "deepl.url=" + server.url("/"), "--set", "http.retries=" + RETRIES,
        "--set", "http.read_timeout=0.3", in.toString());

    assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    int translated = 0;
    int failed = 0;
    int kept = 0;
    int lost = 0;
    List<String> unmarked = new ArrayList<>();
    List<String> reasons = new ArrayList<>();
    for (Map.Entry<Path, String> a : articles.entrySet()) {
      String name = a.getKey().getFileName().toString().replace(".md", ".en.json");
      Path output = out.resolve(name);
      if (!Files.exists(output)) {
        lost++;
        continue;
      }
      StringBuilder rebuilt = new StringBuilder();
      for (JsonNode section : json.readTree(output.toFile()).get("sections")) {
        for (JsonNode block : section.get("blocks")) {
          rebuilt.append(block.get("source").asText());
          String status = block.get("status").asText();
          boolean text = !block.get("text").asText().isBlank();
          if (status.equals("translated") && text) {
            translated++;
          } else if (status.equals("failed") && text && !block.get("note").asText().isBlank()) {
            failed++;
            reasons.add(name + " block " + block.get("index") + ": " + block.get("note").asText());
          } else if (status.equals("kept") && !text) {
            kept++;
          } else {
            unmarked.add(name + " block " + block.get("index") + ": " + status + " " + block.get("note"));
          }
        }
      }
      if (!rebuilt.toString().equals(a.getValue())) {
        lost++;
      }
    }
    return new Run(r.exit(), r.err(), articles.size(), translated, failed, kept, lost, unmarked, reasons);
  }

  private void print(String backends, Run run) {
    int most = sentPerBody.values().stream().mapToInt(AtomicInteger::get).max().orElse(0);
    Map<Fault, Integer> byKind = new TreeMap<>();
    faults.forEach((k, v) -> byKind.put(k, v.get()));
    System.out.printf(Locale.ROOT,
        "FaultyServerBatchTest -b %s: inputs %d, requests %d (%d distinct bodies, at most %d for one; bound %d),"
            + " faults injected %d %s, exit %d, blocks translated %d, failed with a reason %d, kept (blank) %d,"
            + " lost %d%n",
        backends, run.inputs, requests.get(), sentPerBody.size(), most, RETRIES + 1, totalFaults(), byKind,
        run.exit, run.translated, run.failed, run.kept, run.lost);
    run.reasons.forEach(reason -> System.out.println("  failed: " + reason));
  }

  private int totalFaults() {
    return faults.values().stream().mapToInt(AtomicInteger::get).sum();
  }

  /** DeepL's answer, or a fault: seeded by the body and how many times it came before. */
  private MockResponse answer(RecordedRequest request) throws IOException {
    requests.incrementAndGet();
    String body = request.getBody() == null ? "" : request.getBody().utf8();
    int before = sentPerBody.computeIfAbsent(body, b -> new AtomicInteger()).getAndIncrement();
    Random random = new Random(mix(mix(SEED ^ body.hashCode()) + before));
    if (random.nextDouble() >= FAULT_RATE) {
      return MockResponse(echo(body, 0));
    }
    Fault fault = Fault.values()[random.nextInt(Fault.values().length)];
    faults.computeIfAbsent(fault, f -> new AtomicInteger()).incrementAndGet();
    return switch (fault) {
      case STATUS_500 -> error(500, "Internal server error");
      case STATUS_502 -> error(502, "Bad gateway");
      case STATUS_503 -> error(503, "Service unavailable");
      case TOO_MANY_WITH_RETRY_AFTER -> new MockResponse.Builder().code(429).setHeader("Retry-After", "0")
          .setHeader("Content-Type", "application/json").body("{\"message\":\"Too many requests\"}").build();
      case TOO_MANY_WITHOUT_RETRY_AFTER -> error(429, "Too many requests");
      case CUT_MID_BODY -> new MockResponse.Builder().setHeader("Content-Type", "application/json")
          .body(echo(body, 0)).onResponseBody(SocketEffect.ShutdownConnection.INSTANCE).build();
      case STALL -> new MockResponse.Builder().setHeader("Content-Type", "application/json").body(echo(body, 0))
          .headersDelay(1, TimeUnit.SECONDS).build();
      case INVALID_JSON -> {
        String whole = echo(body, 0);
        yield MockResponse(whole.substring(0, whole.length() / 2));
      }
      case WRONG_COUNT -> MockResponse(echo(body, random.nextBoolean() ? 1 : -1));
      case ERROR_BODY_WITH_200 -> MockResponse("{\"message\":\"Internal error, please retry\"}");
    };
  }

  /** Stafford's 64-bit mix: close seeds (one body sent again) must not give close first draws. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  @SuppressWarnings("checkstyle:MethodName")
  private static MockResponse MockResponse(String body) {
    return new MockResponse.Builder().setHeader("Content-Type", "application/json").body(body).build();
  }

  private static MockResponse error(int status, String message) {
    return new MockResponse.Builder().code(status).setHeader("Content-Type", "application/json")
        .body("{\"message\":\"" + message + "\"}").build();
  }

  /** DeepL's answer: "EN " before the dictionary's English of each text; {@code extra} more (or fewer) of them. */
  private String echo(String requestBody, int extra) throws IOException {
    JsonNode texts = json.readTree(requestBody).get("text");
    List<String> english = new ArrayList<>();
    for (JsonNode t : texts) {
      english.add("EN " + english(t.asText()));
    }
    if (extra > 0) {
      english.add("EN And one more.");
    } else if (extra < 0) {
      english.remove(english.size() - 1);
    }
    StringBuilder out = new StringBuilder("{\"translations\": [");
    for (int i = 0; i < english.size(); i++) {
      out.append(i == 0 ? "" : ",").append("{\"detected_source_language\":\"FR\",\"text\":")
          .append(json.writeValueAsString(english.get(i))).append('}');
    }
    return out.append("]}").toString();
  }

  private static String english(String french) {
    try {
      return org.traduire.translate.dictionary.DictionaryBackend.create().translate(List.of(french)).get(0);
    } catch (org.traduire.translate.TranslationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Ten Markdown articles of headed sections, no sentence twice (a repeated one would be asked once). */
  private static Map<Path, String> articles(Path folder) throws IOException {
    String[] subjects = {"Le maire", "La boulangère", "Un voisin", "Le médecin", "Une étudiante", "Le facteur",
        "La directrice", "Un pêcheur", "Le jardinier", "Une infirmière", "Le professeur", "La musicienne"};
    String[] verbs = {"ouvre", "ferme", "regarde", "achète", "vend", "répare", "visite", "prépare", "trouve",
        "cherche"};
    String[] objects = {"la petite maison", "le vieux pont", "un grand jardin", "la nouvelle école", "le marché",
        "une belle voiture", "le musée", "la bibliothèque", "un bateau rouge", "la gare"};
    String[] times = {"le matin", "ce soir", "chaque semaine", "en hiver", "pendant les vacances", "avant midi",
        "après le dîner", "tous les jours"};
    String[] places = {"à Lyon", "à Nantes", "près de la rivière", "dans le village", "au centre de la ville",
        "à la campagne", "sur la colline", "à Marseille"};
    String[] titles = {"La vie du quartier", "Le marché du samedi", "Les travaux de la mairie", "La rentrée",
        "Le port", "Les saisons", "La fête du village", "Les transports", "La santé", "Les loisirs"};
    Random random = new Random(SEED);
    Set<String> used = new LinkedHashSet<>();
    Map<Path, String> articles = new TreeMap<>();
    for (int a = 0; a < ARTICLES; a++) {
      StringBuilder text = new StringBuilder("# " + titles[a] + "\n\n");
      int sections = 3 + random.nextInt(4);
      for (int s = 0; s < sections; s++) {
        if (s > 0) {
          text.append("## ").append(titles[(a + s * 3) % titles.length]).append(' ')
              .append(places[(a + s) % places.length]).append("\n\n");
        }
        int paragraphs = 2 + random.nextInt(3);
        for (int p = 0; p < paragraphs; p++) {
          int sentences = 1 + random.nextInt(4);
          for (int k = 0; k < sentences; k++) {
            String sentence;
            do {
              sentence = subjects[random.nextInt(subjects.length)] + " " + verbs[random.nextInt(verbs.length)] + " "
                  + objects[random.nextInt(objects.length)] + " " + places[random.nextInt(places.length)] + " "
                  + times[random.nextInt(times.length)] + ".";
            } while (!used.add(sentence));
            text.append(k == 0 ? "" : " ").append(sentence);
          }
          text.append("\n\n");
        }
      }
      String article = text.toString().stripTrailing() + "\n";
      Path file = folder.resolve(String.format(Locale.ROOT, "article-%02d.md", a + 1));
      Files.writeString(file, article, StandardCharsets.UTF_8);
      articles.put(file, article);
    }
    return articles;
  }
}
