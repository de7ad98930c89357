package org.traduire.translate.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The backend must answer every input, however odd, with one translation per segment. */
class RobustnessTest {
  private static final DictionaryBackend BACKEND = DictionaryBackend.create();
  private static final String[] GLUE = {
    " ", " ", " ", " ", ", ", " et ", " de ", " la ", " les ", " qui ", " ne ", " pas ", ". ", " : ",
    " « ", " » ", " l’", " d'", " 3,5 ", " 50 000 ", " ⟦0⟧ ", "--", " (", ") "
  };

  @Test
  void randomSequencesOfLexiconWordsNeverBreakTheRules() throws Exception {
    List<Entry> entries = Lexicon.load().entries();
    Random random = new Random(20261129);
    List<String> segments = new ArrayList<>();
    for (int n = 0; n < 3000; n++) {
      StringBuilder sb = new StringBuilder();
      int words = 1 + random.nextInt(14);
      for (int w = 0; w < words; w++) {
        sb.append(entries.get(random.nextInt(entries.size())).french());
        sb.append(GLUE[random.nextInt(GLUE.length)]);
      }
      segments.add(random.nextBoolean() ? sb.toString().trim() : sb.toString());
    }

    for (String s : segments) {
      assertThat(BACKEND.translate(List.of(s))).as(s).hasSize(1);
    }
  }

  @Test
  void randomPhrasesBuiltFromPartsOfSpeechNeverBreakTheRules() throws Exception {
    Map<Pos, List<String>> byPos = new EnumMap<>(Pos.class);
    for (Entry e : Lexicon.load().entries()) {
      byPos.computeIfAbsent(e.pos(), p -> new ArrayList<>()).add(e.french());
    }
    String[] templates = {
      "DET N ADJ et ADJ V", "DET N ADJ et V", "PRON V DET N ADJ ADJ", "DET ADJ N et DET N ADJ PREP N",
      "N ADJ , ADJ et ADJ", "PRON ne V pas DET N", "DET N PREP DET N ADJ V ADV", "PROP V DET N ADJ et V"
    };
    Random random = new Random(7);
    for (int n = 0; n < 4000; n++) {
      StringBuilder sb = new StringBuilder();
      for (String slot : templates[random.nextInt(templates.length)].split(" ")) {
        List<String> words = slot.matches("[A-Z]+") ? byPos.get(Pos.valueOf(slot)) : null;
        sb.append(words == null ? slot : words.get(random.nextInt(words.size()))).append(' ');
      }
      String s = sb.append('.').toString();
      assertThat(BACKEND.translate(List.of(s))).as(s).hasSize(1);
    }
  }
}
