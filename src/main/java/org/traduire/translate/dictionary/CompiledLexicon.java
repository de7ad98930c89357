package org.traduire.translate.dictionary;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The built-in lexicon in a binary form made at build time ({@code mvn compile} runs {@link
 * #main}), which loads several times faster than parsing the TSV files: every string once in one
 * block of UTF-16 characters, entries and their lookup keys as numbers, all read in bulk. A
 * one-sentence pipe waits for the lexicon, so its loading time is the tool's start-up time.
 *
 * <p>Layout (big-endian): magic, version; string count, then each string's end offset, then the
 * characters; entry count, then per entry french, english, part of speech, key count and keys
 * (string numbers); the English words' count and string numbers. The TSV files stay the source:
 * a test checks that both forms hold the same lexicon.
 */
final class CompiledLexicon {
  static final String RESOURCE = "lexicon.bin";
  private static final int MAGIC = 0x5452_4C58; // "TRLX"
  private static final int VERSION = 1;

  private CompiledLexicon() {}

  /** Writes the lexicon of the TSV files to {@code args[0]}; run by the build (see pom.xml). */
  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    Files.createDirectories(out.toAbsolutePath().getParent());
    try (OutputStream os = Files.newOutputStream(out)) {
      write(Lexicon.loadText(), os);
    }
  }

  /** The compiled built-in lexicon, or null when the build did not make one (running from sources). */
  static Lexicon readBuiltin() {
    try (InputStream in = CompiledLexicon.class.getResourceAsStream(RESOURCE)) {
      return in == null ? null : read(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void write(Lexicon lexicon, OutputStream os) throws IOException {
    Map<String, Integer> numbers = new HashMap<>();
    List<String> strings = new ArrayList<>();
    List<Entry> entries = lexicon.entries();
    int[][] keys = new int[entries.size()][];
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      number(e.french(), numbers, strings);
      number(e.english(), numbers, strings);
      List<String> k = Lexicon.keys(e.french());
      keys[i] = new int[k.size()];
      for (int j = 0; j < k.size(); j++) {
        keys[i][j] = number(k.get(j), numbers, strings);
      }
    }
    List<String> english = new ArrayList<>(lexicon.englishWords());
    english.sort(null);
    for (String w : english) {
      number(w, numbers, strings);
    }
    DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(os));
    out.writeInt(MAGIC);
    out.writeInt(VERSION);
    out.writeInt(strings.size());
    int end = 0;
    for (String s : strings) {
      end += s.length();
      out.writeInt(end);
    }
    for (String s : strings) {
      out.writeChars(s);
    }
    out.writeInt(entries.size());
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      out.writeInt(numbers.get(e.french()));
      out.writeInt(numbers.get(e.english()));
      out.writeInt(e.pos().ordinal());
      out.writeInt(keys[i].length);
      for (int k : keys[i]) {
        out.writeInt(k);
      }
    }
    out.writeInt(english.size());
    for (String w : english) {
      out.writeInt(numbers.get(w));
    }
    out.flush();
  }

  private static int number(String s, Map<String, Integer> numbers, List<String> strings) {
    Integer n = numbers.get(s);
    if (n == null) {
      n = strings.size();
      numbers.put(s, n);
      strings.add(s);
    }
    return n;
  }

  static Lexicon read(byte[] bytes) {
    ByteBuffer buf = ByteBuffer.wrap(bytes);
    if (buf.getInt() != MAGIC || buf.getInt() != VERSION) {
      throw new IllegalStateException(RESOURCE + " is not a compiled lexicon of this version: rebuild");
    }
    int count = buf.getInt();
    int[] ends = ints(buf, count);
    char[] chars = new char[count == 0 ? 0 : ends[count - 1]];
    buf.asCharBuffer().get(chars);
    buf.position(buf.position() + chars.length * 2);
    // The loops' bodies are methods of their own: a method runs once in the interpreter, and a
    // loop inside it stays interpreted for tens of thousands of turns; a method called that often
    // is compiled after a couple of hundred calls.
    String[] strings = new String[count];
    for (int i = 0; i < count; i++) {
      strings[i] = string(chars, ends, i);
    }
    Pos[] pos = Pos.values();
    Lexicon lexicon = Lexicon.empty();
    int entries = buf.getInt();
    int[] table = ints(buf, (bytes.length - buf.position()) / 4);
    int t = 0;
    for (int i = 0; i < entries; i++) {
      t = addEntry(lexicon, strings, pos, table, t);
    }
    int words = table[t++];
    Set<String> english = new HashSet<>(words * 2);
    for (int i = 0; i < words; i++) {
      english.add(strings[table[t++]]);
    }
    lexicon.englishWords(english);
    return lexicon;
  }

  private static String string(char[] chars, int[] ends, int i) {
    int start = i == 0 ? 0 : ends[i - 1];
    return new String(chars, start, ends[i] - start);
  }

  /** Adds the entry at {@code t} of the table; returns where the next one starts. */
  private static int addEntry(Lexicon lexicon, String[] strings, Pos[] pos, int[] table, int t) {
    Entry e = new Entry(strings[table[t]], strings[table[t + 1]], pos[table[t + 2]]);
    int n = table[t + 3];
    int k = t + 4;
    lexicon.add(e, n == 1 ? List.of(strings[table[k]]) : keyList(strings, table, k, n));
    return k + n;
  }

  private static List<String> keyList(String[] strings, int[] table, int from, int n) {
    String[] keys = new String[n];
    for (int j = 0; j < n; j++) {
      keys[j] = strings[table[from + j]];
    }
    return Arrays.asList(keys);
  }

  private static int[] ints(ByteBuffer buf, int n) {
    int[] out = new int[n];
    buf.asIntBuffer().get(out);
    buf.position(buf.position() + n * 4);
    return out;
  }
}
