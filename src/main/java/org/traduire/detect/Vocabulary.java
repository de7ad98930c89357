package org.traduire.detect;

/**
 * Word lists the {@link KnownWordsDetector} asks: whether a lower-case word (an inflected form
 * too) is French, and whether it is also an English word. Implemented by the dictionary's lexicon.
 */
public interface Vocabulary {
  boolean isFrench(String word);

  boolean isEnglish(String word);
}
