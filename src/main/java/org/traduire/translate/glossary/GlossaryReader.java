package org.traduire.translate.glossary;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a glossary file: one term a line, {@code french<TAB>english} (TSV) or {@code
 * french,english} (CSV, with double quotes around a field that holds a comma or a quote, and
 * {@code ""} for a quote inside one). The format is the extension's ({@code .tsv}, {@code .tab},
 * {@code .txt}: TSV; {@code .csv}: CSV), else the first term line's: a tab makes it TSV. Two more
 * columns are optional, in either order: the case ({@code exact} or {@code ignore}, the default)
 * and a part of speech ({@code n}, {@code v}, {@code adj}, {@code adv}, {@code prop}…). A line
 * starting with {@code #} is a comment; a first line {@code french<TAB>english…} is a header.
 */
final class GlossaryReader {
  /** The dictionary's part-of-speech codes, and the words people write for the common ones. */
  private static final Set<String> CODES =
      Set.of("n", "v", "adj", "adv", "prep", "det", "pron", "conj", "phr", "num", "intj", "prop");
  private static final Map<String, String> ALIASES = Map.of(
      "noun", "n", "verb", "v", "adjective", "adj", "adverb", "adv", "name", "prop", "proper", "prop",
      "phrase", "phr");
  private static final Set<String> CASES = Set.of("exact", "ignore");

  private GlossaryReader() {}

  static List<Term> read(Path file) throws GlossaryException {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new GlossaryException(file + ": glossary not found", e);
    } catch (CharacterCodingException e) {
      throw new GlossaryException(file + ": glossary is not UTF-8 text", e);
    } catch (IOException e) {
      throw new GlossaryException(file + ": cannot read the glossary: " + e.getMessage(), e);
    }
    return parse(file.toString(), text, format(file));
  }

  /** TSV or CSV from the extension; null when the extension does not tell. */
  private static Boolean format(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".csv")) {
      return Boolean.FALSE;
    }
    if (name.endsWith(".tsv") || name.endsWith(".tab") || name.endsWith(".txt")) {
      return Boolean.TRUE;
    }
    return null;
  }

  /**
   * The terms of {@code text}, read as TSV when {@code tsv} is true, CSV when false, and as its
   * first term line says when null.
   */
  static List<Term> parse(String name, String text, Boolean tsv) throws GlossaryException {
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<Term> terms = new ArrayList<>();
    List<String> lines = text.lines().toList();
    boolean first = true;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.stripLeading().startsWith("#")) {
        continue;
      }
      String where = name + ":" + (i + 1);
      if (tsv == null) {
        tsv = line.indexOf('\t') >= 0;
      }
      try {
        List<String> cols = tsv ? List.of(line.split("\t", -1)) : csv(line);
        if (first && header(cols)) {
          first = false;
          continue;
        }
        first = false;
        terms.add(term(cols, where, tsv));
      } catch (IllegalArgumentException e) {
        throw new GlossaryException(where + ": " + e.getMessage());
      }
    }
    return terms;
  }

  private static boolean header(List<String> cols) {
    if (cols.size() < 2) {
      return false;
    }
    String a = cols.get(0).strip().toLowerCase(Locale.ROOT);
    String b = cols.get(1).strip().toLowerCase(Locale.ROOT);
    return (a.equals("french") || a.equals("fr") || a.equals("source"))
        && (b.equals("english") || b.equals("en") || b.equals("target"));
  }

  private static Term term(List<String> cols, String where, boolean tsv) {
    String sep = tsv ? "<TAB>" : ",";
    if (cols.size() < 2 || cols.size() > 4) {
      throw new IllegalArgumentException("expected french" + sep + "english[" + sep + "case][" + sep + "pos], found "
          + cols.size() + (cols.size() == 1 ? " column" : " columns"));
    }
    String french = cols.get(0).strip().replaceAll("\\s+", " ");
    String english = cols.get(1).strip().replaceAll("\\s+", " ");
    if (french.isEmpty() || english.isEmpty()) {
      throw new IllegalArgumentException("empty " + (french.isEmpty() ? "French" : "English") + " column");
    }
    if (french.indexOf('⟦') >= 0 || english.indexOf('⟦') >= 0) {
      throw new IllegalArgumentException("⟦ is reserved for placeholders");
    }
    String caseMode = null;
    String pos = null;
    for (int c = 2; c < cols.size(); c++) {
      String v = cols.get(c).strip().toLowerCase(Locale.ROOT);
      if (v.isEmpty()) {
        continue;
      }
      if (CASES.contains(v) && caseMode == null) {
        caseMode = v;
      } else if ((CODES.contains(v) || ALIASES.containsKey(v)) && pos == null) {
        pos = ALIASES.getOrDefault(v, v);
      } else {
        throw new IllegalArgumentException("column " + (c + 1) + " \"" + cols.get(c).strip()
            + "\" is neither a case (exact, ignore) nor a part of speech (n, v, adj, adv, prop, …)");
      }
    }
    return new Term(french, english, "exact".equals(caseMode), pos == null ? "" : pos, where);
  }

  /** The fields of one CSV line: commas separate, double quotes enclose, {@code ""} is a quote. */
  static List<String> csv(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int i = 0;
    int n = line.length();
    while (true) {
      while (i < n && line.charAt(i) == ' ') {
        i++;
      }
      if (i < n && line.charAt(i) == '"') {
        i++;
        while (true) {
          if (i >= n) {
            throw new IllegalArgumentException("a quoted field is not closed");
          }
          char c = line.charAt(i++);
          if (c == '"') {
            if (i < n && line.charAt(i) == '"') {
              field.append('"');
              i++;
            } else {
              break;
            }
          } else {
            field.append(c);
          }
        }
        while (i < n && line.charAt(i) == ' ') {
          i++;
        }
        if (i < n && line.charAt(i) != ',') {
          throw new IllegalArgumentException("text after a closing quote: " + line.substring(i));
        }
      } else {
        while (i < n && line.charAt(i) != ',') {
          char c = line.charAt(i++);
          if (c == '"') {
            throw new IllegalArgumentException("a quote inside an unquoted field (enclose the field in quotes and double the quote)");
          }
          field.append(c);
        }
      }
      out.add(field.toString());
      field.setLength(0);
      if (i >= n) {
        return out;
      }
      i++; // the comma
    }
  }
}
