package org.traduire.translate.dictionary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The French-English lexicon: single words in a hash map, phrases in a trie of token keys so that
 * the longest phrase starting at a token is found in one walk. Loaded from {@code lexicon.tsv}.
 */
final class Lexicon {
  static final String RESOURCE = "lexicon.tsv";
  /**
   * The lexicon files, loaded in this order; when a French word has several entries of one part
   * of speech, the first loaded is its default, so the core file wins over the larger ones.
   */
  static final List<String> RESOURCES =
      List.of(RESOURCE, "lexicon-nouns-adjectives.tsv", "lexicon-verbs-adverbs-phrases.tsv");

  /** One step of the phrase trie; a node with entries ends a phrase. */
  static final class Node {
    private static final Map<String, Node> NONE = Map.of();

    /** Children by token key, allocated on the first child: most nodes are leaves. */
    Map<String, Node> next = NONE;
    List<Entry> entries = List.of();
    /** The token key leading to this node. */
    String viaKey;

    Node child(String key) {
      return next.get(key);
    }

    Node childOrNew(String key) {
      Node child = next.get(key);
      if (child == null) {
        if (next == NONE) {
          next = new HashMap<>(4);
        }
        child = new Node();
        child.viaKey = key;
        next.put(key, child);
      }
      return child;
    }

    void addEntry(Entry e) {
      if (entries.isEmpty()) {
        entries = new ArrayList<>(1);
      }
      entries.add(e);
    }
  }

  private final Map<String, List<Entry>> words = new HashMap<>(16384);
  private final Node root = new Node();
  private final List<Entry> entries = new ArrayList<>(8192);
  private volatile Set<String> englishWords;

  /**
   * The built-in lexicon: from {@link CompiledLexicon#RESOURCE}, the binary form {@code mvn
   * compile} makes of the TSV files (several times faster to load), else from the TSV files.
   */
  static Lexicon load() {
    Lexicon compiled = CompiledLexicon.readBuiltin();
    return compiled != null ? compiled : loadText();
  }

  /** The built-in lexicon, parsed from its TSV files. */
  static Lexicon loadText() {
    Lexicon lexicon = new Lexicon();
    for (String name : RESOURCES) {
      lexicon.read(name, text(name));
    }
    return lexicon;
  }

  /** An empty lexicon, for {@link CompiledLexicon} to fill. */
  static Lexicon empty() {
    return new Lexicon();
  }

  /** The text of one of the lexicon files. */
  static String text(String resource) {
    try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses a whole lexicon file; throws on the first malformed line, naming its number. */
  static Lexicon parse(String text) {
    Lexicon lexicon = new Lexicon();
    lexicon.read("lexicon", text);
    return lexicon;
  }

  /** Adds every entry of a lexicon file; throws on the first malformed line, naming file and line. */
  private void read(String name, String text) {
    try {
      readLines(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
    }
  }

  private void readLines(String text) {
    int n = text.length();
    int start = 0;
    int number = 0;
    while (start < n) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = n;
      }
      number++;
      int stop = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
      if (stop > start && text.charAt(start) != '#') {
        Entry entry = parseLine(text.substring(start, stop), number);
        if (entry != null) {
          add(entry);
        }
      }
      start = end + 1;
    }
  }

  /** Returns the entry on this line, null for a blank or comment line; throws on a malformed one. */
  static Entry parseLine(String line, int number) {
    if (line.isEmpty() || line.charAt(0) == '#' || line.isBlank()) {
      return null;
    }
    int tab1 = line.indexOf('\t');
    int tab2 = tab1 < 0 ? -1 : line.indexOf('\t', tab1 + 1);
    if (tab1 <= 0 || tab2 < 0 || line.indexOf('\t', tab2 + 1) >= 0 || tab2 == line.length() - 1) {
      throw new IllegalArgumentException("lexicon line " + number + " is not french<TAB>english<TAB>pos: " + line);
    }
    String french = line.substring(0, tab1);
    String english = line.substring(tab1 + 1, tab2);
    Pos pos = Pos.ofCode(line.substring(tab2 + 1));
    if (pos == null) {
      throw new IllegalArgumentException("lexicon line " + number + ": unknown part of speech in " + line);
    }
    if (padded(french) || padded(english)) {
      throw new IllegalArgumentException("lexicon line " + number + " has stray spaces: " + line);
    }
    return new Entry(french, english, pos);
  }

  private static boolean padded(String s) {
    return !s.isEmpty() && (s.charAt(0) == ' ' || s.charAt(s.length() - 1) == ' ' || s.isBlank());
  }

  /** Single words go to the word map only; phrases also go into the trie, which the matcher walks. */
  void add(Entry entry) {
    add(entry, keys(entry.french()));
  }

  /** Adds an entry whose {@link #keys} are already known. */
  void add(Entry entry, List<String> keys) {
    if (englishWords != null) {
      englishWords = null; // worked out again on next use
    }
    entries.add(entry);
    if (keys.size() == 1) {
      List<Entry> list = words.get(keys.get(0));
      if (list == null) {
        list = new ArrayList<>(1);
        words.put(keys.get(0), list);
      }
      list.add(entry);
      return;
    }
    Node node = root;
    for (String key : keys) {
      node = node.childOrNew(key);
    }
    node.addEntry(entry);
  }

  /**
   * Puts a user's entries before the built-in ones, in the order given: each replaces the entries
   * of the same French word or phrase and part of speech, and comes first among the others.
   */
  void override(List<Entry> user) {
    englishWords = null;
    java.util.Set<Entry> replaced = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (Entry e : user) {
      String key = Tokenizer.normalise(e.french());
      for (Entry old : slot(e.french())) {
        if (old.pos() == e.pos() && Tokenizer.normalise(old.french()).equals(key)) {
          replaced.add(old);
        }
      }
      slot(e.french()).removeAll(replaced);
    }
    for (int k = user.size() - 1; k >= 0; k--) {
      slot(user.get(k).french()).add(0, user.get(k));
    }
    List<Entry> kept = new ArrayList<>(user);
    for (Entry e : entries) {
      if (!replaced.contains(e)) {
        kept.add(e);
      }
    }
    entries.clear();
    entries.addAll(kept);
  }

  /** The modifiable list of entries for this French word or phrase, created when missing. */
  private List<Entry> slot(String french) {
    List<String> keys = keys(french);
    if (keys.size() == 1) {
      return words.computeIfAbsent(keys.get(0), k -> new ArrayList<>(1));
    }
    Node node = root;
    for (String key : keys) {
      node = node.childOrNew(key);
    }
    if (!(node.entries instanceof ArrayList)) {
      node.entries = new ArrayList<>(node.entries);
    }
    return node.entries;
  }

  static List<String> keys(String french) {
    String key = Tokenizer.normalise(french);
    if (key.indexOf('\'') < 0 && key.indexOf('-') < 0) {
      if (key.indexOf(' ') < 0) {
        return List.of(key);
      }
      List<String> keys = new ArrayList<>(4);
      int start = 0;
      for (int k = 0; k <= key.length(); k++) {
        if (k == key.length() || key.charAt(k) == ' ') {
          if (k > start) {
            keys.add(key.substring(start, k));
          }
          start = k + 1;
        }
      }
      return keys;
    }
    List<String> keys = new ArrayList<>();
    for (Token t : Tokenizer.tokenize(french)) {
      if (t.kind() != Token.Kind.SPACE) {
        keys.add(t.key());
      }
    }
    return keys;
  }

  /** Entries whose French side is exactly this one word (lower case key), in file order. */
  List<Entry> word(String key) {
    return words.getOrDefault(key, List.of());
  }

  boolean has(String key, Pos pos) {
    for (Entry e : word(key)) {
      if (e.pos() == pos) {
        return true;
      }
    }
    return false;
  }

  Entry first(String key, Pos pos) {
    for (Entry e : word(key)) {
      if (e.pos() == pos) {
        return e;
      }
    }
    return null;
  }

  Node root() {
    return root;
  }

  /**
   * The lower-case words of every entry's English side: what the language detector takes for
   * English. Worked out on first use, or read with the compiled lexicon.
   */
  Set<String> englishWords() {
    Set<String> words = englishWords;
    if (words == null) {
      words = new HashSet<>(16_384);
      for (Entry e : entries) {
        addWords(e.english(), words);
      }
      englishWords = words;
    }
    return words;
  }

  void englishWords(Set<String> words) {
    englishWords = words;
  }

  private static void addWords(String text, Set<String> words) {
    int n = text.length();
    int start = -1;
    for (int i = 0; i <= n; i++) {
      boolean letter = i < n && Character.isLetter(text.charAt(i));
      if (letter && start < 0) {
        start = i;
      } else if (!letter && start >= 0) {
        words.add(text.substring(start, i).toLowerCase(Locale.ROOT));
        start = -1;
      }
    }
  }

  int size() {
    return entries.size();
  }

  /** Every entry in file order. */
  List<Entry> entries() {
    return java.util.Collections.unmodifiableList(entries);
  }
}
