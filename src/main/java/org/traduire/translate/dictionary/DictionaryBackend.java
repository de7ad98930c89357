package org.traduire.translate.dictionary;

import java.util.ArrayList;
import java.util.List;
import org.traduire.translate.Backend;
import org.traduire.translate.TranslationException;

/**
 * The built-in offline backend: a French-English lexicon with French morphology, English
 * inflection and word-order rules. Needs no key and no network; the default backend.
 */
public final class DictionaryBackend implements Backend {
  /** Loads the lexicon on first use, once per JVM. */
  private static final class Holder {
    static final Translator TRANSLATOR = Translator.load();
  }

  private DictionaryBackend() {}

  /** The backend over the built-in lexicon, which loads on the first translation (or warm-up). */
  public static DictionaryBackend create() {
    return new DictionaryBackend();
  }

  /** Loads the lexicon and tables now. */
  @Override
  public void warmUp() {
    translator();
  }

  private static Translator translator() {
    return Holder.TRANSLATOR;
  }

  @Override
  public String name() {
    return "dictionary";
  }

  @Override
  public int maxChars() {
    return 50_000;
  }

  @Override
  public List<String> translate(List<String> segments) throws TranslationException {
    List<String> out = new ArrayList<>(segments.size());
    for (String segment : segments) {
      try {
        out.add(translator().translate(segment));
      } catch (RuntimeException e) {
        throw new TranslationException(name(), "could not translate \"" + abbreviate(segment) + "\": " + e, e);
      }
    }
    return out;
  }

  private static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "…";
  }
}
