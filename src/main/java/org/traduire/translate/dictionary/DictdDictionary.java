package org.traduire.translate.dictionary;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Reads a dictionary in the dictd format that FreeDict ships: {@code NAME.index} (lines {@code
 * headword<TAB>offset<TAB>length}, numbers in dictd's base64) and {@code NAME.dict} or the
 * gzip-compatible {@code NAME.dict.dz}. Each entry becomes one lexicon entry: its part of speech
 * from {@code <…>} on the first line and the first translation of its first sense.
 */
final class DictdDictionary {
  private static final String DIGITS =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

  /** dictd part-of-speech codes; anything else (or none) is read as a noun. */
  private static final Map<String, Pos> POS = Map.ofEntries(
      Map.entry("n", Pos.N), Map.entry("v", Pos.V), Map.entry("vt", Pos.V), Map.entry("vi", Pos.V),
      Map.entry("adj", Pos.ADJ), Map.entry("adv", Pos.ADV), Map.entry("prep", Pos.PREP),
      Map.entry("pron", Pos.PRON), Map.entry("conj", Pos.CONJ), Map.entry("num", Pos.NUM),
      Map.entry("int", Pos.INTJ), Map.entry("intj", Pos.INTJ), Map.entry("art", Pos.DET),
      Map.entry("det", Pos.DET), Map.entry("pn", Pos.PROP), Map.entry("prop", Pos.PROP));

  private static final Pattern PARENTHESES = Pattern.compile("\\([^)]*\\)");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private DictdDictionary() {}

  /**
   * The index and dict files of a dictionary named by its base name ({@code
   * /usr/share/dictd/freedict-fra-eng}) or by one of its files; a base name prefers {@code .dict.dz}.
   */
  static Path[] files(Path given) throws DictionaryFileException {
    String name = given.toString();
    String base = strip(strip(strip(name, ".index"), ".dz"), ".dict");
    Path index = Path.of(base + ".index");
    Path dict;
    if (name.endsWith(".dict") || name.endsWith(".dict.dz")) {
      dict = given;
    } else {
      dict = Path.of(base + ".dict.dz");
      if (!Files.isRegularFile(dict) && Files.isRegularFile(Path.of(base + ".dict"))) {
        dict = Path.of(base + ".dict");
      }
    }
    for (Path p : new Path[] {index, dict}) {
      if (!Files.isRegularFile(p)) {
        throw new DictionaryFileException(p + ": dictd file not found");
      }
    }
    return new Path[] {index, dict};
  }

  private static String strip(String s, String suffix) {
    return s.endsWith(suffix) ? s.substring(0, s.length() - suffix.length()) : s;
  }

  /** Every usable entry, in index order; entries without a translation are skipped. */
  static List<Entry> read(Path index, Path dict) throws DictionaryFileException {
    return entries(articles(index, dict));
  }

  /** The entries of these articles, in order; articles without a translation are skipped. */
  static List<Entry> entries(List<String> articles) {
    List<Entry> out = new ArrayList<>(articles.size());
    for (String article : articles) {
      Entry e = entry(article);
      if (e != null) {
        out.add(e);
      }
    }
    return out;
  }

  /**
   * The text of every article but the {@code 00database} ones, in index order; reading them is
   * what can fail, so it is done first and parsing, the slower half, can wait.
   */
  static List<String> articles(Path index, Path dict) throws DictionaryFileException {
    byte[] data = data(dict);
    List<String> lines;
    try {
      lines = Files.readAllLines(index, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new DictionaryFileException(index + ": not found", e);
    } catch (IOException e) {
      throw new DictionaryFileException(index + ": cannot read: " + e.getMessage(), e);
    }
    List<String> out = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      if (cols.length < 3 || cols.length > 4) {
        throw new DictionaryFileException(index + " line " + (i + 1) + ": not headword<TAB>offset<TAB>length");
      }
      if (cols[0].startsWith("00database") || cols[0].startsWith("00-database")) {
        continue;
      }
      long offset = decode(cols[1]);
      long length = decode(cols[2]);
      if (offset < 0 || length < 0 || offset + length > data.length) {
        throw new DictionaryFileException(index + " line " + (i + 1) + ": bad offset or length for \""
            + cols[0] + "\" (" + dict.getFileName() + " has " + data.length + " bytes)");
      }
      out.add(new String(data, (int) offset, (int) length, StandardCharsets.UTF_8));
    }
    return out;
  }

  private static byte[] data(Path dict) throws DictionaryFileException {
    try (InputStream raw = Files.newInputStream(dict)) {
      if (!dict.toString().endsWith(".dz")) {
        return raw.readAllBytes();
      }
      try (InputStream in = new GZIPInputStream(raw, 65536)) {
        return in.readAllBytes();
      }
    } catch (NoSuchFileException e) {
      throw new DictionaryFileException(dict + ": not found", e);
    } catch (IOException e) {
      throw new DictionaryFileException(dict + ": not a readable dictd file: " + e.getMessage(), e);
    }
  }

  /** A dictd base64 number (most significant digit first), or -1 when it is not one. */
  static long decode(String digits) {
    if (digits.isEmpty() || digits.length() > 10) {
      return -1;
    }
    long value = 0;
    for (int k = 0; k < digits.length(); k++) {
      int d = DIGITS.indexOf(digits.charAt(k));
      if (d < 0) {
        return -1;
      }
      value = value * 64 + d;
    }
    return value;
  }

  /**
   * The lexicon entry of one dictd article such as {@code maison /mɛzɔ̃/ <n, fem>\nhouse\n}, or
   * null when it has no translation.
   */
  static Entry entry(String article) {
    String[] lines = article.strip().split("\n");
    String head = lines[0].strip();
    String sense = null;
    for (int k = 1; k < lines.length && sense == null; k++) {
      String s = unnumbered(lines[k].strip());
      if (!s.isEmpty()) {
        sense = s;
      }
    }
    String french = headword(head);
    if (sense == null || french.isEmpty()) {
      return null;
    }
    Pos pos = pos(head);
    if (pos == Pos.N && Character.isUpperCase(french.codePointAt(0))) {
      pos = Pos.PROP;
    }
    String english = firstTranslation(sense, pos);
    return english.isEmpty() ? null : new Entry(french, english, pos);
  }

  private static String headword(String head) {
    int end = head.length();
    int slash = head.indexOf(" /");
    int angle = head.indexOf(" <");
    if (slash >= 0) {
      end = slash;
    }
    if (angle >= 0 && angle < end) {
      end = angle;
    }
    return head.substring(0, end).strip();
  }

  private static Pos pos(String head) {
    int open = head.lastIndexOf('<');
    int close = head.indexOf('>', open + 1);
    if (open < 0 || close < 0) {
      return Pos.N;
    }
    String code = head.substring(open + 1, close).split(",")[0].strip().toLowerCase(Locale.ROOT);
    return POS.getOrDefault(code, Pos.N);
  }

  /** The first translation of a sense: {@code (photographic) film, negative} gives {@code film}. */
  static String firstTranslation(String sense, Pos pos) {
    for (String candidate : split(sense)) {
      String s = candidate;
      if (s.indexOf('(') >= 0) {
        s = SPACES.matcher(PARENTHESES.matcher(s).replaceAll(" ")).replaceAll(" ");
      }
      s = s.strip();
      if (pos == Pos.V && s.startsWith("to ")) {
        s = s.substring(3).strip();
      }
      s = trimPunctuation(s);
      if (!s.isEmpty()) {
        return s;
      }
    }
    return "";
  }

  /** A sense line without its number: {@code 2. abandon} gives {@code abandon}. */
  private static String unnumbered(String line) {
    int k = 0;
    while (k < line.length() && Character.isDigit(line.charAt(k))) {
      k++;
    }
    if (k == 0 || k == line.length() || line.charAt(k) != '.') {
      return line;
    }
    return line.substring(k + 1).strip();
  }

  /** Drops stray punctuation at either end ({@code sea-} gives {@code sea}); quotes stay. */
  private static String trimPunctuation(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && strayPunctuation(s.charAt(start))) {
      start++;
    }
    while (end > start && strayPunctuation(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(start, end).strip();
  }

  private static boolean strayPunctuation(char c) {
    return c < 128 && !Character.isLetterOrDigit(c) && c != '\'' && c != '"' && c != ' ';
  }

  /** Splits at commas and semicolons outside parentheses. */
  private static List<String> split(String sense) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int k = 0; k < sense.length(); k++) {
      char c = sense.charAt(k);
      if (c == '(') {
        depth++;
      } else if (c == ')' && depth > 0) {
        depth--;
      } else if ((c == ',' || c == ';') && depth == 0) {
        parts.add(sense.substring(start, k));
        start = k + 1;
      }
    }
    parts.add(sense.substring(start));
    return parts;
  }
}
