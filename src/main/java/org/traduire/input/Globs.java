package org.traduire.input;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The {@code --include}/{@code --exclude} patterns, matched against a path relative to the input
 * folder with {@code /} between names. {@code *} matches within one name, {@code **} across
 * folders ({@code **}{@code /} also matches no folder at all, so {@code **}{@code /*.md} takes
 * {@code a.md}), {@code ?} one character, {@code [abc]} and {@code [!abc]} one of a set, {@code
 * {md,txt}} one of several. A pattern without a {@code /} matches a name at any depth, as in
 * {@code .gitignore}: {@code drafts} is every folder or file called {@code drafts}.
 */
public final class Globs {
  /** No pattern: matches nothing. */
  public static final Globs NONE = new Globs(List.of());

  private final List<Glob> globs;

  private record Glob(String text, Pattern pattern, boolean anywhere, boolean namesHidden) {
    boolean matches(String relative) {
      String subject = anywhere ? relative.substring(relative.lastIndexOf('/') + 1) : relative;
      return pattern.matcher(subject).matches();
    }
  }

  private Globs(List<Glob> globs) {
    this.globs = List.copyOf(globs);
  }

  /**
   * The patterns, compiled.
   *
   * @throws IllegalArgumentException naming the pattern when one is malformed (an unclosed bracket
   *     or brace)
   */
  public static Globs of(List<String> patterns) {
    List<Glob> globs = new ArrayList<>();
    for (String p : patterns) {
      String text = p.startsWith("./") ? p.substring(2) : p;
      boolean namesHidden = false;
      for (String name : text.split("/")) {
        namesHidden |= name.startsWith(".") && !name.equals(".") && !name.equals("..");
      }
      globs.add(new Glob(p, Pattern.compile(regex(text, p)), text.indexOf('/') < 0, namesHidden));
    }
    return new Globs(globs);
  }

  public boolean isEmpty() {
    return globs.isEmpty();
  }

  /** Whether any pattern matches {@code relative}. */
  public boolean matches(String relative) {
    return globs.stream().anyMatch(g -> g.matches(relative));
  }

  /**
   * Whether a pattern that names a hidden file or folder (a name starting with a dot, such as
   * {@code .drafts/**}) matches {@code relative}: hidden files are taken only then.
   */
  public boolean matchesHidden(String relative) {
    return globs.stream().anyMatch(g -> g.namesHidden && g.matches(relative));
  }

  /** Whether any pattern names a hidden file or folder, so hidden folders must be looked into. */
  public boolean namesHidden() {
    return globs.stream().anyMatch(Glob::namesHidden);
  }

  @Override
  public String toString() {
    return String.join(" ", globs.stream().map(Glob::text).toList());
  }

  private static String regex(String glob, String original) {
    StringBuilder re = new StringBuilder();
    int braces = 0;
    int n = glob.length();
    for (int i = 0; i < n; i++) {
      char c = glob.charAt(i);
      switch (c) {
        case '*' -> {
          if (i + 1 < n && glob.charAt(i + 1) == '*') {
            boolean slash = i + 2 < n && glob.charAt(i + 2) == '/';
            boolean atStart = i == 0 || glob.charAt(i - 1) == '/';
            if (slash && atStart) {
              re.append("(?:.*/)?");
              i += 2;
            } else {
              re.append(".*");
              i++;
            }
          } else {
            re.append("[^/]*");
          }
        }
        case '?' -> re.append("[^/]");
        case '[' -> {
          int close = glob.indexOf(']', i + 2);
          if (close < 0) {
            throw new IllegalArgumentException("pattern '" + original + "' has a [ without its ]");
          }
          String set = glob.substring(i + 1, close);
          boolean negated = set.startsWith("!") || set.startsWith("^");
          re.append('[').append(negated ? "^/" : "");
          for (char s : (negated ? set.substring(1) : set).toCharArray()) {
            re.append(s == '\\' || s == '[' || s == ']' || s == '&' || s == '^' ? "\\" + s : String.valueOf(s));
          }
          re.append(']');
          i = close;
        }
        case '{' -> {
          braces++;
          re.append("(?:");
        }
        case '}' -> {
          if (braces == 0) {
            re.append("\\}");
          } else {
            braces--;
            re.append(')');
          }
        }
        case ',' -> re.append(braces > 0 ? "|" : ",");
        case '\\' -> {
          if (i + 1 < n) {
            re.append(Pattern.quote(String.valueOf(glob.charAt(++i))));
          }
        }
        default -> re.append(Character.isLetterOrDigit(c) || c == '/' ? String.valueOf(c) : "\\" + c);
      }
    }
    if (braces > 0) {
      throw new IllegalArgumentException("pattern '" + original + "' has a { without its }");
    }
    return re.toString();
  }
}
