package org.traduire.translate.dictionary;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The French-English lexicon: single words in a hash map, phrases in a trie of token keys so that
 * the longest phrase starting at a token is found in one walk. Loaded from {@code lexicon.tsv}.
 */
final class Lexicon {
  static final String RESOURCE = "lexicon.tsv";

  /** One step of the phrase trie; a node with entries ends a phrase. */
  static final class Node {
    final Map<String, Node> next = new HashMap<>(4);
    final List<Entry> entries = new ArrayList<>(1);

    Node child(String key) {
      return next.get(key);
    }
  }

  private final Map<String, List<Entry>> words = new HashMap<>(8192);
  private final Node root = new Node();
  private int size;

  static Lexicon load() {
    try (InputStream in = Lexicon.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Lexicon parse(BufferedReader reader) throws IOException {
    Lexicon lexicon = new Lexicon();
    String line;
    int number = 0;
    while ((line = reader.readLine()) != null) {
      number++;
      Entry entry = parseLine(line, number);
      if (entry != null) {
        lexicon.add(entry);
      }
    }
    return lexicon;
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

  void add(Entry entry) {
    List<String> keys = keys(entry.french());
    size++;
    if (keys.size() == 1) {
      List<Entry> list = words.get(keys.get(0));
      if (list == null) {
        list = new ArrayList<>(1);
        words.put(keys.get(0), list);
      }
      list.add(entry);
    }
    Node node = root;
    for (String key : keys) {
      Node child = node.next.get(key);
      if (child == null) {
        child = new Node();
        node.next.put(key, child);
      }
      node = child;
    }
    node.entries.add(entry);
  }

  static List<String> keys(String french) {
    if (simple(french)) {
      String key = Tokenizer.normalise(french);
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

  /** Plain words and spaces, the common case, which needs no tokenizing. */
  private static boolean simple(String french) {
    for (int k = 0; k < french.length(); k++) {
      char c = french.charAt(k);
      if (!Character.isLetter(c) && (c != ' ' || k == 0)) {
        return false;
      }
    }
    return true;
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

  int size() {
    return size;
  }
}
