package org.traduire.translate.dictionary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LexiconTest {
  /** Every line of every lexicon file, in loading order. */
  private static List<String> lines() throws IOException {
    List<String> lines = new ArrayList<>();
    for (String resource : Lexicon.RESOURCES) {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(
          Lexicon.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
        String line;
        while ((line = r.readLine()) != null) {
          lines.add(line);
        }
      }
    }
    return lines;
  }

  @Test
  void everyLineIsACommentOrThreeWellFormedColumns() throws IOException {
    List<String> lines = lines();
    for (int i = 0; i < lines.size(); i++) {
      Lexicon.parseLine(lines.get(i), i + 1);
    }
    assertThat(lines.get(0)).startsWith("#");
  }

  @Test
  void noEntryIsListedTwice() throws IOException {
    Set<String> seen = new HashSet<>();
    List<String> duplicates = new ArrayList<>();
    for (String line : lines()) {
      if (!line.isBlank() && !line.startsWith("#") && !seen.add(line)) {
        duplicates.add(line);
      }
    }
    assertThat(duplicates).isEmpty();
  }

  @Test
  void extensionFilesDoNotRedefineACorePhrase() {
    // A phrase entered again under another part of speech competes with the core's reading:
    // "des dizaines de milliers de" as a determiner lost the plural of the noun after it.
    Set<String> core = new HashSet<>();
    for (String line : Lexicon.text(Lexicon.RESOURCE).split("\n")) {
      if (!line.isBlank() && !line.startsWith("#")) {
        core.add(line.substring(0, line.indexOf('\t')));
      }
    }
    List<String> redefined = new ArrayList<>();
    for (String resource : Lexicon.RESOURCES.subList(1, Lexicon.RESOURCES.size())) {
      for (String line : Lexicon.text(resource).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          String french = line.substring(0, line.indexOf('\t'));
          if (french.contains(" ") && core.contains(french)) {
            redefined.add(resource + ": " + line);
          }
        }
      }
    }
    assertThat(redefined).isEmpty();
  }

  @Test
  void holdsABroadVocabulary() {
    Lexicon lexicon = Lexicon.load();

    assertThat(lexicon.size()).isGreaterThanOrEqualTo(20_000);
    assertThat(lexicon.word("maison")).extracting(Entry::english).contains("house");
    assertThat(lexicon.has("développer", Pos.V)).isTrue();
    assertThat(lexicon.word("chine")).extracting(Entry::english).containsExactly("China");
  }

  @Test
  void phrasesAreReachableThroughTheTrie() {
    Lexicon lexicon = Lexicon.load();
    Lexicon.Node node = lexicon.root();
    for (String key : List.of("à", "partir", "de")) {
      node = node.child(key);
      assertThat(node).as(key).isNotNull();
    }
    assertThat(node.entries).extracting(Entry::english).contains("from");
  }

  @Test
  void malformedLinesAreRejectedWithTheirNumber() {
    assertThatThrownBy(() -> Lexicon.parse("# ok\nchat\tcat\n"))
        .hasMessageContaining("line 2");
    assertThatThrownBy(() -> Lexicon.parseLine("chat\tcat\tnoun", 7)).hasMessageContaining("line 7");
    assertThatThrownBy(() -> Lexicon.parseLine("chat \tcat\tn", 3)).hasMessageContaining("stray spaces");
  }

  @Test
  void anEmptyEnglishSideMeansTheWordIsLeftOut() {
    assertThat(Lexicon.parseLine("ne\t\tadv", 1)).isEqualTo(new Entry("ne", "", Pos.ADV));
  }
}
