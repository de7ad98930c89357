package org.traduire.translate.dictionary;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * English inflection: noun plurals and verb phrases for a tense, person and negation. A
 * multi-word English lemma ({@code set up}, {@code take part in}) is inflected on its first word,
 * a noun phrase on its head ({@code chief executive}, {@code state of the art}).
 */
final class Inflector {
  static final String RESOURCE = "english-verbs.tsv";

  private static final Map<String, String> PLURALS = Map.ofEntries(
      Map.entry("man", "men"), Map.entry("woman", "women"), Map.entry("child", "children"),
      Map.entry("person", "people"), Map.entry("foot", "feet"), Map.entry("tooth", "teeth"),
      Map.entry("mouse", "mice"), Map.entry("analysis", "analyses"), Map.entry("crisis", "crises"),
      Map.entry("thesis", "theses"), Map.entry("hypothesis", "hypotheses"),
      Map.entry("basis", "bases"), Map.entry("criterion", "criteria"),
      Map.entry("phenomenon", "phenomena"), Map.entry("medium", "media"),
      Map.entry("life", "lives"), Map.entry("wife", "wives"), Map.entry("knife", "knives"),
      Map.entry("leaf", "leaves"), Map.entry("half", "halves"), Map.entry("shelf", "shelves"),
      Map.entry("wolf", "wolves"), Map.entry("thief", "thieves"), Map.entry("hero", "heroes"),
      Map.entry("potato", "potatoes"), Map.entry("tomato", "tomatoes"), Map.entry("veto", "vetoes"),
      Map.entry("index", "indices"), Map.entry("appendix", "appendices"),
      Map.entry("goose", "geese"), Map.entry("ox", "oxen"), Map.entry("bus", "buses"));

  private static final Set<String> INVARIABLE = Set.of("information", "research", "news",
      "equipment", "software", "hardware", "advice", "furniture", "evidence", "progress",
      "knowledge", "traffic", "luggage", "staff", "data", "feedback", "sheep", "fish", "series",
      "species", "aircraft", "means", "headquarters", "people", "police", "livestock", "clothing",
      "electricity", "health", "weather", "welfare", "homework", "infrastructure", "spacecraft",
      "offspring", "deer", "media", "personnel", "machinery", "money", "jewellery", "mail",
      "cattle", "economics", "physics", "mathematics", "politics", "statistics", "ethics",
      "chaos", "safety", "security", "intelligence");

  private static final Set<String> DOUBLING = Set.of("commit", "occur", "refer", "prefer",
      "admit", "permit", "control", "regret", "submit", "transfer", "omit", "equip", "compel",
      "propel", "expel", "patrol", "incur", "deter", "rebel", "acquit", "confer", "defer",
      "infer", "emit", "transmit", "recur", "forbid", "outstrip", "kidnap", "worship");

  private final Map<String, String[]> irregular = new HashMap<>(256);

  static Inflector load() {
    Inflector inflector = new Inflector();
    try (InputStream in = Inflector.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          String[] cols = line.split("\t");
          inflector.irregular.put(cols[0], new String[] {cols[1], cols[2]});
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return inflector;
  }

  /** The irregular verbs' past and participle forms ("went", "gone"). */
  java.util.stream.Stream<String> irregularForms() {
    return irregular.values().stream().flatMap(java.util.Arrays::stream);
  }

  // ---- nouns

  String plural(String noun) {
    if (noun.isEmpty()) {
      return noun;
    }
    int of = noun.indexOf(" of ");
    if (of > 0) {
      return plural(noun.substring(0, of)) + noun.substring(of);
    }
    int space = noun.lastIndexOf(' ');
    String head = noun.substring(space + 1);
    return noun.substring(0, space + 1) + pluralWord(head);
  }

  private String pluralWord(String w) {
    String lower = w.toLowerCase(java.util.Locale.ROOT);
    if (INVARIABLE.contains(lower) || lower.endsWith("ware") || !Character.isLetter(w.charAt(w.length() - 1))) {
      return w;
    }
    String irr = PLURALS.get(lower);
    if (irr != null) {
      return Character.isUpperCase(w.charAt(0)) ? Character.toUpperCase(irr.charAt(0)) + irr.substring(1) : irr;
    }
    if (w.length() > 1 && w.equals(w.toUpperCase(java.util.Locale.ROOT))) {
      return w + "s";
    }
    return suffixS(w);
  }

  /** Adds -s, -es or -ies the way both plurals and third-person verbs do. */
  private static String suffixS(String w) {
    if (w.endsWith("s") || w.endsWith("x") || w.endsWith("z") || w.endsWith("ch") || w.endsWith("sh")) {
      return w + "es";
    }
    if (w.endsWith("y") && w.length() > 1 && !vowel(w.charAt(w.length() - 2))) {
      return w.substring(0, w.length() - 1) + "ies";
    }
    return w + "s";
  }

  private static boolean vowel(char c) {
    return "aeiou".indexOf(c) >= 0;
  }

  // ---- adjectives

  private static final Map<String, String[]> DEGREES = Map.of("good", new String[] {"better", "best"},
      "bad", new String[] {"worse", "worst"}, "far", new String[] {"further", "furthest"},
      "little", new String[] {"less", "least"}, "many", new String[] {"more", "most"},
      "much", new String[] {"more", "most"}, "well", new String[] {"better", "best"});

  /** "big" → "bigger", "easy" → "easier", "powerful" → "more powerful". */
  String comparative(String adjective) {
    return degree(adjective, 0, "er", "more ");
  }

  /** "big" → "biggest", "powerful" → "most powerful". */
  String superlative(String adjective) {
    return degree(adjective, 1, "est", "most ");
  }

  private String degree(String a, int which, String suffix, String periphrasis) {
    String[] irregular = DEGREES.get(a);
    if (irregular != null) {
      return irregular[which];
    }
    if (!shortAdjective(a)) {
      return periphrasis + a;
    }
    if (a.endsWith("e")) {
      return a + suffix.substring(1);
    }
    if (a.endsWith("y")) {
      return a.substring(0, a.length() - 1) + "i" + suffix;
    }
    return (doubles(a) && !a.endsWith("w") ? a + a.charAt(a.length() - 1) : a) + suffix;
  }

  private static boolean shortAdjective(String a) {
    if (a.indexOf(' ') >= 0 || a.indexOf('-') >= 0 || a.length() > 7 || Character.isUpperCase(a.charAt(0))) {
      return false;
    }
    int groups = 0;
    boolean inVowel = false;
    for (int i = 0; i < a.length(); i++) {
      boolean v = vowel(a.charAt(i)) || a.charAt(i) == 'y' && i > 0;
      if (v && !inVowel) {
        groups++;
      }
      inVowel = v;
    }
    return groups == 1 || groups == 2 && a.endsWith("y") || a.endsWith("ow") || a.endsWith("le") && groups == 2;
  }

  // ---- verbs

  String third(String base) {
    switch (base) {
      case "be": return "is";
      case "have": return "has";
      case "do": return "does";
      case "go": return "goes";
      case "can": case "must": case "should": case "will": case "may": return base;
      default: return suffixS(base);
    }
  }

  String past(String base) {
    String[] irr = irregular.get(base);
    return irr != null ? irr[0] : ed(base);
  }

  String participle(String base) {
    String[] irr = irregular.get(base);
    return irr != null ? irr[1] : ed(base);
  }

  String ing(String base) {
    if (base.equals("be") || base.equals("see") || base.endsWith("ee") || base.endsWith("ye")
        || base.endsWith("oe")) {
      return base + "ing";
    }
    if (base.endsWith("ie")) {
      return base.substring(0, base.length() - 2) + "ying";
    }
    if (base.endsWith("e") && base.length() > 2) {
      return base.substring(0, base.length() - 1) + "ing";
    }
    return (doubles(base) ? base + base.charAt(base.length() - 1) : base) + "ing";
  }

  private static String ed(String base) {
    if (base.endsWith("e")) {
      return base + "d";
    }
    if (base.endsWith("y") && base.length() > 1 && !vowel(base.charAt(base.length() - 2))) {
      return base.substring(0, base.length() - 1) + "ied";
    }
    return (doubles(base) ? base + base.charAt(base.length() - 1) : base) + "ed";
  }

  /** Stop → stopped, plan → planned: one short vowel before a final consonant, or a listed verb. */
  private static boolean doubles(String w) {
    if (DOUBLING.contains(w)) {
      return true;
    }
    int n = w.length();
    if (n < 3 || n > 5) {
      return false;
    }
    char last = w.charAt(n - 1);
    if (vowel(last) || "wxy".indexOf(last) >= 0 || !vowel(w.charAt(n - 2)) || vowel(w.charAt(n - 3))) {
      return false;
    }
    int groups = 0;
    boolean inVowel = false;
    for (int i = 0; i < n; i++) {
      boolean v = vowel(w.charAt(i));
      if (v && !inVowel) {
        groups++;
      }
      inVowel = v;
    }
    return groups == 1;
  }

  /** The English verb phrase for {@code lemma} in this form, e.g. "does not develop", "will set up". */
  String verb(String lemma, Form form, Negation neg) {
    if (lemma.isEmpty()) {
      return lemma;
    }
    int space = lemma.indexOf(' ');
    String head = space < 0 ? lemma : lemma.substring(0, space);
    String rest = space < 0 ? "" : lemma.substring(space);
    if (head.equals("can") || head.equals("must")) {
      return modal(head, rest, form, neg);
    }
    String n = neg == Negation.NONE ? "" : " " + neg.word;
    boolean not = neg == Negation.NOT;
    switch (form.tense()) {
      case PRESENT:
      case SUBJUNCTIVE:
        return present(head, form, neg) + rest;
      case IMPERATIVE:
        return (not ? "do not " : neg == Negation.NONE ? "" : neg.word + " ") + head + rest;
      case IMPERFECT:
      case PAST:
        return pastFinite(head, form, neg) + rest;
      case FUTURE:
        return "will" + n + " " + head + rest;
      case CONDITIONAL:
        return "would" + n + " " + head + rest;
      case PLUPERFECT:
        return "had" + n + " " + participle(head) + rest;
      case FUTURE_PERFECT:
        return "will" + n + " have " + participle(head) + rest;
      case CONDITIONAL_PERFECT:
        return "would" + n + " have " + participle(head) + rest;
      case PERFECT_INFINITIVE:
        return (neg == Negation.NONE ? "" : neg.word + " ") + "have " + participle(head) + rest;
      case PARTICIPLE:
        return (neg == Negation.NONE ? "" : neg.word + " ") + participle(head) + rest;
      case GERUND:
        return (neg == Negation.NONE ? "" : neg.word + " ") + ing(head) + rest;
      case PERFECT_GERUND:
        return (neg == Negation.NONE ? "" : neg.word + " ") + "having " + participle(head) + rest;
      default:
        return (neg == Negation.NONE ? "" : neg.word + " ") + head + rest;
    }
  }

  private String present(String head, Form form, Negation neg) {
    if (head.equals("be")) {
      String be = form.person() == 1 && !form.plural() ? "am" : form.thirdSingular() ? "is" : "are";
      return neg == Negation.NONE ? be : be + " " + neg.word;
    }
    if (neg == Negation.NOT) {
      return (form.thirdSingular() ? "does" : "do") + " not " + head;
    }
    String verb = form.thirdSingular() ? third(head) : head;
    return neg == Negation.NONE ? verb : neg.word + " " + verb;
  }

  private String pastFinite(String head, Form form, Negation neg) {
    if (head.equals("be")) {
      String be = !form.plural() && form.person() != 2 ? "was" : "were";
      return neg == Negation.NONE ? be : be + " " + neg.word;
    }
    if (neg == Negation.NOT) {
      return "did not " + head;
    }
    return neg == Negation.NONE ? past(head) : neg.word + " " + past(head);
  }

  private String modal(String head, String rest, Form form, Negation neg) {
    boolean can = head.equals("can");
    String n = neg == Negation.NONE ? "" : " " + neg.word;
    String pre = neg == Negation.NONE ? "" : neg.word + " ";
    switch (form.tense()) {
      case PRESENT:
      case SUBJUNCTIVE:
      case IMPERATIVE:
        return (neg == Negation.NOT && can ? "cannot" : head + n) + rest;
      case IMPERFECT:
      case PAST:
        if (can) {
          return "could" + n + rest;
        }
        return (neg == Negation.NOT ? "did not have to" : pre + "had to") + rest;
      case FUTURE:
        return "will" + n + (can ? " be able to" : " have to") + rest;
      case CONDITIONAL:
        return (can ? "could" : "should") + n + rest;
      case PLUPERFECT:
        return "had" + n + (can ? " been able to" : " had to") + rest;
      case FUTURE_PERFECT:
        return "will" + n + (can ? " have been able to" : " have had to") + rest;
      case CONDITIONAL_PERFECT:
        return (can ? "could" : "should") + n + " have" + rest;
      case PARTICIPLE:
      case PERFECT_INFINITIVE:
        return pre + (can ? "been able to" : "had to") + rest;
      case GERUND:
      case PERFECT_GERUND:
        return pre + (can ? "being able to" : "having to") + rest;
      default:
        return pre + (can ? "be able to" : "have to") + rest;
    }
  }
}
