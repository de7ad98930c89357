package org.traduire.translate.glossary;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The user's glossary ({@code --glossary}, {@code glossary.file}): terms every backend must
 * translate as written, and the matcher that finds them in a text. When the same French is given
 * twice, the first line wins.
 */
public final class Glossary {
  /** No terms: the default. */
  public static final Glossary NONE = new Glossary(List.of(), List.of());

  private final List<Term> terms;
  private final List<Path> files;
  private final Map<Character, List<Term>> byFirst = new HashMap<>();

  private Glossary(List<Term> terms, List<Path> files) {
    this.terms = List.copyOf(terms);
    this.files = List.copyOf(files);
    List<Term> longestFirst = new ArrayList<>(this.terms);
    longestFirst.sort((a, b) -> Integer.compare(b.french().length(), a.french().length()));
    for (Term t : longestFirst) {
      byFirst.computeIfAbsent(TermMatcher.fold(t.french().charAt(0)), k -> new ArrayList<>()).add(t);
    }
  }

  /** These terms, the first of each French text kept. */
  public static Glossary of(List<Term> terms) {
    return of(terms, List.of());
  }

  private static Glossary of(List<Term> terms, List<Path> files) {
    Map<String, Term> unique = new LinkedHashMap<>();
    for (Term t : terms) {
      unique.putIfAbsent(t.french(), t);
    }
    return unique.isEmpty() && files.isEmpty() ? NONE : new Glossary(List.copyOf(unique.values()), files);
  }

  /**
   * Reads the glossary files in order, now, so that a missing or malformed one stops the run
   * before anything is sent.
   *
   * @throws GlossaryException naming the file and line
   */
  public static Glossary read(List<Path> files) throws GlossaryException {
    List<Term> all = new ArrayList<>();
    for (Path f : files) {
      all.addAll(GlossaryReader.read(f));
    }
    return of(all, files);
  }

  /** The glossary files named in {@code value}, separated by commas (as {@code glossary.file} and repeated {@code --glossary} give them). */
  public static List<Path> paths(String value) {
    List<Path> out = new ArrayList<>();
    for (String p : value.split(",")) {
      if (!p.isBlank()) {
        out.add(Path.of(p.strip()));
      }
    }
    return out;
  }

  public List<Term> terms() {
    return terms;
  }

  public List<Path> files() {
    return files;
  }

  public boolean isEmpty() {
    return terms.isEmpty();
  }

  /** Terms whose French starts with a character that folds to {@code first}, longest first. */
  List<Term> startingWith(char first) {
    return byFirst.getOrDefault(first, List.of());
  }

  /** Every term in {@code text}, longest match first, left to right, none overlapping. */
  public List<TermMatcher.Match> find(String text) {
    return TermMatcher.find(this, text);
  }

  /** The terms that occur in any of {@code texts}, in glossary order, each once. */
  public List<Term> occurring(List<String> texts) {
    java.util.Set<Term> seen = new java.util.HashSet<>();
    for (String t : texts) {
      for (TermMatcher.Match m : find(t)) {
        seen.add(m.term());
      }
    }
    return terms.stream().filter(seen::contains).toList();
  }

  /** The entries as TSV, {@code french<TAB>english} a line, as DeepL takes them. */
  public String tsv() {
    StringBuilder sb = new StringBuilder();
    for (Term t : terms) {
      sb.append(t.french()).append('\t').append(t.english()).append('\n');
    }
    return sb.toString();
  }

  /**
   * SHA-256 of the entries (French, English, case), hex: the same terms give the same digest
   * whatever the comments, order of columns or file format, and any change to a term changes it.
   */
  public String sha256() {
    StringBuilder sb = new StringBuilder();
    for (Term t : terms) {
      sb.append(t.french()).append('\t').append(t.english()).append('\t').append(t.exact() ? "exact" : "").append('\n');
    }
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  /** "3 terms from g.tsv", for notes. */
  public String describe() {
    String names = String.join(", ", files.stream().map(Path::toString).toList());
    return terms.size() + (terms.size() == 1 ? " term" : " terms") + (names.isEmpty() ? "" : " from " + names);
  }

  @Override
  public String toString() {
    return "Glossary[" + describe().toLowerCase(Locale.ROOT) + "]";
  }
}
