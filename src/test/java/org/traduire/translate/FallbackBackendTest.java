package org.traduire.translate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class FallbackBackendTest {
  private static Backend failing(String name) {
    return new Backend() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public int maxChars() {
        return 100;
      }

      @Override
      public List<String> translate(List<String> segments) throws TranslationException {
        throw new TranslationException(name, name + " is down");
      }
    };
  }

  private static Backend upper(String name, int maxChars) {
    return new Backend() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public int maxChars() {
        return maxChars;
      }

      @Override
      public List<String> translate(List<String> segments) {
        return segments.stream().map(String::toUpperCase).toList();
      }
    };
  }

  @Test
  void nextBackendAnswersWhenTheFirstFails() throws Exception {
    Backend chain = FallbackBackend.of(List.of(failing("a"), upper("b", 500)));

    Backend.Translated t = chain.translateNamed(List.of("x"));

    assertThat(t.backend()).isEqualTo("b");
    assertThat(t.translations()).containsExactly("X");
  }

  @Test
  void lastFailureIsReportedWhenAllFail() {
    Backend chain = FallbackBackend.of(List.of(failing("a"), failing("b")));

    assertThatThrownBy(() -> chain.translate(List.of("x"))).hasMessage("b is down");
  }

  @Test
  void chainTakesTheSmallestSizeLimit() {
    Backend chain = FallbackBackend.of(List.of(upper("a", 900), upper("b", 300)));

    assertThat(chain.maxChars()).isEqualTo(300);
    assertThat(chain.name()).isEqualTo("a,b");
  }

  @Test
  void chainOfOneIsTheBackendItself() {
    Backend one = upper("a", 10);

    assertThat(FallbackBackend.of(List.of(one))).isSameAs(one);
  }

  /** A backend that fails, with {@code why}, on every segment containing {@code bad}, and upper-cases the others. */
  private static Backend partial(String name, String bad, String why) {
    return new Backend() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public int maxChars() {
        return 100;
      }

      @Override
      public List<String> translate(List<String> segments) throws TranslationException {
        return translateNamed(segments).translations();
      }

      @Override
      public Translated translateNamed(List<String> segments) throws TranslationException {
        List<String> out = new java.util.ArrayList<>();
        List<String> reasons = new java.util.ArrayList<>();
        for (String s : segments) {
          out.add(s.contains(bad) ? null : s.toUpperCase());
          reasons.add(s.contains(bad) ? why : null);
        }
        if (!reasons.stream().allMatch(java.util.Objects::isNull)) {
          throw new PartialTranslationException(name, out, java.util.Collections.nCopies(segments.size(), name), reasons);
        }
        return new Translated(name, out);
      }
    };
  }

  @Test
  void onlyTheSegmentsALinkFailedOnGoToTheNextAndEachNamesItsBackend() throws Exception {
    Backend b = upper("b", 500);
    Backend chain = FallbackBackend.of(List.of(partial("a", "bis", "still French"), b));

    Backend.Translated answer = chain.translateNamed(List.of("un", "bis", "trois"));

    assertThat(answer.translations()).containsExactly("UN", "BIS", "TROIS");
    assertThat(answer.backends()).containsExactly("a", "b", "a");
    assertThat(((FallbackBackend) chain).fellBack()).isEqualTo(1);
  }

  @Test
  void segmentsEveryLinkFailedOnComeBackFailedWithTheLastReasonAndTheRestIsKept() throws Exception {
    Backend chain = FallbackBackend.of(List.of(partial("a", "bis", "still French"), partial("b", "bis", "still French too")));

    assertThatThrownBy(() -> chain.translateNamed(List.of("un", "bis")))
        .isInstanceOfSatisfying(PartialTranslationException.class, e -> {
          assertThat(e.translation(0)).isEqualTo("UN");
          assertThat(e.backend(0)).isEqualTo("a");
          assertThat(e.translation(1)).isNull();
          assertThat(e.reason(1)).isEqualTo("still French too");
          assertThat(e.backend(1)).isEqualTo("b");
        });
  }
}
