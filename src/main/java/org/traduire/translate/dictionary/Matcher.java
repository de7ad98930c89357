package org.traduire.translate.dictionary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns tokens into units: the longest lexicon phrase starting at each word wins (a phrase's verb
 * may be conjugated, {@code ont mis en place} matches {@code mettre en place}), other words get
 * their readings from {@link FrenchMorphology}. Whitespace becomes the {@code before} of the next
 * unit. Capitalised words inside a sentence next to another unknown capitalised word are treated
 * as names.
 */
final class Matcher {
  private static final int MAX_PHRASE = 8;
  private static final String SENTENCE_END = ".!?…:«“\"([—–";

  private final Lexicon lexicon;
  private final FrenchMorphology morphology;
  /** Readings from extra dictionaries, for words {@link #morphology} does not know; may be null. */
  private final FrenchMorphology fallback;

  Matcher(Lexicon lexicon, FrenchMorphology morphology) {
    this(lexicon, morphology, null);
  }

  Matcher(Lexicon lexicon, FrenchMorphology morphology, FrenchMorphology fallback) {
    this.lexicon = lexicon;
    this.morphology = morphology;
    this.fallback = fallback;
  }

  /** The readings of a single word: the lexicon's, else the extra dictionaries'. */
  private List<Reading> analyse(String key) {
    List<Reading> readings = morphology.analyse(key);
    return readings.isEmpty() && fallback != null ? fallback.analyse(key) : readings;
  }

  /** The longest phrase found so far: its length in tokens, trie node and the forms of an inflected word in it. */
  private static final class Match {
    final int length;
    final Lexicon.Node node;
    final List<Form> forms = new ArrayList<>(2);
    final Pos via;
    /** The phrase ended on "du", "des", "au" or "aux" read as "de" or "à": English adds "the". */
    boolean contracted;

    Match(int length, Lexicon.Node node, Form form, Pos via) {
      this.length = length;
      this.node = node;
      this.via = via;
      if (form != null) {
        forms.add(form);
      }
    }

    List<Reading> readings() {
      List<Reading> out = new ArrayList<>();
      for (Entry e : node.entries) {
        if (!accepts(via, e.pos())) {
          continue;
        }
        if (forms.isEmpty()) {
          out.add(new Reading(e, e.pos() == Pos.V ? Form.INFINITIVE : Form.BASE));
        }
        for (Form f : forms) {
          out.add(new Reading(e, f));
        }
      }
      return out;
    }
  }

  /** Spellings a phrase in the lexicon may have in running text: elided, contracted, reflexive. */
  private static final Map<String, String[]> ALTERNATES = Map.ofEntries(
      Map.entry("d'", new String[] {"de"}), Map.entry("de", new String[] {"d'"}),
      Map.entry("qu'", new String[] {"que"}), Map.entry("que", new String[] {"qu'"}),
      Map.entry("l'", new String[] {"le", "la"}), Map.entry("le", new String[] {"l'"}),
      Map.entry("la", new String[] {"l'"}), Map.entry("s'", new String[] {"se"}),
      Map.entry("se", new String[] {"s'"}), Map.entry("me", new String[] {"se", "s'"}),
      Map.entry("m'", new String[] {"se", "s'"}), Map.entry("te", new String[] {"se", "s'"}),
      Map.entry("t'", new String[] {"se", "s'"}), Map.entry("nous", new String[] {"se", "s'"}),
      Map.entry("vous", new String[] {"se", "s'"}), Map.entry("du", new String[] {"de"}),
      Map.entry("des", new String[] {"de"}), Map.entry("au", new String[] {"à"}),
      Map.entry("aux", new String[] {"à"}), Map.entry("n'", new String[] {"ne"}),
      Map.entry("c'", new String[] {"ce"}), Map.entry("j'", new String[] {"je"}),
      Map.entry("lorsqu'", new String[] {"lorsque"}), Map.entry("puisqu'", new String[] {"puisque"}),
      Map.entry("jusqu'", new String[] {"jusque"}));

  List<Unit> units(List<Token> tokens) {
    boolean upperContext = upperContext(tokens);
    List<Unit> units = new ArrayList<>();
    StringBuilder space = new StringBuilder();
    boolean sentenceStart = true;
    int i = 0;
    while (i < tokens.size()) {
      Token t = tokens.get(i);
      if (t.kind() == Token.Kind.SPACE) {
        space.append(t.text());
        if (t.text().indexOf('\n') >= 0) {
          sentenceStart = true;
        }
        i++;
        continue;
      }
      String before = space.toString();
      space.setLength(0);
      if (t.kind() == Token.Kind.PLACEHOLDER && !glued(tokens, i, before)) {
        // A protected span standing alone (a model number, a URL, inline code) stands where a
        // name would: an unknown word to the rules, so word order and possessives work around it.
        units.add(new Unit(Unit.Kind.WORD, t.text(), before, List.of()));
        sentenceStart = false;
        i++;
        continue;
      }
      if (t.kind() != Token.Kind.WORD) {
        units.add(new Unit(kind(t.kind()), t.text(), before, List.of()));
        sentenceStart = t.kind() == Token.Kind.PUNCT && SENTENCE_END.contains(t.text())
            || sentenceStart && t.kind() == Token.Kind.PUNCT && !t.text().equals(",");
        i++;
        continue;
      }
      Shape shape = Shape.of(t.text());
      int[] idx = following(tokens, i);
      Match m = shape == Shape.MIXED ? null : longest(tokens, idx);
      Unit unit;
      if (m != null) {
        int last = idx[m.length - 1];
        StringBuilder src = new StringBuilder();
        for (int k = i; k <= last; k++) {
          src.append(tokens.get(k).text());
        }
        unit = new Unit(Unit.Kind.WORD, src.toString(), before, m.readings());
        if (m.contracted) {
          unit.suffix = " the";
        }
        i = last + 1;
      } else {
        List<Reading> readings = shape == Shape.MIXED ? List.of() : analyse(t.key());
        readings = filterByCase(readings, t.text(), shape, sentenceStart, upperContext, units, tokens, i);
        unit = new Unit(Unit.Kind.WORD, t.text(), before, readings);
        i++;
      }
      unit.capital = sentenceStart && shape == Shape.CAPITAL;
      unit.upper = shape == Shape.UPPER && (unit.reading == null || !unit.reading.entry().capitalised());
      units.add(unit);
      sentenceStart = false;
    }
    if (space.length() > 0) {
      Unit end = new Unit(Unit.Kind.PUNCT, "", space.toString(), List.of());
      units.add(end);
    }
    return units;
  }

  /**
   * A placeholder written against a word or another placeholder, as inline markup is ({@code
   * <abbr>GPU</abbr>} sends {@code ⟦0⟧GPU⟦1⟧}): it belongs to its neighbour and stays out of the
   * rules' way.
   */
  private static boolean glued(List<Token> tokens, int i, String before) {
    return i + 1 < tokens.size() && sticks(tokens.get(i + 1).kind())
        || before.isEmpty() && i > 0 && sticks(tokens.get(i - 1).kind());
  }

  /** A word, or another placeholder: {@code <em>R1</em>} sends three tokens in a row, one piece. */
  private static boolean sticks(Token.Kind k) {
    return k == Token.Kind.WORD || k == Token.Kind.PLACEHOLDER;
  }

  private static Unit.Kind kind(Token.Kind k) {
    switch (k) {
      case NUMBER: return Unit.Kind.NUMBER;
      case PLACEHOLDER: return Unit.Kind.PLACEHOLDER;
      default: return Unit.Kind.PUNCT;
    }
  }

  private static boolean upperContext(List<Token> tokens) {
    int letters = 0;
    int upper = 0;
    for (Token t : tokens) {
      if (t.kind() == Token.Kind.WORD) {
        for (int k = 0; k < t.text().length(); k++) {
          char c = t.text().charAt(k);
          if (Character.isLetter(c)) {
            letters++;
            if (Character.isUpperCase(c)) {
              upper++;
            }
          }
        }
      }
    }
    return letters >= 12 && upper * 10 >= letters * 8;
  }

  /** Indexes of the next non-space tokens from {@code i}, stopping at numbers, placeholders and line breaks. */
  private static int[] following(List<Token> tokens, int i) {
    int[] idx = new int[MAX_PHRASE];
    int n = 0;
    for (int k = i; k < tokens.size() && n < MAX_PHRASE; k++) {
      Token t = tokens.get(k);
      if (t.kind() == Token.Kind.SPACE) {
        if (t.text().indexOf('\n') >= 0) {
          break;
        }
        continue;
      }
      if (t.kind() != Token.Kind.WORD && t.kind() != Token.Kind.PUNCT) {
        break;
      }
      idx[n++] = k;
    }
    return java.util.Arrays.copyOf(idx, n);
  }

  private Match longest(List<Token> tokens, int[] idx) {
    Match[] best = new Match[1];
    walk(lexicon.root(), tokens, idx, 0, null, null, best);
    return best[0];
  }

  private void walk(Lexicon.Node node, List<Token> tokens, int[] idx, int depth, Form form, Pos via, Match[] best) {
    if (depth >= idx.length || node.next.isEmpty()) {
      return;
    }
    Token t = tokens.get(idx[depth]);
    String key = t.key();
    Lexicon.Node child = node.child(key);
    if (child != null) {
      step(child, tokens, idx, depth, form, via, best);
    }
    if (t.kind() != Token.Kind.WORD) {
      return;
    }
    String[] alternates = ALTERNATES.get(key);
    if (alternates != null) {
      for (String alt : alternates) {
        Lexicon.Node c = node.child(alt);
        if (c != null) {
          step(c, tokens, idx, depth, form, via, best);
        }
      }
    }
    if (via != null || depth == 0 && alternates != null) {
      return;
    }
    for (Reading r : morphology.analyse(key)) {
      String lemma = Tokenizer.normalise(r.entry().french());
      if (lemma.equals(key) || r.pos() != Pos.V && r.pos() != Pos.N && r.pos() != Pos.ADJ) {
        continue;
      }
      Lexicon.Node c = node.child(lemma);
      if (c != null) {
        step(c, tokens, idx, depth, r.form(), r.pos(), best);
      }
    }
  }

  private void step(Lexicon.Node child, List<Token> tokens, int[] idx, int depth, Form form, Pos via, Match[] best) {
    int length = depth + 1;
    if (length >= 2 && hasEntries(child, via)) {
      Match b = best[0];
      if (b == null || b.length < length) {
        best[0] = new Match(length, child, form, via);
        String key = tokens.get(idx[depth]).key();
        best[0].contracted = CONTRACTIONS.contains(key) && !key.equals(child.viaKey);
      } else if (b.length == length && b.node == child && b.via == via && form != null && !b.forms.contains(form)) {
        b.forms.add(form);
      }
    }
    walk(child, tokens, idx, depth + 1, form, via, best);
  }

  private static final java.util.Set<String> CONTRACTIONS = java.util.Set.of("du", "des", "au", "aux");

  private static boolean hasEntries(Lexicon.Node node, Pos via) {
    for (Entry e : node.entries) {
      if (accepts(via, e.pos())) {
        return true;
      }
    }
    return false;
  }

  /** A phrase reached through an inflected word: a verb form leads to verb phrases, a noun or adjective to noun phrases. */
  private static boolean accepts(Pos via, Pos entry) {
    if (via == null || via == entry) {
      return true;
    }
    return (via == Pos.N || via == Pos.ADJ) && (entry == Pos.N || entry == Pos.ADJ)
        || via == Pos.V && entry == Pos.ADJ;
  }

  private List<Reading> filterByCase(List<Reading> readings, String text, Shape shape, boolean sentenceStart,
      boolean upperContext, List<Unit> units, List<Token> tokens, int i) {
    if (readings.isEmpty() || shape == Shape.LOWER) {
      return readings;
    }
    boolean namesOnly;
    if (shape == Shape.UPPER) {
      namesOnly = !upperContext && text.length() <= 3;
    } else {
      namesOnly = !sentenceStart && (unknownCapitalBefore(units) || unknownCapitalAfter(tokens, i));
    }
    if (!namesOnly) {
      return readings;
    }
    List<Reading> out = new ArrayList<>();
    for (Reading r : readings) {
      if (r.entry().capitalised()) {
        out.add(r);
      }
    }
    return out;
  }

  private static boolean unknownCapitalBefore(List<Unit> units) {
    if (units.isEmpty()) {
      return false;
    }
    Unit prev = units.get(units.size() - 1);
    return prev.word() && prev.reading == null && prev.before.length() > 0
        && Character.isUpperCase(prev.source.charAt(0));
  }

  private boolean unknownCapitalAfter(List<Token> tokens, int i) {
    if (i + 2 >= tokens.size() || tokens.get(i + 1).kind() != Token.Kind.SPACE) {
      return false;
    }
    Token next = tokens.get(i + 2);
    if (next.kind() != Token.Kind.WORD || !Character.isUpperCase(next.text().charAt(0))) {
      return false;
    }
    Shape s = Shape.of(next.text());
    return s == Shape.MIXED || analyse(next.key()).isEmpty();
  }

  /** The case pattern of a word. */
  enum Shape {
    LOWER,
    CAPITAL,
    UPPER,
    MIXED;

    static Shape of(String w) {
      int letters = 0;
      int upper = 0;
      boolean firstUpper = false;
      boolean restLower = true;
      for (int k = 0; k < w.length(); k++) {
        char c = w.charAt(k);
        if (!Character.isLetter(c)) {
          continue;
        }
        boolean u = Character.isUpperCase(c);
        if (letters == 0) {
          firstUpper = u;
        } else if (u) {
          restLower = false;
        }
        letters++;
        if (u) {
          upper++;
        }
      }
      if (upper == 0) {
        return LOWER;
      }
      if (upper == letters && letters > 1) {
        return UPPER;
      }
      if (firstUpper && restLower) {
        return CAPITAL;
      }
      return MIXED;
    }
  }

  static String capitalise(String s) {
    if (s.isEmpty()) {
      return s;
    }
    int cp = s.codePointAt(0);
    return new String(Character.toChars(Character.toUpperCase(cp))) + s.substring(Character.charCount(cp));
  }

  static String upper(String s) {
    return s.toUpperCase(Locale.ROOT);
  }
}
