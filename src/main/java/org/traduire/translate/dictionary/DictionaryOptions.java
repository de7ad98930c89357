package org.traduire.translate.dictionary;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Settings of the dictionary backend: extra dictionaries (dictd {@code .index}/{@code .dict[.dz]}
 * or a user TSV glossary, in the order given) and whether to mark unknown words with {@code *}.
 */
public record DictionaryOptions(List<Path> extra, boolean markUnknown) {
  /** The built-in lexicon alone, unknown words left as they are. */
  public static final DictionaryOptions DEFAULT = new DictionaryOptions(List.of(), false);

  public DictionaryOptions {
    extra = List.copyOf(Objects.requireNonNull(extra, "extra"));
  }
}
