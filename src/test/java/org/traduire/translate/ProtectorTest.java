package org.traduire.translate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.traduire.document.Range;

/** What is never translated: each built-in kind on a real-looking line, the user's patterns, merging. */
class ProtectorTest {
  private static List<String> found(Protector p, String text) {
    return p.find(text).stream().map(r -> text.substring(r.start(), r.end())).toList();
  }

  @Test
  void modelNumbersOfTheSampleArticle() {
    assertThat(found(Protector.DEFAULT,
        "DeepSeek dispose de 50 000 GPU NVIDIA H100 ; le modèle R1 rivalise avec o1, les H800 et A800, GPT-4o."))
        .containsExactly("H100", "R1", "o1", "H800", "A800", "GPT-4o");
  }

  @Test
  void urlsEmailsHandlesCodeAndPathsWithoutTheSentencePunctuationAfterThem() {
    assertThat(found(Protector.DEFAULT,
        "Voir https://ex.org/a?b=(1). Écrivez à jean.dupont@exemple.fr ou à @deepseek_ai, lancez `make all` "
            + "dans /usr/share/dictd, ~/notes, ./run.sh, C:\\Users\\moi\\a.txt, samples/deepseek.fr.txt ou README.md."))
        .containsExactly("https://ex.org/a?b=(1)", "jean.dupont@exemple.fr", "@deepseek_ai", "`make all`", "/usr/share/dictd",
            "~/notes", "./run.sh", "C:\\Users\\moi\\a.txt", "samples/deepseek.fr.txt", "README.md");
  }

  @Test
  void versionsAndCompoundModelNames() {
    assertThat(found(Protector.DEFAULT, "Passez de v2.3.1 à 1.0.0-rc1, avec Llama-3.1-8B, Qwen2.5-72B ou COVID-19 www.deepseek.com."))
        .containsExactly("v2.3.1", "1.0.0-rc1", "Llama-3.1-8B", "Qwen2.5-72B", "COVID-19", "www.deepseek.com");
  }

  @ParameterizedTest
  @ValueSource(strings = {"le 1er mai", "le 2e rang", "la 3ème fois", "à 10h30", "à 10h", "5km à pied", "8Go de mémoire",
      "mi-2024", "et/ou", "km/h", "24h/24", "3,5 %", "50 000 GPU", "en 2023.", "d’AI", "M. Wang"})
  void frenchOrdinalsUnitsTimesAndNumbersAreTranslated(String text) {
    assertThat(Protector.DEFAULT.find(text)).as(text).isEmpty();
  }

  @Test
  void textThatAlreadyLooksLikeAPlaceholderIsProtectedToo() {
    assertThat(found(Protector.DEFAULT, "Le jeton ⟦0⟧ reste.")).containsExactly("⟦0⟧");
  }

  @Test
  void theUsersPatternsSeparatedByTwoSemicolons() {
    Protector p = Protector.withPatterns("protect.patterns", "ACME-\\d+ ;; \\bProjet Phénix\\b;;");

    assertThat(p.patterns()).isEqualTo(2);
    assertThat(found(p, "Le ticket ACME-42 du Projet Phénix.")).containsExactly("ACME-42", "Projet Phénix");
  }

  @Test
  void anInvalidOrEmptyMatchingPatternNamesTheKey() {
    assertThatThrownBy(() -> Protector.withPatterns("protect.patterns", "ok;;ab("))
        .hasMessage("protect.patterns: 'ab(' is not a valid regular expression (Unclosed group at 3)");
    assertThatThrownBy(() -> Protector.withPatterns("protect.patterns", "x*"))
        .hasMessageContaining("protect.patterns: pattern 'x*' matches empty text");
  }

  @Test
  void overlappingRangesAreJoinedAndTheResultIsSorted() {
    assertThat(Protector.merge(List.of(new Range(5, 9), new Range(0, 2)), List.of(new Range(7, 12), new Range(12, 14))))
        .containsExactly(new Range(0, 2), new Range(5, 12), new Range(12, 14));
  }
}
