package org.traduire.translate.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TokenizerTest {
  private static List<String> texts(String s) {
    return Tokenizer.tokenize(s).stream().map(Token::text).collect(Collectors.toList());
  }

  @Test
  void tokensConcatenateBackToTheInput() {
    String s = "L’IA d'aujourd’hui : « 50 000 GPU », ⟦3⟧ et 3,5 %…\n";
    assertThat(String.join("", texts(s))).isEqualTo(s);
  }

  @Test
  void elisionsAreTokensOfTheirOwn() {
    assertThat(texts("l’IA qu'il jusqu’à")).containsExactly("l’", "IA", " ", "qu'", "il", " ", "jusqu’", "à");
    assertThat(texts("aujourd’hui")).containsExactly("aujourd’hui");
  }

  @Test
  void digitGroupsAndDecimalCommasAreOneNumber() {
    assertThat(Tokenizer.tokenize("50 000 et 3,5")).extracting(Token::kind).startsWith(Token.Kind.NUMBER);
    assertThat(texts("50 000 et 3,5")).containsExactly("50 000", " ", "et", " ", "3,5");
    assertThat(texts("en 2023 15 000")).containsExactly("en", " ", "2023", " ", "15 000");
  }

  @Test
  void placeholdersStayWhole() {
    assertThat(Tokenizer.tokenize("⟦12⟧")).containsExactly(new Token(Token.Kind.PLACEHOLDER, "⟦12⟧"));
  }

  @Test
  void hyphensAreSeparatePunctuation() {
    assertThat(texts("États-Unis")).containsExactly("États", "-", "Unis");
  }
}
