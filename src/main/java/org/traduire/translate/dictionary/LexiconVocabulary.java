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
        new LexiconVocabulary(DictionaryBackend.Builtin.LEXICON, DictionaryBackend.Analyses.BUILTIN,
            DictionaryBackend.Shared.INFLECTOR);
  }

  private final FrenchMorphology morphology;
  private final Set<String> english;
  private final Set<String> irregular = new HashSet<>(512);

  private LexiconVocabulary(Lexicon lexicon, FrenchMorphology morphology, Inflector inflector) {
    this.morphology = morphology;
    this.english = lexicon.englishWords();
    inflector.irregularForms().forEach(w -> irregular.add(w.toLowerCase(java.util.Locale.ROOT)));
  }

  /** The built-in lexicon's word lists, loaded on first use and shared with the dictionary. */
  public static Vocabulary builtin() {
    return Holder.BUILTIN;
  }

  @Override
  public boolean isFrench(String word) {
    return !morphology.analyse(word).isEmpty();
  }

  @Override
  public boolean isEnglish(String word) {
    if (known(word)) {
      return true;
    }
    int n = word.length();
    return n > 3 && word.endsWith("s") && known(word.substring(0, n - 1))
        || n > 4 && word.endsWith("es") && known(word.substring(0, n - 2))
        || n > 4 && word.endsWith("ies") && known(word.substring(0, n - 3) + "y")
        || n > 4 && word.endsWith("ed") && (known(word.substring(0, n - 2))
            || known(word.substring(0, n - 1)))
        || n > 5 && word.endsWith("ing") && (known(word.substring(0, n - 3))
            || known(word.substring(0, n - 3) + "e"));
  }

  private boolean known(String word) {
    return english.contains(word) || irregular.contains(word);
  }
}
