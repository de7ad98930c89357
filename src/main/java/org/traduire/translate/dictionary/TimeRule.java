package org.traduire.translate.dictionary;

import java.util.List;
import java.util.Set;

/**
 * Dates and time expressions: "le 3 mars 2024" → "on March 3, 2024" and "il y a deux ans" → "two
 * years ago".
 */
final class TimeRule implements Rule {
  private static final Set<String> MONTHS = Set.of("janvier", "février", "mars", "avril", "mai",
      "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre");
  private static final Set<String> DURATIONS = Set.of("an", "année", "mois", "jour", "semaine",
      "heure", "minute", "seconde", "siècle", "décennie", "journée", "instant", "temps");

  private static final Set<String> DAYS = Set.of("lundi", "mardi", "mercredi", "jeudi", "vendredi",
      "samedi", "dimanche");

  @Override
  public void apply(List<Unit> units) {
    for (int i = 0; i < units.size(); i++) {
      Unit u = units.get(i);
      if (u.deleted && !u.is("le")) {
        continue;
      }
      if (u.is("il y a")) {
        ago(units, i, u);
      } else if (DAYS.contains(u.key) && !u.deleted) {
        Unit before = Units.at(units, Units.prevWord(units, i));
        if (before == null || !before.pos(Pos.DET) && !before.pos(Pos.PREP) && !before.pos(Pos.PHR)
            && !before.is("on")) {
          u.prefix = "on ";
        }
      } else if (u.is("depuis", "pendant", "durant") && !u.deleted) {
        int q = Units.nextWord(units, i);
        Unit quantity = Units.at(units, q);
        Unit noun = Units.at(units, Units.nextWord(units, q));
        if (quantity != null && (quantity.kind == Unit.Kind.NUMBER || quantity.pos(Pos.NUM)
            || quantity.is("plusieurs", "quelques", "des", "de nombreuses", "de nombreux"))
            && noun != null && DURATIONS.contains(noun.lemma())) {
          u.text = "for";
        }
      } else if (u.is("le") && u.pos(Pos.DET)) {
        Unit next = Units.at(units, Units.nextWord(units, i));
        Unit before = Units.at(units, Units.prevWord(units, i));
        if (next != null && (DAYS.contains(next.key) || next.is("jour de noël", "week-end"))
            && (before == null || !before.pos(Pos.PREP))) {
          u.deleted = false;
          u.text = "on";
        }
      } else if (day(u)) {
        date(units, i, u);
        clock(units, i, u);
      } else if (u.pos(Pos.NUM) && !u.deleted) {
        clock(units, i, u);
      } else if (u.kind == Unit.Kind.WORD && u.reading == null && Character.isDigit(u.source.charAt(0))
          && CLOCK.matcher(u.source).matches()) {
        java.util.regex.Matcher m = CLOCK.matcher(u.source);
        m.matches();
        u.text = m.group(1) + ":" + (m.group(2) == null ? "00" : m.group(2));
        Unit before = Units.at(units, Units.prevWord(units, i));
        if (before != null && before.is("à") && before.text == null) {
          before.text = "at";
        }
      }
    }
  }

  private static final java.util.regex.Pattern CLOCK = java.util.regex.Pattern.compile("(\\d{1,2})h(\\d{2})?");
  private static final Set<String> AT_TIME = Set.of("à", "vers", "avant", "après", "dès", "jusqu'à");

  /**
   * A time of day: "à sept heures" → "at seven o'clock", "à 11 h 40" → "at 11:40", "neuf heures du
   * soir" → "nine o'clock in the evening". A number of hours after other words is a duration and
   * stays ("pendant trois heures").
   */
  private static void clock(List<Unit> units, int i, Unit hour) {
    Unit before = Units.at(units, Units.prevWord(units, i));
    if (before == null || !AT_TIME.contains(before.key)) {
      return;
    }
    int h = Units.nextWord(units, i);
    if (h < 0) {
      return;
    }
    Unit unit = units.get(h);
    int after = Units.nextWord(units, h);
    Unit minutes = Units.at(units, after);
    if (unit.is("h") && hour.kind == Unit.Kind.NUMBER && minutes != null && minutes.kind == Unit.Kind.NUMBER
        && minutes.source.length() == 2) {
      unit.delete();
      minutes.delete();
      hour.text = hour.source + ":" + minutes.source;
      after = Units.nextWord(units, after);
    } else if (unit.lemma().equals("heure") && unit.pos(Pos.N)) {
      unit.text = "o'clock";
      if (minutes != null && (minutes.kind == Unit.Kind.NUMBER || minutes.pos(Pos.NUM))) {
        unit.delete(); // "trois heures dix" → "three ten"
        Unit word = Units.at(units, Units.nextWord(units, after));
        if (word != null && word.lemma().equals("minute")) {
          word.delete();
          after = Units.nextWord(units, after);
        }
        after = Units.nextWord(units, after);
      }
    } else {
      return;
    }
    if (before.is("à") && before.text == null) {
      before.text = "at";
    }
    Unit du = Units.at(units, after);
    Unit part = Units.at(units, Units.nextWord(units, after));
    if (du != null && du.is("du") && part != null && part.is("matin", "soir")) {
      du.text = "in the";
    }
  }

  private static boolean day(Unit u) {
    if (u.kind == Unit.Kind.NUMBER && u.source.length() <= 2) {
      int d = Integer.parseInt(u.source);
      return d >= 1 && d <= 31;
    }
    return u.is("1er");
  }

  private static void date(List<Unit> units, int i, Unit day) {
    int m = Units.nextWord(units, i);
    if (m < 0 || !MONTHS.contains(units.get(m).key)) {
      return;
    }
    if (day.is("1er")) {
      day.text = "1";
    }
    Unit year = Units.at(units, Units.nextWord(units, m));
    if (year != null && year.kind == Unit.Kind.NUMBER && year.source.length() == 4) {
      day.suffix = ",";
    }
    Unit month = units.get(m);
    AdjectiveOrderRule.reorder(units, i, m, List.of(month, day));
    int a = Units.prevWord(units, i);
    Unit article = Units.at(units, a);
    if (article != null && article.is("le")) {
      Unit before = Units.at(units, Units.prevWord(units, a));
      if (before != null && (before.pos(Pos.PREP) || before.pos(Pos.PHR))) {
        article.delete();
      } else {
        article.text = "on";
      }
    } else if (article != null && article.is("du", "au")) {
      article.text = article.is("du") ? "from" : "to";
    }
  }

  private static void ago(List<Unit> units, int i, Unit ilya) {
    int q = Units.nextWord(units, i);
    if (q < 0) {
      return;
    }
    Unit quantity = units.get(q);
    if (quantity.kind != Unit.Kind.NUMBER && !quantity.pos(Pos.NUM) && !quantity.is("quelques", "plusieurs")) {
      return;
    }
    int n = Units.nextWord(units, q);
    if (n >= 0 && units.get(n).pos(Pos.N) && DURATIONS.contains(units.get(n).lemma())) {
      ilya.delete();
      units.get(n).suffix += " ago";
    }
  }
}
