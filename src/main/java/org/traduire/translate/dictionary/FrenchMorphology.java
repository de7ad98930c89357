package org.traduire.translate.dictionary;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the lexicon lemmas behind an inflected French word: irregular verb forms from {@link
 * FrenchVerbs}, regular {@code -er}/{@code -ir}/{@code -re} conjugations and noun and adjective
 * plurals and feminines from suffix tables. Candidate lemmas are generated and kept only when the
 * lexicon knows them, so the tables may over-generate safely.
 */
final class FrenchMorphology {
  /** A regular verb ending: infinitive class, ending, tense and person slot (0 to 5). */
  private record Ending(String infinitive, String ending, Tense tense, int slot) {}

  /** A noun or adjective ending and what replaces it in the lemma. */
  private record Suffix(String ending, String lemmaEnding, boolean plural) {}

  private static final List<Ending> ENDINGS = new ArrayList<>();
  private static final List<Suffix> SUFFIXES = new ArrayList<>();

  static {
    endings("er", "e:P3 es:P2 e:P1 ons:P4 ez:P5 ent:P6 ais:I1 ait:I3 ions:I4 iez:I5 aient:I6"
        + " erai:F1 eras:F2 era:F3 erons:F4 erez:F5 eront:F6 erais:C1 erait:C3 erions:C4 eriez:C5"
        + " eraient:C6 a:S3 èrent:S6 é:Q3 ée:Q3 és:Q6 ées:Q6 ant:G3 er:N3");
    endings("ir", "it:P3 is:P1 issons:P4 issez:P5 issent:P6 issais:I1 issait:I3 issions:I4"
        + " issiez:I5 issaient:I6 irai:F1 iras:F2 ira:F3 irons:F4 irez:F5 iront:F6 irais:C1"
        + " irait:C3 irions:C4 iriez:C5 iraient:C6 irent:S6 i:Q3 ie:Q3 is:Q6 ies:Q6 issant:G3"
        + " ir:N3");
    endings("re", ":P3 s:P1 ons:P4 ez:P5 ent:P6 ais:I1 ait:I3 ions:I4 iez:I5 aient:I6 rai:F1"
        + " ras:F2 ra:F3 rons:F4 rez:F5 ront:F6 rais:C1 rait:C3 rions:C4 riez:C5 raient:C6 it:S3"
        + " irent:S6 u:Q3 ue:Q3 us:Q6 ues:Q6 ant:G3 re:N3");
    suffixes("s= x= aux=al aux=ail e= es=| euse=eur euses=eur| euse=eux euses=eux| ive=if ives=if|"
        + " ère=er ères=er| elle=el elles=el| elle=eau elles=eau| enne=en ennes=en| onne=on"
        + " onnes=on| ette=et ettes=et| ète=et ètes=et| trice=teur trices=teur| que=c ques=c|"
        + " che=c ches=c| gue=g gues=g| eille=eil eilles=eil| sse=s sses=s| ausse=aux ausses=aux|"
        + " ouce=oux ouces=oux| olle=ou olles=ou| ille=il illes=il| ïe=ï ïes=ï| ée=é ées=é|");
  }

  private static void endings(String infinitive, String table) {
    for (String cell : table.split(" ")) {
      int colon = cell.indexOf(':');
      String code = cell.substring(colon + 1);
      ENDINGS.add(new Ending(infinitive, cell.substring(0, colon), tense(code.charAt(0)),
          code.charAt(1) - '1'));
    }
  }

  private static Tense tense(char code) {
    switch (code) {
      case 'P': return Tense.PRESENT;
      case 'I': return Tense.IMPERFECT;
      case 'F': return Tense.FUTURE;
      case 'C': return Tense.CONDITIONAL;
      case 'S': return Tense.PAST;
      case 'Q': return Tense.PARTICIPLE;
      case 'G': return Tense.GERUND;
      case 'N': return Tense.INFINITIVE;
      default: throw new IllegalArgumentException("tense code " + code);
    }
  }

  /** {@code ending=lemmaEnding}; a trailing {@code |} or a plural ending marks the plural. */
  private static void suffixes(String table) {
    for (String cell : table.trim().split(" +")) {
      boolean bar = cell.endsWith("|");
      String c = bar ? cell.substring(0, cell.length() - 1) : cell;
      int eq = c.indexOf('=');
      String ending = c.substring(0, eq);
      boolean plural = ending.endsWith("s") || ending.endsWith("x");
      SUFFIXES.add(new Suffix(ending, c.substring(eq + 1), plural));
    }
  }

  private final Lexicon lexicon;
  private final FrenchVerbs verbs;
  private final Map<String, List<Reading>> cache = new ConcurrentHashMap<>();

  FrenchMorphology(Lexicon lexicon, FrenchVerbs verbs) {
    this.lexicon = lexicon;
    this.verbs = verbs;
  }

  /** Every reading of a lower-case word, most likely first; empty when the word is unknown. */
  List<Reading> analyse(String word) {
    List<Reading> cached = cache.get(word);
    if (cached != null) {
      return cached;
    }
    List<Reading> result = List.copyOf(compute(word));
    if (cache.size() > 200_000) {
      cache.clear();
    }
    cache.put(word, result);
    return result;
  }

  private Set<Reading> compute(String word) {
    Set<Reading> out = new LinkedHashSet<>();
    List<FrenchVerbs.VerbForm> irregular = verbs.forms(word);
    for (FrenchVerbs.VerbForm f : irregular) {
      if (verbs.strong(f.lemma()) && f.form().tense() != Tense.GERUND) {
        verb(out, f.lemma(), f.form());
      }
    }
    for (Entry e : lexicon.word(word)) {
      out.add(new Reading(e, e.pos() == Pos.V ? Form.INFINITIVE : Form.BASE));
    }
    nominal(out, word);
    for (FrenchVerbs.VerbForm f : irregular) {
      verb(out, f.lemma(), f.form());
    }
    regular(out, word);
    return out;
  }

  private void verb(Set<Reading> out, String lemma, Form form) {
    for (Entry e : lexicon.word(lemma)) {
      if (e.pos() == Pos.V && !e.french().contains(" ")) {
        out.add(new Reading(e, form));
        return;
      }
    }
  }

  private void nominal(Set<Reading> out, String word) {
    for (Suffix s : SUFFIXES) {
      // a long ending may leave a one-letter stem: bonnes → bon, belle → beau
      int stem = s.ending().length() >= 4 ? 1 : 2;
      if (word.length() >= s.ending().length() + stem && word.endsWith(s.ending())) {
        String lemma = word.substring(0, word.length() - s.ending().length()) + s.lemmaEnding();
        for (Entry e : lexicon.word(lemma)) {
          if (e.pos() == Pos.N || e.pos() == Pos.ADJ) {
            out.add(new Reading(e, s.plural() ? Form.PLURAL : Form.BASE));
          }
        }
      }
    }
  }

  private void regular(Set<Reading> out, String word) {
    for (Ending end : ENDINGS) {
      if (word.length() <= end.ending().length() + 1 || !word.endsWith(end.ending())) {
        continue;
      }
      String stem = word.substring(0, word.length() - end.ending().length());
      Form form = new Form(end.tense(), end.slot() % 3 + 1, end.slot() >= 3);
      if (end.infinitive().equals("er")) {
        for (String s : stems(stem, end.ending())) {
          regularVerb(out, s + "er", form);
        }
      } else {
        regularVerb(out, stem + end.infinitive(), form);
      }
    }
  }

  private void regularVerb(Set<Reading> out, String lemma, Form form) {
    if (!verbs.irregular(lemma)) {
      verb(out, lemma, form);
    }
  }

  /** Stems an -er verb may have before this ending: lance/lanç, mange/mang, achèt/achet, appell/appel, emploi/employ. */
  private static List<String> stems(String stem, String ending) {
    List<String> out = new ArrayList<>(3);
    out.add(stem);
    boolean hard = !ending.isEmpty() && "aoâ".indexOf(ending.charAt(0)) >= 0;
    if (stem.endsWith("ç")) {
      out.add(stem.substring(0, stem.length() - 1) + "c");
    }
    if (hard && stem.endsWith("ge")) {
      out.add(stem.substring(0, stem.length() - 1));
    }
    int grave = stem.lastIndexOf('è');
    if (grave >= 0) {
      out.add(stem.substring(0, grave) + "e" + stem.substring(grave + 1));
      out.add(stem.substring(0, grave) + "é" + stem.substring(grave + 1));
    }
    if (stem.endsWith("ll") || stem.endsWith("tt")) {
      out.add(stem.substring(0, stem.length() - 1));
    }
    if (stem.endsWith("i")) {
      out.add(stem.substring(0, stem.length() - 1) + "y");
    }
    return out;
  }
}
