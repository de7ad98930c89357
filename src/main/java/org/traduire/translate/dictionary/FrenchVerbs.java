package org.traduire.translate.dictionary;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Conjugations of irregular French verbs, generated from the principal parts in {@code
 * french-verbs.tsv}. A line {@code permettre ~mettre} conjugates like its model with the model's
 * stem replaced.
 */
final class FrenchVerbs {
  static final String RESOURCE = "french-verbs.tsv";

  /** A conjugated form: the infinitive it comes from and its features. */
  record VerbForm(String lemma, Form form) {
    // Hand-written so that loading does not pay for the records' bootstrap methods.
    @Override
    public boolean equals(Object o) {
      return o instanceof VerbForm && ((VerbForm) o).lemma.equals(lemma) && ((VerbForm) o).form.equals(form);
    }

    @Override
    public int hashCode() {
      return lemma.hashCode() * 31 + form.hashCode();
    }
  }

  private static final String[] PERSONAL = {"ais", "ais", "ait", "ions", "iez", "aient"};
  private static final String[] FUTURE = {"ai", "as", "a", "ons", "ez", "ont"};

  private final Map<String, List<VerbForm>> forms = new HashMap<>(4096);
  private final Set<String> strong = new HashSet<>();

  static FrenchVerbs load() {
    try (InputStream in = FrenchVerbs.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      Map<String, String[]> rows = new LinkedHashMap<>();
      FrenchVerbs verbs = new FrenchVerbs();
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        String lemma = cols[0];
        if (lemma.startsWith("*")) {
          lemma = lemma.substring(1);
          verbs.strong.add(lemma);
        }
        cols[0] = lemma;
        rows.put(lemma, cols);
      }
      for (String lemma : rows.keySet()) {
        verbs.conjugate(resolve(lemma, rows));
      }
      return verbs;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Principal parts of {@code lemma}, following {@code ~model} references. */
  private static String[] resolve(String lemma, Map<String, String[]> rows) {
    String[] cols = rows.get(lemma);
    if (cols.length != 2 || !cols[1].startsWith("~")) {
      if (cols.length != 8) {
        throw new IllegalArgumentException(RESOURCE + ": expected 8 columns for " + lemma);
      }
      return cols;
    }
    String model = cols[1].substring(1);
    if (!rows.containsKey(model)) {
      throw new IllegalArgumentException(RESOURCE + ": unknown model " + model + " for " + lemma);
    }
    String[] parts = resolve(model, rows);
    int common = 0;
    while (common < Math.min(lemma.length(), model.length())
        && lemma.charAt(lemma.length() - 1 - common) == model.charAt(model.length() - 1 - common)) {
      common++;
    }
    String oldPrefix = model.substring(0, model.length() - common);
    String newPrefix = lemma.substring(0, lemma.length() - common);
    String[] out = new String[8];
    out[0] = lemma;
    for (int c = 1; c < 8; c++) {
      StringBuilder sb = new StringBuilder();
      for (String f : parts[c].split(" ")) {
        if (sb.length() > 0) {
          sb.append(' ');
        }
        sb.append(f.equals("-") || !f.startsWith(oldPrefix) ? f : newPrefix.concat(f.substring(oldPrefix.length())));
      }
      out[c] = sb.toString();
    }
    return out;
  }

  private void conjugate(String[] p) {
    String lemma = p[0];
    String[] present = p[1].split(" ");
    for (int i = 0; i < present.length; i++) {
      add(present[i], lemma, Tense.PRESENT, i);
    }
    for (int i = 0; i < 6; i++) {
      add(p[2].concat(PERSONAL[i]), lemma, Tense.IMPERFECT, i);
      add(p[3].concat(FUTURE[i]), lemma, Tense.FUTURE, i);
      add(p[3].concat(PERSONAL[i]), lemma, Tense.CONDITIONAL, i);
    }
    String[] simple = p[5].split(" ");
    add(simple[0], lemma, Tense.PAST, 2);
    add(simple.length > 1 ? simple[1] : "-", lemma, Tense.PAST, 5);
    String[] subj = p[6].split(" ");
    add(subj[0], lemma, Tense.SUBJUNCTIVE, 2);
    add(subj.length > 1 ? subj[1] : "-", lemma, Tense.SUBJUNCTIVE, 5);
    String pp = p[4];
    boolean sibilant = pp.endsWith("s") || pp.endsWith("x");
    add(pp, lemma, Tense.PARTICIPLE, 2);
    add(pp.concat("e"), lemma, Tense.PARTICIPLE, 2);
    add(sibilant ? pp : pp.concat("s"), lemma, Tense.PARTICIPLE, 5);
    add(pp.concat("es"), lemma, Tense.PARTICIPLE, 5);
    add(p[7], lemma, Tense.GERUND, 2);
    add(lemma, lemma, Tense.INFINITIVE, 2);
  }

  private void add(String form, String lemma, Tense tense, int slot) {
    if (form.equals("-") || form.startsWith("-")) {
      return;
    }
    VerbForm vf = new VerbForm(lemma, new Form(tense, slot % 3 + 1, slot >= 3));
    List<VerbForm> list = forms.get(form);
    if (list == null) {
      list = new ArrayList<>(2);
      forms.put(form, list);
    }
    if (!list.contains(vf)) {
      list.add(vf);
    }
  }

  List<VerbForm> forms(String word) {
    return forms.getOrDefault(word, List.of());
  }

  boolean irregular(String lemma) {
    for (VerbForm f : forms(lemma)) {
      if (f.lemma().equals(lemma)) {
        return true;
      }
    }
    return false;
  }

  /** The handful of verbs (être, avoir, faire…) whose forms win over a homograph by default. */
  boolean strong(String lemma) {
    return strong.contains(lemma);
  }
}
