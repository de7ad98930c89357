package org.traduire.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.traduire.detect.LanguageDetector;
import org.traduire.detect.LinguaDetector;
import org.traduire.document.AlignedBlock;
import org.traduire.document.BilingualDocument;
import org.traduire.document.InputFormat;
import org.traduire.document.Status;
import org.traduire.input.SourceText;
import org.traduire.translate.Backend;
import org.traduire.translate.FallbackBackend;
import org.traduire.translate.Protector;
import org.traduire.translate.TranslationException;

/**
 * Backends that drop, duplicate or translate placeholders, and one that hands the French back:
 * the pipeline notices each, asks again, falls back or marks the segment, and never writes a
 * broken one (every URL, piece of code and model number of a translated block is in its
 * translation exactly as often as in its source).
 */
class MisbehavingBackendsTest {
  private static final LanguageDetector LINGUA = LinguaDetector.create();
  private static final String TEXT = String.join("\n",
      "Le modèle R1 de DeepSeek tourne sur des GPU H100 et la documentation est sur https://ex.org/doc pour tous les lecteurs.",
      "Lancez `make all` puis ouvrez le fichier README.md avant de poser une question.",
      "DeepSeek R1",
      "Le laboratoire chinois affirme que le nouveau modèle est rapide et que les résultats sont bons.",
      "");
  private static final Pattern TOKEN = Pattern.compile("⟦\\d+⟧");
  private static final List<String> SPANS = List.of("https://ex.org/doc", "`make all`", "README.md", "H100", "R1");

  /** What each fault does to an answer. */
  enum Fault { NONE, DROP, DUPLICATE, TRANSLATE, FRENCH }

  /**
   * A backend that "translates" with a small word list (keeping everything else), then applies its
   * fault; with {@code mangle}, a URL sent as plain text comes back broken, as a careless service
   * might answer it.
   */
  static final class Faulty implements Backend {
    private static final Map<String, String> WORDS = Map.ofEntries(
        Map.entry("Le", "The"), Map.entry("le", "the"), Map.entry("la", "the"), Map.entry("les", "the"),
        Map.entry("modèle", "model"), Map.entry("de", "of"), Map.entry("tourne", "runs"), Map.entry("sur", "on"),
        Map.entry("des", "some"), Map.entry("et", "and"), Map.entry("documentation", "documentation"),
        Map.entry("est", "is"), Map.entry("pour", "for"), Map.entry("tous", "all"), Map.entry("lecteurs", "readers"),
        Map.entry("Lancez", "Run"), Map.entry("puis", "then"), Map.entry("ouvrez", "open"), Map.entry("fichier", "file"),
        Map.entry("avant", "before"), Map.entry("poser", "asking"), Map.entry("une", "a"), Map.entry("question", "question"),
        Map.entry("laboratoire", "laboratory"), Map.entry("chinois", "Chinese"), Map.entry("affirme", "claims"),
        Map.entry("que", "that"), Map.entry("nouveau", "new"), Map.entry("rapide", "fast"), Map.entry("résultats", "results"),
        Map.entry("sont", "are"), Map.entry("bons", "good"));

    final String name;
    final Fault fault;
    final boolean mangle;
    final List<List<String>> batches = java.util.Collections.synchronizedList(new ArrayList<>());

    Faulty(String name, Fault fault, boolean mangle) {
      this.name = name;
      this.fault = fault;
      this.mangle = mangle;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public int maxChars() {
      return 10_000;
    }

    @Override
    public List<String> translate(List<String> segments) throws TranslationException {
      batches.add(List.copyOf(segments));
      List<String> out = new ArrayList<>();
      for (String s : segments) {
        out.add(answer(s));
      }
      return out;
    }

    private String answer(String s) {
      if (fault == Fault.FRENCH) {
        return s;
      }
      StringBuilder t = new StringBuilder();
      java.util.regex.Matcher m = Pattern.compile("[\\p{L}]+|[^\\p{L}]+").matcher(s);
      while (m.find()) {
        t.append(WORDS.getOrDefault(m.group(), m.group()));
      }
      String out = t.toString();
      if (mangle) {
        out = out.replace("https://", "https ://");
      }
      switch (fault) {
        case DROP:
          return TOKEN.matcher(out).replaceAll("");
        case DUPLICATE:
          return TOKEN.matcher(out).replaceAll("$0 $0");
        case TRANSLATE:
          return out.replaceAll("⟦(\\d+)⟧", "[$1]");
        default:
          return out;
      }
    }
  }

  private static BilingualDocument run(Backend... links) throws Exception {
    List<Backend> checked = new ArrayList<>();
    for (Backend b : links) {
      checked.add(new EnglishCheck(b, LINGUA));
    }
    Backend chain = FallbackBackend.of(checked);
    Plan plan = new Planner(LanguageDetector.FRENCH, InputFormat.LINES, false, chain.maxChars(), 50)
        .plan(new SourceText("a.txt", TEXT, "UTF-8", false));
    return new Pipeline(chain, 1, Protector.DEFAULT).run(plan);
  }

  private static List<AlignedBlock> prose(BilingualDocument doc) {
    return doc.blocks().stream().filter(b -> b.source().translatable()).toList();
  }

  /** The invariant: a translated block has every protected span as often as its source and no token; a failed one is its source. */
  private static void neverBroken(BilingualDocument doc) {
    for (AlignedBlock b : prose(doc)) {
      if (b.status() == Status.TRANSLATED) {
        assertThat(b.translation()).doesNotContainPattern(TOKEN.pattern()).doesNotContain("[0]", "[1]");
        for (String span : SPANS) {
          assertThat(count(b.translation(), span)).as(span + " in " + b.translation()).isEqualTo(count(b.source().text(), span));
        }
      } else {
        assertThat(b.status()).isEqualTo(Status.FAILED);
        assertThat(b.translation()).isEqualTo(b.source().text());
      }
    }
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }

  @Test
  void aWellBehavedBackendKeepsEveryProtectedSpanAndNeverSeesThem() throws Exception {
    Faulty good = new Faulty("good", Fault.NONE, true);

    BilingualDocument doc = run(good);

    neverBroken(doc);
    assertThat(prose(doc)).allSatisfy(b -> assertThat(b.status()).isEqualTo(Status.TRANSLATED));
    assertThat(String.join("\n", good.batches.get(0))).doesNotContain("https://ex.org/doc", "make all", "H100", "README.md");
    assertThat(prose(doc).get(0).translation())
        .isEqualTo("The model R1 of DeepSeek runs on some GPU H100 and the documentation is on https://ex.org/doc for all the readers.");
  }

  @Test
  void droppedPlaceholdersAreAskedAgainAloneWithoutProtectionAndKeptWhenTheSpansComeBackWhole() throws Exception {
    Faulty dropper = new Faulty("dropper", Fault.DROP, false);

    BilingualDocument doc = run(dropper);

    neverBroken(doc);
    assertThat(prose(doc)).allSatisfy(b -> assertThat(b.status()).isEqualTo(Status.TRANSLATED));
    assertThat(dropper.batches).anySatisfy(batch -> assertThat(batch).singleElement().asString().contains("https://ex.org/doc"));
  }

  @Test
  void duplicatedPlaceholdersWhoseSpansBreakWhenSentPlainAreMarkedWithTheReason() throws Exception {
    BilingualDocument doc = run(new Faulty("duplicator", Fault.DUPLICATE, true));

    neverBroken(doc);
    AlignedBlock url = prose(doc).get(0);
    assertThat(url.status()).isEqualTo(Status.FAILED);
    assertThat(url.note()).contains("came back 2 times", "asked again with it unprotected, the backend changed \"https://ex.org/doc\"");
    assertThat(prose(doc).get(1).status()).as("code and file names survive when sent plain").isEqualTo(Status.TRANSLATED);
  }

  @Test
  void translatedPlaceholdersAreCaughtLikeLostOnes() throws Exception {
    BilingualDocument doc = run(new Faulty("renamer", Fault.TRANSLATE, true));

    neverBroken(doc);
    assertThat(prose(doc).get(0).status()).isEqualTo(Status.FAILED);
    assertThat(prose(doc).get(0).note()).contains("came back 0 times");
    assertThat(prose(doc).get(3).status()).as("a segment without placeholders is untouched by the fault").isEqualTo(Status.TRANSLATED);
  }

  @Test
  void frenchHandedBackFallsBackToTheNextBackendSegmentBySegment() throws Exception {
    Faulty parrot = new Faulty("parrot", Fault.FRENCH, false);
    Faulty good = new Faulty("good", Fault.NONE, false);

    BilingualDocument doc = run(parrot, good);

    neverBroken(doc);
    assertThat(prose(doc)).extracting(AlignedBlock::status).containsOnly(Status.TRANSLATED);
    // "DeepSeek R1" may come back as it is: the parrot keeps it; every sentence went on to the next backend
    assertThat(prose(doc)).extracting(AlignedBlock::backend).containsExactly("good", "good", "parrot", "good");
    assertThat(good.batches).singleElement().asList().hasSize(3);
  }

  @Test
  void frenchHandedBackWithoutAFallbackIsMarkedStillFrenchAndKeptInFrench() throws Exception {
    BilingualDocument doc = run(new Faulty("parrot", Fault.FRENCH, false));

    neverBroken(doc);
    assertThat(prose(doc)).extracting(AlignedBlock::status)
        .containsExactly(Status.FAILED, Status.FAILED, Status.TRANSLATED, Status.FAILED);
    assertThat(prose(doc)).filteredOn(b -> b.status() == Status.FAILED).allSatisfy(b -> {
      assertThat(b.note()).isEqualTo("still French");
      assertThat(b.backend()).isEqualTo("parrot");
    });
  }
}
