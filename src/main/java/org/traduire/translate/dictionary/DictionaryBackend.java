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
  /** The tables every translator shares, loaded on first use, once per JVM. */
  static final class Shared {
    static final FrenchVerbs VERBS = FrenchVerbs.load();
    static final Inflector INFLECTOR = Inflector.load();
  }

  /** The built-in lexicon, loaded on first use, once per JVM; never changed after loading. */
  static final class Builtin {
    static final Lexicon LEXICON = Lexicon.load();
  }

  /**
   * The analyses of words of the built-in lexicon, cached: shared by the default translator and
   * the language detector ({@link LexiconVocabulary}), which looks at the same words first.
   */
  static final class Analyses {
    static final FrenchMorphology BUILTIN = new FrenchMorphology(Builtin.LEXICON, Shared.VERBS);
  }

  /** The translator of the default backend. */
  private static final class Holder {
    static final Translator TRANSLATOR =
        new Translator(Builtin.LEXICON, Analyses.BUILTIN, null, Shared.VERBS, Shared.INFLECTOR, false);
  }

  /** The extra dictionaries read at creation; null for the default backend. */
  private final Extras extras;
  private final boolean markUnknown;
  private volatile Translator own;

  private DictionaryBackend(Extras extras, boolean markUnknown) {
    this.extras = extras;
    this.markUnknown = markUnknown;
  }

  /** The backend over the built-in lexicon, which loads on the first translation (or warm-up). */
  public static DictionaryBackend create() {
    return new DictionaryBackend(null, false);
  }

  /**
   * The backend with these options. The extra dictionaries are read now, so that a missing or
   * malformed one fails here; the lexicon loads on the first translation (or warm-up).
   *
   * @throws DictionaryFileException naming the file (and line) that cannot be used
   */
  public static DictionaryBackend create(DictionaryOptions options) throws DictionaryFileException {
    if (options.isDefault()) {
      return create();
    }
    return new DictionaryBackend(Extras.load(options.extra(), options.glossary()), options.markUnknown());
  }

  /** Loads the lexicon and tables now. */
  @Override
  public void warmUp() {
    translator();
  }

  private Translator translator() {
    if (extras == null) {
      return Holder.TRANSLATOR;
    }
    Translator t = own;
    if (t == null) {
      synchronized (this) {
        t = own;
        if (t == null) {
          own = t = build();
        }
      }
    }
    return t;
  }

  /**
   * A translator of its own: the user's glossary on a fresh copy of the built-in lexicon (the
   * shared one when there is no glossary), dictd entries behind it.
   */
  private Translator build() {
    Lexicon lexicon = Builtin.LEXICON;
    if (!extras.overrides().isEmpty()) {
      lexicon = Lexicon.load();
      lexicon.override(extras.overrides());
    }
    Lexicon fallback = extras.articles().isEmpty() ? null : extras.fallbackLexicon();
    return new Translator(lexicon, fallback, Shared.VERBS, Shared.INFLECTOR, markUnknown);
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
