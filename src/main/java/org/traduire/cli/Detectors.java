package org.traduire.cli;

import java.util.Locale;
import org.traduire.config.Config;
import org.traduire.config.Key;
import org.traduire.detect.KnownWordsDetector;
import org.traduire.detect.LanguageDetector;
import org.traduire.detect.LinguaDetector;
import org.traduire.translate.dictionary.LexiconVocabulary;

/** The language detector the commands use: the lexicon for plainly French text, Lingua for the rest. */
final class Detectors {
  private Detectors() {}

  /** Loads what {@link #of} needs first: the lexicon's word lists. */
  static void warmUp() {
    LexiconVocabulary.builtin();
  }

  /**
   * The detector {@code detect.lexicon} asks for: the lexicon first (true, the default), or Lingua
   * alone.
   *
   * @throws UsageException when the setting is neither true nor false
   */
  static LanguageDetector of(Config config) throws UsageException {
    String value = config.resolve(Key.DETECT_LEXICON, null).strip().toLowerCase(Locale.ROOT);
    return switch (value) {
      case "true" -> new KnownWordsDetector(LexiconVocabulary::builtin, LinguaDetector.create());
      case "false" -> LinguaDetector.create();
      default -> throw new UsageException(Key.DETECT_LEXICON.property() + " '" + value + "' (from "
          + config.origin(Key.DETECT_LEXICON, null) + ") must be true or false");
    };
  }
}
