package org.traduire.translate.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.traduire.translate.BackendSetupException;
import org.traduire.translate.TranslationException;

class ApertiumServiceTest {
  private MockWebServer server;

  @BeforeEach
  void start() throws Exception {
    server = new MockWebServer();
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private HttpBackend backend(String chain) throws BackendSetupException {
    ApertiumService service = ApertiumService.create(server.url("/").toString(), chain);
    HttpRuntime runtime = HttpRuntime.create(HttpSettings.DEFAULTS.withRetries(2),
        new RetryPolicy(2, Duration.ZERO, Duration.ZERO, new Random(1), Clock.systemUTC()), nanos -> {});
    return new HttpBackend(service, runtime);
  }

  private void answer(String translatedText) {
    ObjectNode root = Json.object();
    root.putObject("responseData").put("translatedText", translatedText);
    root.putNull("responseDetails");
    root.put("responseStatus", 200);
    server.enqueue(new MockResponse.Builder().code(200).body(root.toString()).build());
  }

  private static String field(RecordedRequest request, String name) {
    return HttpUrl.get("http://x/?" + request.getBody().utf8()).queryParameter(name);
  }

  @Test
  void aChainOfThreePostsAllSegmentsAsOneFormToTranslateChain() throws Exception {
    answer("The laboratory.\n\nGood morning");

    List<String> out = backend("fra|cat|eng").translate(List.of("Le laboratoire.", "Bonjour"));

    assertThat(out).containsExactly("The laboratory.", "Good morning");
    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/translateChain");
    assertThat(request.getHeaders().get("Content-Type")).startsWith("application/x-www-form-urlencoded");
    assertThat(field(request, "langpairs")).isEqualTo("fra|cat|eng");
    assertThat(field(request, "q")).isEqualTo("Le laboratoire.\n\nBonjour");
    assertThat(field(request, "markUnknown")).isEqualTo("no");
    assertThat(field(request, "format")).isEqualTo("txt");
    assertThat(field(request, "langpair")).isNull();
  }

  @Test
  void aChainOfTwoPostsToTranslateWithOneLangpair() throws Exception {
    answer("Good morning");

    backend("fra|eng").translate(List.of("Bonjour"));

    RecordedRequest request = server.takeRequest();
    assertThat(request.getUrl().encodedPath()).isEqualTo("/translate");
    assertThat(field(request, "langpair")).isEqualTo("fra|eng");
    assertThat(field(request, "langpairs")).isNull();
  }

  @Test
  void theBaseUrlsOwnPathIsKept() throws Exception {
    ApertiumService service = ApertiumService.create("http://127.0.0.1:2737/apy/", null);

    assertThat(service.request(List.of("a")).url().toString()).isEqualTo("http://127.0.0.1:2737/apy/translateChain");
    assertThat(service.probe().url().toString()).isEqualTo("http://127.0.0.1:2737/apy/listPairs");
    assertThat(service.probe().method()).isEqualTo("GET");
  }

  @Test
  void defaultsAreTheLoopbackPortAndTheCatalanChain() throws Exception {
    ApertiumService service = ApertiumService.create(null, null);

    assertThat(service.chain()).isEqualTo("fra|cat|eng");
    assertThat(service.probe().url().toString()).isEqualTo("http://127.0.0.1:2737/listPairs");
    assertThat(service.name()).isEqualTo("apertium");
    assertThat(service.secrets()).isEmpty();
    assertThat(service.maxChars()).isBetween(1000, 8000);
  }

  @Test
  void lineBreaksInsideASegmentAreSentAsSpacesSoTheSplitHolds() throws Exception {
    answer("First line second line.\n\nEnd");

    List<String> out = backend(null).translate(List.of("Première ligne\n\n  deuxième ligne.", "Fin"));

    assertThat(out).containsExactly("First line second line.", "End");
    assertThat(field(server.takeRequest(), "q")).isEqualTo("Première ligne deuxième ligne.\n\nFin");
  }

  @Test
  void blankSegmentsAreNotSentAndComeBackAsTheyWere() throws Exception {
    answer("One\n\nTwo");

    List<String> out = backend(null).translate(List.of("Un", " ", "Deux"));

    assertThat(out).containsExactly("One", " ", "Two");
    assertThat(field(server.takeRequest(), "q")).isEqualTo("Un\n\nDeux");
  }

  @Test
  void onlyBlankSegmentsNeedNoTranslatedText() throws Exception {
    server.enqueue(new MockResponse.Builder()
        .body("{\"responseData\": {\"translationChain\": [\"fra\", \"cat\", \"eng\"]}, \"responseStatus\": 200}").build());

    assertThat(backend(null).translate(List.of("", "  "))).containsExactly("", "  ");
  }

  @Test
  void piecesAreTrimmedAndExtraBlankLinesDoNotMakeEmptyPieces() throws Exception {
    answer("The \n\n\nman\n\n");

    assertThat(backend(null).translate(List.of("L’", "homme"))).containsExactly("The", "man");
  }

  @Test
  void aSingleSegmentIsNeverSplit() throws Exception {
    answer("One.\n\nTwo.");

    assertThat(backend(null).translate(List.of("Un. Deux."))).containsExactly("One.\n\nTwo.");
  }

  @Test
  void aWrongNumberOfPiecesIsReturnedAsItCameForTheCallerToNotice() throws Exception {
    answer("One two three");

    assertThat(backend(null).translate(List.of("Un", "deux", "trois"))).containsExactly("One two three");
  }

  @Test
  void aWrongNumberOfPiecesStaysWrongWhenBlankSegmentsAreAddedBack() throws Exception {
    answer("One\n\nextra\n\nTwo");

    assertThat(backend(null).translate(List.of("Un", "", "Deux"))).hasSize(4);
  }

  @Test
  void marksLeftByTheChainAreRemovedWhenTheSourceHasNone() throws Exception {
    answer("The laboratory **DeepSeek has of 50 000 *GPU NVIDIA *H100.\n\n#gone and @kept, https://*example.how");

    List<String> out = backend(null).translate(List.of("Le laboratoire DeepSeek dispose de 50 000 GPU NVIDIA H100.", "x"));

    assertThat(out).containsExactly("The laboratory DeepSeek has of 50 000 GPU NVIDIA H100.", "gone and kept, https://example.how");
  }

  @Test
  void aMarkTheSourceAlreadyHoldsIsLeftAlone() {
    assertThat(ApertiumService.unmark("**GPU* is a *word*", "*GPU* est un *mot*")).isEqualTo("**GPU* is a *word*");
    assertThat(ApertiumService.unmark("# Title #hash *unknown", "# Titre #hash inconnu")).isEqualTo("# Title #hash unknown");
    assertThat(ApertiumService.unmark("a * b", "a fois b")).isEqualTo("a * b");
  }

  @Test
  void theMarkRuleLooksAtEachSegmentsOwnSource() throws Exception {
    answer("*important* is\n\n*GPU");

    assertThat(backend(null).translate(List.of("*important* est", "GPU"))).containsExactly("*important* is", "GPU");
  }

  @Test
  void anUninstalledPairIsFatalAndTellsWhatToInstall() throws Exception {
    server.enqueue(new MockResponse.Builder().code(400)
        .body("{\"status\": \"error\", \"code\": 400, \"message\": \"Bad Request\", \"explanation\": \"That pair is not installed\"}")
        .build());
    HttpBackend backend = backend("fra|cat|eng");

    assertThatThrownBy(() -> backend.translate(List.of("Bonjour")))
        .isInstanceOfSatisfying(TranslationException.class, e -> {
          assertThat(e.fatal()).isTrue();
          assertThat(e.getMessage()).isEqualTo("apertium: the chain fra|cat|eng is not installed on the server: "
              + "apt-get install apertium-fra-cat apertium-eng-cat (400: Bad Request: That pair is not installed)");
        });
    assertThat(backend.requests()).isEqualTo(1);
  }

  @Test
  void theHintNamesPackagesForKnownPairsAndThePairForOthers() throws Exception {
    assertThat(ApertiumService.create(null, "fra|spa|eng_US").hint(400))
        .isEqualTo("the chain fra|spa|eng_US is not installed on the server: apt-get install apertium-fr-es apertium-eng-spa");
    assertThat(ApertiumService.create(null, "fra|oci|eng").hint(400))
        .isEqualTo("the chain fra|oci|eng is not installed on the server: install the Apertium data for fra-oci, oci-eng");
    assertThat(ApertiumService.create(null, null).hint(500)).isEmpty();
  }

  @Test
  void aMissingPairInTheMiddleOfAChainIsFatalToo() throws Exception {
    ApertiumService service = ApertiumService.create(null, null);

    assertThat(service.fatal(400, "Bad Request: Pair fra-oci is not installed")).isTrue();
    assertThat(service.fatal(400, "Bad Request: No path found for fra-eng")).isTrue();
    assertThat(service.fatal(400, "Bad Request: something about this batch")).isFalse();
    assertThat(service.fatal(404, "Not Found")).isTrue();
  }

  @Test
  void anInternalErrorIsRetried() throws Exception {
    server.enqueue(new MockResponse.Builder().code(503)
        .body("{\"status\": \"error\", \"code\": 503, \"message\": \"Service Unavailable\", \"explanation\": \"internal error\"}")
        .build());
    answer("Good morning");
    HttpBackend backend = backend(null);

    assertThat(backend.translate(List.of("Bonjour"))).containsExactly("Good morning");
    assertThat(backend.retries()).isEqualTo(1);
  }

  @Test
  void anErrorStatusInsideA200IsNotRetriedUnlessItIsAServerFailure() throws Exception {
    server.enqueue(new MockResponse.Builder()
        .body("{\"responseData\": null, \"responseDetails\": \"no such pair\", \"responseStatus\": 400}").build());
    HttpBackend backend = backend(null);

    assertThatThrownBy(() -> backend.translate(List.of("Bonjour")))
        .isInstanceOf(TranslationException.class)
        .hasMessage("apertium: answered responseStatus 400: no such pair");
    assertThat(backend.requests()).isEqualTo(1);

    ApertiumService service = ApertiumService.create(null, null);
    assertThatThrownBy(() -> service.translations("{\"responseStatus\": 503}", List.of("a")))
        .isInstanceOfSatisfying(AnswerException.class, e -> assertThat(e.retryable()).isTrue());
  }

  @Test
  void anAnswerWithoutTranslatedTextFailsWithoutRetrying() throws Exception {
    server.enqueue(new MockResponse.Builder().body("{\"responseData\": {}, \"responseStatus\": 200}").build());
    HttpBackend backend = backend(null);

    assertThatThrownBy(() -> backend.translate(List.of("Bonjour")))
        .isInstanceOf(TranslationException.class)
        .hasMessageContaining("no responseData.translatedText");
    assertThat(backend.requests()).isEqualTo(1);
  }

  @Test
  void aTruncatedAnswerIsRetried() throws Exception {
    server.enqueue(new MockResponse.Builder().body("{\"responseData\": {\"translatedText\": \"Go").build());
    answer("Good morning");
    HttpBackend backend = backend(null);

    assertThat(backend.translate(List.of("Bonjour"))).containsExactly("Good morning");
    assertThat(backend.requests()).isEqualTo(2);
  }

  @Test
  void aBadChainIsASetupErrorNamingTheSettingAndTheValue() {
    for (String chain : List.of("fra", "", "fra||eng", "fra|cat|EN G", "spa|eng", "fra|cat")) {
      assertThatThrownBy(() -> ApertiumService.create(null, chain))
          .as(chain)
          .isInstanceOf(BackendSetupException.class)
          .hasMessageStartingWith("apertium.chain '" + chain + "'");
    }
  }

  @Test
  void otherChainsAndVariantsAreAccepted() throws Exception {
    assertThat(ApertiumService.create(null, " fra|spa|eng ").chain()).isEqualTo("fra|spa|eng");
    assertThat(ApertiumService.create(null, "fr|ca|en_US").chain()).isEqualTo("fr|ca|en_US");
    assertThat(ApertiumService.create(null, "fra|cat_valencia|eng").chain()).isEqualTo("fra|cat_valencia|eng");
  }

  @Test
  void aBadUrlIsASetupErrorNamingTheSetting() {
    assertThatThrownBy(() -> ApertiumService.create("localhost:2737", null))
        .isInstanceOf(BackendSetupException.class)
        .hasMessageStartingWith("apertium.url ");
  }
}
