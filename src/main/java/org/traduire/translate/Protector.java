package org.traduire.translate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.traduire.document.Range;

/**
 * Finds what must never be translated, whatever the backend: URLs, e-mail addresses, inline code
 * between backticks, file paths, {@code @handles}, version numbers ({@code v2.3.1}) and model
 * numbers ({@code H100}, {@code R1}, {@code GPT-4o}), text that already looks like a placeholder,
 * and whatever the user's patterns ({@code protect.patterns}) match. The ranges it finds go out as
 * placeholders and come back as they were.
 */
public final class Protector {
  /** The built-in finders and no pattern of the user's. */
  public static final Protector DEFAULT = new Protector(List.of());

  /** What separates the patterns of {@code protect.patterns}: two semicolons, which no ordinary regex holds. */
  public static final String SEPARATOR = ";;";

  private static final String PATH_CHARS = "[\\w.@%+~-]";

  /** One family of built-in finders, tried only on text holding a character it needs (most prose holds none). */
  private record Finder(Pattern pattern, String needs) {
    boolean worth(String text) {
      for (int i = 0; i < needs.length(); i++) {
        if (text.indexOf(needs.charAt(i)) >= 0) {
          return true;
        }
      }
      return needs.isEmpty();
    }
  }

  private static final List<Finder> BUILT_IN = List.of(
      new Finder(Pattern.compile("⟦\\d{1,9}⟧"), "⟦"),
      // URLs: a scheme, or www.; trailing punctuation is trimmed below
      new Finder(Pattern.compile("(?:https?|ftp|file)://[^\\s<>\"«»]+"
          + "|(?<![\\p{L}\\d.@/-])www\\.[\\p{L}\\d-]+(?:\\.[\\p{L}\\d-]+)+(?:/[^\\s<>\"«»]*)?"), ":w"),
      // e-mail addresses, before handles so that the @ of an address is not a handle
      new Finder(Pattern.compile("[\\p{L}\\d._%+-]+@[\\p{L}\\d-]+(?:\\.[\\p{L}\\d-]+)*\\.\\p{L}{2,}"
          + "|(?<![\\p{L}\\d._%+@/-])@[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_])?"), "@"),
      // inline code between backticks
      new Finder(Pattern.compile("(`+)[^`\\n]+?\\1"), "`"),
      // paths: Windows, then ~/ ./ ../, then absolute with two or more parts, then relative with an extension
      new Finder(Pattern.compile("(?<![\\p{L}\\d])[A-Za-z]:\\\\[^\\s<>\"|?*]+"), "\\"),
      new Finder(Pattern.compile("(?<![\\p{L}\\d/.~])(?:~|\\.\\.?)/" + PATH_CHARS + "+(?:/" + PATH_CHARS + "*)*"
          + "|(?<![\\p{L}\\d/.~])(?:/" + PATH_CHARS + "+){2,}/?"
          + "|(?<![\\p{L}\\d/])[\\w.-]+(?:/[\\w.-]+)+\\.[A-Za-z0-9]{1,8}(?![\\p{L}\\d])"), "/"),
      // a bare file name with a well-known extension
      new Finder(Pattern.compile("(?<![\\p{L}\\d./-])[\\w-]+(?:\\.[\\w-]+)*\\.(?:txt|md|markdown|json|ya?ml|toml|xml|html?|css|js|mjs|ts|tsx|jsx"
          + "|java|kt|py|rb|go|rs|cpp|hpp|cs|sh|bash|ps1|bat|ini|cfg|conf|properties|csv|tsv|log|pdf|docx?|xlsx?"
          + "|pptx?|odt|png|jpe?g|gif|svg|webp|zip|tar|gz|tgz|jar|exe|dll|sql|db|lock|gradle|ipynb)(?![\\p{L}\\d])"), "."),
      // versions: v2, v2.3, 2.3.1, 1.0.0-rc1
      new Finder(Pattern.compile("(?<![\\p{L}\\d.])v\\d+(?:\\.\\d+)*(?:[-+][0-9A-Za-z.]+)?(?![\\p{L}\\d])"
          + "|(?<![\\p{L}\\d.])\\d+(?:\\.\\d+){2,}(?:[-+][0-9A-Za-z.]+)?(?![\\p{L}\\d])"), "0123456789"));
  /** A word of letters and digits, maybe in parts joined by - or .: a model number when {@link #model} says so. */
  private static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\d])[\\p{L}\\d]+(?:[-.][\\p{L}\\d]+)*(?![\\p{L}\\d])");
  /** French ordinals, units and times are not model numbers: 1er, 2e, 3ème, 10h, 10h30, 5km, 8Go. */
  private static final Pattern NOT_MODEL = Pattern.compile("\\d+(?:\\p{Ll}+|Go|Mo|Ko|To|h\\d+)");
  private static final Pattern MIXED_PART = Pattern.compile("\\p{L}\\d|\\d\\p{L}");
  private static final Set<Character> TRAILING = Set.of('.', ',', ';', ':', '!', '?', '…', '\'', '’', '"', '»', ')', ']', '}');

  private final List<Pattern> patterns;

  private Protector(List<Pattern> patterns) {
    this.patterns = List.copyOf(patterns);
  }

  /**
   * The built-in finders and the patterns in {@code value}, separated by {@value #SEPARATOR}.
   *
   * @throws IllegalArgumentException naming {@code key} and the pattern when one is not a valid regex
   */
  public static Protector withPatterns(String key, String value) {
    List<Pattern> out = new ArrayList<>();
    for (String p : value.split(Pattern.quote(SEPARATOR))) {
      String regex = p.strip();
      if (regex.isEmpty()) {
        continue;
      }
      try {
        Pattern pattern = Pattern.compile(regex);
        if (pattern.matcher("").matches()) {
          throw new IllegalArgumentException(key + ": pattern '" + regex + "' matches empty text; it must match at least one character");
        }
        out.add(pattern);
      } catch (PatternSyntaxException e) {
        throw new IllegalArgumentException(key + ": '" + regex + "' is not a valid regular expression ("
            + e.getDescription() + (e.getIndex() >= 0 ? " at " + e.getIndex() : "") + ")");
      }
    }
    return out.isEmpty() ? DEFAULT : new Protector(out);
  }

  /** How many patterns of the user's it has. */
  public int patterns() {
    return patterns.size();
  }

  /** The ranges of {@code text} to protect, sorted and non-overlapping (overlapping finds are joined). */
  public List<Range> find(String text) {
    List<Range> found = new ArrayList<>();
    for (Finder f : BUILT_IN) {
      if (!f.worth(text)) {
        continue;
      }
      Matcher m = f.pattern().matcher(text);
      while (m.find()) {
        int end = trim(text, m.start(), m.end());
        if (end > m.start()) {
          found.add(new Range(m.start(), end));
        }
      }
    }
    if (hasDigit(text)) {
      Matcher w = WORD.matcher(text);
      while (w.find()) {
        if (model(w.group())) {
          found.add(new Range(w.start(), w.end()));
        }
      }
    }
    for (Pattern p : patterns) {
      Matcher u = p.matcher(text);
      while (u.find()) {
        if (u.end() > u.start()) {
          found.add(new Range(u.start(), u.end()));
        }
      }
    }
    return merge(found, List.of());
  }

  private static boolean hasDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A model or product number: letters and digits mixed (H100, R1, o1, A800, Qwen2.5-72B), or
   * capitals joined to a number (GPT-4o, COVID-19); not a French ordinal, unit or time (1er, 2e,
   * 10h30, 5km, 8Go), nor a lower-case word joined to a year (mi-2024).
   */
  static boolean model(String word) {
    boolean digit = false;
    boolean letter = false;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      digit |= Character.isDigit(c);
      letter |= Character.isLetter(c);
    }
    if (!digit || !letter || NOT_MODEL.matcher(word).matches()) {
      return false;
    }
    if (Character.isLowerCase(word.charAt(0))) {
      for (String part : word.split("[-.]")) {
        if (MIXED_PART.matcher(part).find() && !NOT_MODEL.matcher(part).matches()) {
          return true;
        }
      }
      return false;
    }
    return true;
  }

  /** The end of a URL or path without the punctuation that ends the sentence around it; a closing bracket stays when the span opened one. */
  private static int trim(String text, int start, int end) {
    if (text.charAt(start) == '`' || text.charAt(start) == '⟦') {
      return end;
    }
    while (end > start && TRAILING.contains(text.charAt(end - 1))) {
      char c = text.charAt(end - 1);
      if (c == ')' && count(text, start, end, '(') >= count(text, start, end, ')')) {
        break;
      }
      if (c == ']' && count(text, start, end, '[') >= count(text, start, end, ']')) {
        break;
      }
      end--;
    }
    return end;
  }

  private static int count(String text, int start, int end, char c) {
    int n = 0;
    for (int i = start; i < end; i++) {
      if (text.charAt(i) == c) {
        n++;
      }
    }
    return n;
  }

  /**
   * {@code a} and {@code b} together, sorted, overlapping ranges joined into one (so a URL found
   * inside a link target the parser already keeps is one span, not two that cross).
   */
  public static List<Range> merge(List<Range> a, List<Range> b) {
    List<Range> all = new ArrayList<>(a.size() + b.size());
    all.addAll(a);
    all.addAll(b);
    all.removeIf(r -> r.length() == 0);
    all.sort((x, y) -> x.start() != y.start() ? Integer.compare(x.start(), y.start()) : Integer.compare(y.end(), x.end()));
    List<Range> out = new ArrayList<>();
    for (Range r : all) {
      if (!out.isEmpty() && r.start() < out.get(out.size() - 1).end()) {
        Range last = out.remove(out.size() - 1);
        out.add(new Range(last.start(), Math.max(last.end(), r.end())));
      } else {
        out.add(r);
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return "Protector[" + patterns.size() + " patterns]".toLowerCase(Locale.ROOT);
  }
}
