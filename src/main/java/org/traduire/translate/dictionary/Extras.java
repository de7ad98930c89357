package org.traduire.translate.dictionary;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.traduire.translate.glossary.Term;

/**
 * What the extra dictionaries a user configured hold: glossary entries, which override the
 * built-in lexicon, and dictd articles, which only serve words the built-in lexicon does not know.
 * Files are read in the order given; within each group the first entry of a word wins.
 */
record Extras(List<Entry> overrides, List<String> articles) {
  Extras {
    overrides = List.copyOf(overrides);
    articles = List.copyOf(articles);
  }

  /** Reads every file now, so that a missing or malformed one stops the run before any work. */
  static Extras load(List<Path> paths) throws DictionaryFileException {
    return load(paths, List.of());
  }

  /**
   * Reads every file now; the run's glossary terms come first, so they win over the files'
   * glossaries as these win over the built-in lexicon.
   */
  static Extras load(List<Path> paths, List<Term> glossary) throws DictionaryFileException {
    List<Entry> overrides = new ArrayList<>();
    for (Term t : glossary) {
      overrides.add(entry(t));
    }
    List<String> articles = new ArrayList<>();
    for (Path p : paths) {
      if (glossary(p)) {
        overrides.addAll(Glossary.read(p));
      } else {
        Path[] files = DictdDictionary.files(p);
        articles.addAll(DictdDictionary.articles(files[0], files[1]));
      }
    }
    return new Extras(overrides, articles);
  }

  /**
   * A glossary term as a lexicon entry: its part of speech, else a proper noun when the French is
   * capitalised (a name such as DeepSeek takes no article and no plural), else a noun.
   */
  static Entry entry(Term t) {
    Pos pos = t.pos().isEmpty() ? null : Pos.ofCode(t.pos());
    if (pos == null) {
      pos = Character.isUpperCase(t.french().codePointAt(0)) ? Pos.PROP : Pos.N;
    }
    return new Entry(t.french(), t.english(), pos);
  }

  /** A {@code .tsv} or {@code .txt} file is a glossary; anything else names a dictd dictionary. */
  static boolean glossary(Path p) {
    String name = p.getFileName() == null ? "" : p.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".tsv") || name.endsWith(".txt");
  }

  /**
   * A lexicon of the dictd articles' single-word entries, parsed now (phrases are left out: the
   * matcher does not look them up).
   */
  Lexicon fallbackLexicon() {
    Lexicon lexicon = new Lexicon();
    for (Entry e : DictdDictionary.entries(articles)) {
      if (Lexicon.keys(e.french()).size() == 1) {
        lexicon.add(e);
      }
    }
    return lexicon;
  }
}
