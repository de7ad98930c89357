package org.traduire.translate.dictionary;

import java.util.HashSet;
import java.util.Set;
import org.traduire.detect.Vocabulary;

/**
 * The built-in lexicon as word lists for the language detector: a word is French when the
 * dictionary can analyse it (a lexicon word or an inflected form of one), English when it is a
 * word of the lexicon's English side, or a plural, past or -ing form of one.
 */
public final class LexiconVocabulary implements Vocabulary {
  private static final class Holder {
    static final LexiconVocabulary BUILTIN =
        new LexiconVocabulary(DictionaryBackend.Builtin.LEXICON, DictionaryBackend.Shared.VERBS,
            DictionaryBackend.Shared.INFLECTOR);
  }

  private final FrenchMorphology morphology;
  private final Set<String> english = new HashSet<>(32_768);

  private LexiconVocabulary(Lexicon lexicon, FrenchVerbs verbs, Inflector inflector) {
    this.morphology = new FrenchMorphology(lexicon, verbs);
    for (Entry e : lexicon.entries()) {
      addWords(e.english());
    }
    inflector.irregularForms().forEach(this::addWords);
  }

  /** The built-in lexicon's word lists, loaded on first use and shared with the dictionary. */
  public static Vocabulary builtin() {
    return Holder.BUILTIN;
  }

  private void addWords(String text) {
    int n = text.length();
    int start = -1;
    for (int i = 0; i <= n; i++) {
      boolean letter = i < n && Character.isLetter(text.charAt(i));
      if (letter && start < 0) {
        start = i;
      } else if (!letter && start >= 0) {
        english.add(text.substring(start, i).toLowerCase(java.util.Locale.ROOT));
        start = -1;
      }
    }
  }

  @Override
  public boolean isFrench(String word) {
    return !morphology.analyse(word).isEmpty();
  }

  @Override
  public boolean isEnglish(String word) {
    if (english.contains(word)) {
      return true;
    }
    int n = word.length();
    return n > 3 && word.endsWith("s") && english.contains(word.substring(0, n - 1))
        || n > 4 && word.endsWith("es") && english.contains(word.substring(0, n - 2))
        || n > 4 && word.endsWith("ies") && english.contains(word.substring(0, n - 3) + "y")
        || n > 4 && word.endsWith("ed") && (english.contains(word.substring(0, n - 2))
            || english.contains(word.substring(0, n - 1)))
        || n > 5 && word.endsWith("ing") && (english.contains(word.substring(0, n - 3))
            || english.contains(word.substring(0, n - 3) + "e"));
  }
}
