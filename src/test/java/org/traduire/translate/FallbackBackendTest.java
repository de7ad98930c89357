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
}
