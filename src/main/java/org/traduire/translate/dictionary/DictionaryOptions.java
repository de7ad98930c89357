package org.traduire.translate.dictionary;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.traduire.translate.glossary.Term;

/**
 * Settings of the dictionary backend: extra dictionaries (dictd {@code .index}/{@code .dict[.dz]}
 * or a user TSV glossary, in the order given), whether to mark unknown words with {@code *}, and
 * the run's glossary ({@code --glossary}), whose terms win over everything else.
 */
public record DictionaryOptions(List<Path> extra, boolean markUnknown, List<Term> glossary) {
  /** The built-in lexicon alone, unknown words left as they are. */
  public static final DictionaryOptions DEFAULT = new DictionaryOptions(List.of(), false, List.of());

  public DictionaryOptions {
    extra = List.copyOf(Objects.requireNonNull(extra, "extra"));
    glossary = List.copyOf(Objects.requireNonNull(glossary, "glossary"));
  }

  /** No glossary. */
  public DictionaryOptions(List<Path> extra, boolean markUnknown) {
    this(extra, markUnknown, List.of());
  }

  /**
   * True for {@link #DEFAULT}'s settings. Compared field by field: a record's generated {@code
   * equals} is bootstrapped through invokedynamic on first use, which costs a one-sentence run
   * more than a hundredth of a second.
   */
  public boolean isDefault() {
    return extra.isEmpty() && !markUnknown && glossary.isEmpty();
  }

  /** These options with the run's glossary terms. */
  public DictionaryOptions withGlossary(List<Term> terms) {
    return new DictionaryOptions(extra, markUnknown, terms);
  }
}
