package org.tidings.core.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tidings.core.model.TimeValue;

/**
 * Turns a time expression into a calendar value, using the publication date and the tense of
 * its clause: "on Monday" in a past-tense clause is the Monday on or before publication, in a
 * future clause the Monday on or after it; "last month" is the month before publication.
 */
public final class TimeResolver {
  private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("a", 1), Map.entry("one", 1),
      Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
      Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
      Map.entry("eleven", 11), Map.entry("twelve", 12));
  private static final Pattern DIGITS = Pattern.compile("\\d+");
  private static final Pattern YEAR4 = Pattern.compile("(?<!\\d)(1[89]|20)\\d\\d(?!\\d)");
  /** The year written at the end of a date or month ("March 3, 1215", "in May 1750"): any four digits. */
  private static final Pattern WRITTEN_YEAR = Pattern.compile("(?<!\\d)\\d{4}$");

  /** The value, or empty when it cannot be resolved (a relative expression with no publication date). */
  public Optional<TimeValue> resolve(TimeExpression e, LocalDate published, Tense tense) {
    String t = e.text().toLowerCase(Locale.ROOT);
    try {
      return Optional.ofNullable(switch (e.kind()) {
        case ISO_DATE -> TimeValue.day(LocalDate.parse(t.substring(0, 10)));
        case YEAR -> year(t);
        case MONTH_DAY -> monthDay(t, published, tense);
        case MONTH -> month(t, published, tense);
        case WEEKDAY -> published == null ? null : TimeValue.day(weekday(t, e.direction(), published, tense));
        case DEICTIC -> published == null ? null : deictic(t, published);
        case RELATIVE_UNIT -> published == null ? null : relativeUnit(t, e.direction(), published);
        case AGO -> published == null ? null : ago(t, published);
      });
    } catch (RuntimeException bad) {
      return Optional.empty();
    }
  }

  private static TimeValue year(String t) {
    Matcher m = YEAR4.matcher(t);
    return m.find() ? TimeValue.year(Integer.parseInt(m.group())) : null;
  }

  static LocalDate weekday(String t, String direction, LocalDate p, Tense tense) {
    DayOfWeek d = null;
    for (DayOfWeek w : DayOfWeek.values()) {
      if (t.contains(w.name().toLowerCase(Locale.ROOT))) {
        d = w;
      }
    }
    if (d == null) {
      throw new IllegalArgumentException(t);
    }
    String dir = direction == null ? "" : direction;
    return switch (dir) {
      case "last", "past" -> p.with(TemporalAdjusters.previous(d));
      case "next", "coming" -> p.with(TemporalAdjusters.next(d));
      case "this" -> p.with(DayOfWeek.MONDAY).with(TemporalAdjusters.nextOrSame(d));
      case "beginning", "starting", "from", "until", "by" -> p.with(TemporalAdjusters.nextOrSame(d));
      case "since" -> p.with(TemporalAdjusters.previousOrSame(d));
      default -> switch (tense) {
        case FUTURE -> p.with(TemporalAdjusters.nextOrSame(d));
        case PAST -> p.with(TemporalAdjusters.previousOrSame(d));
        case PRESENT -> nearest(p, d);
      };
    };
  }

  private static LocalDate nearest(LocalDate p, DayOfWeek d) {
    LocalDate back = p.with(TemporalAdjusters.previousOrSame(d));
    LocalDate ahead = p.with(TemporalAdjusters.nextOrSame(d));
    return p.toEpochDay() - back.toEpochDay() <= ahead.toEpochDay() - p.toEpochDay() ? back : ahead;
  }

  private static TimeValue deictic(String t, LocalDate p) {
    if (t.startsWith("yesterday")) {
      return TimeValue.day(p.minusDays(1));
    }
    if (t.startsWith("tomorrow")) {
      return TimeValue.day(p.plusDays(1));
    }
    return TimeValue.day(p);
  }

  private static TimeValue relativeUnit(String t, String direction, LocalDate p) {
    int step = switch (direction) {
      case "last", "past" -> -1;
      case "next", "coming" -> 1;
      default -> 0;
    };
    if (t.endsWith("year")) {
      return TimeValue.year(p.getYear() + step);
    }
    if (t.endsWith("month")) {
      return TimeValue.month(YearMonth.from(p).plusMonths(step));
    }
    return TimeValue.month(YearMonth.from(p.plusWeeks(step)));
  }

  private static TimeValue ago(String t, LocalDate p) {
    String first = t.split("\\s+")[0];
    int n = DIGITS.matcher(first).matches() ? Integer.parseInt(first) : WORDS.getOrDefault(first, 1);
    if (t.contains("day")) {
      return TimeValue.day(p.minusDays(n));
    }
    if (t.contains("week")) {
      return TimeValue.day(p.minusWeeks(n));
    }
    if (t.contains("month")) {
      return TimeValue.month(YearMonth.from(p).minusMonths(n));
    }
    return TimeValue.year(p.getYear() - n);
  }

  private static int monthNumber(String t) {
    String[] names = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    int best = -1;
    int at = Integer.MAX_VALUE;
    for (int i = 0; i < names.length; i++) {
      Matcher m = Pattern.compile("\\b" + names[i]).matcher(t);
      if (m.find() && m.start() < at) {
        at = m.start();
        best = i + 1;
      }
    }
    if (best < 0) {
      throw new IllegalArgumentException(t);
    }
    return best;
  }

  private static TimeValue monthDay(String t, LocalDate p, Tense tense) {
    int month = monthNumber(t);
    Matcher y = WRITTEN_YEAR.matcher(t);
    String withoutYear = y.find() ? t.substring(0, y.start()) : t;
    Matcher d = DIGITS.matcher(withoutYear);
    if (!d.find()) {
      throw new IllegalArgumentException(t);
    }
    int day = Integer.parseInt(d.group());
    if (withoutYear.length() < t.length()) {
      return TimeValue.day(LocalDate.of(Integer.parseInt(y.group()), month, day));
    }
    if (p == null) {
      return null;
    }
    // the latest such day up to two weeks after publication (the earliest from two weeks before
    // it in a future clause), whichever side of New Year it falls
    LocalDate guess = LocalDate.of(p.getYear(), month, day);
    LocalDate lastAllowed = p.plusDays(14);
    LocalDate firstAllowed = p.minusDays(14);
    if (tense != Tense.FUTURE && guess.isAfter(lastAllowed)) {
      guess = guess.minusYears(1);
    } else if (tense != Tense.FUTURE && !guess.plusYears(1).isAfter(lastAllowed)) {
      guess = guess.plusYears(1);
    } else if (tense == Tense.FUTURE && guess.isBefore(firstAllowed)) {
      guess = guess.plusYears(1);
    } else if (tense == Tense.FUTURE && !guess.minusYears(1).isBefore(firstAllowed)) {
      guess = guess.minusYears(1);
    }
    // 29 February moved to a year without one is not the 28th: leave it unresolved
    return guess.getDayOfMonth() == day ? TimeValue.day(guess) : null;
  }

  private static TimeValue month(String t, LocalDate p, Tense tense) {
    int month = monthNumber(t.replaceFirst("^(in|since|until|by|from|early|late|mid-?|last|next|this)\\s+", ""));
    Matcher y = WRITTEN_YEAR.matcher(t);
    if (y.find()) {
      return TimeValue.month(YearMonth.of(Integer.parseInt(y.group()), month));
    }
    if (p == null) {
      return null;
    }
    YearMonth guess = YearMonth.of(p.getYear(), month);
    YearMonth now = YearMonth.from(p);
    // "last" and "next" say the side; without them the tense does
    boolean last = t.startsWith("last");
    boolean next = t.startsWith("next");
    if (last || (!next && tense == Tense.PAST && guess.isAfter(now))) {
      if (!guess.isBefore(now)) {
        guess = guess.minusYears(1);
      }
    } else if (next || (tense == Tense.FUTURE && guess.isBefore(now))) {
      if (!guess.isAfter(now)) {
        guess = guess.plusYears(1);
      }
    }
    return TimeValue.month(guess);
  }
}
