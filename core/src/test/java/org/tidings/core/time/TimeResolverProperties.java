package org.tidings.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.tidings.core.model.TimeValue;

/**
 * Properties of finding and resolving time expressions: on any text and any publication date
 * nothing throws and what is found is a piece of the text; weekdays resolve to the weekday
 * named, on the side of the publication date their word or tense says; "N days ago", "last
 * month", "yesterday" are exact; dates and months keep the day, month and year written; every
 * relative value lies within a sane window of the publication date; resolving is deterministic.
 */
class TimeResolverProperties {
  private static final Pattern FOUR_DIGITS = Pattern.compile("(?<!\\d)\\d{4}(?!\\d)");
  private static final List<String> DIRECTIONS = List.of("", "on", "On", "last", "Last", "next", "this", "coming",
      "past", "beginning", "starting", "from", "until", "by", "since", "late", "early");
  private static final List<String> PARTS = List.of("", " morning", " afternoon", " evening", " night");
  private final TimeExpressionFinder finder = new TimeExpressionFinder();
  private final TimeResolver resolver = new TimeResolver();

  @Property
  void anyTextGivesPiecesOfItselfInOrder(@ForAll("anyText") String text, @ForAll("publication") LocalDate p,
      @ForAll Tense tense, @ForAll("offset") int a, @ForAll("offset") int b) {
    int from = Math.min(Math.min(a, b), text.length());
    int to = Math.min(Math.max(a, b), text.length());
    int reach = from;
    for (TimeExpression e : finder.find(text, from, to)) {
      assertThat(e.start()).isGreaterThanOrEqualTo(reach);
      assertThat(e.end()).isGreaterThan(e.start()).isLessThanOrEqualTo(to);
      assertThat(e.text()).isEqualTo(text.substring(e.start(), e.end()));
      reach = e.end();
      resolver.resolve(e, p, tense);
    }
  }

  @Property
  void resolvingAnyExpressionNeverThrowsAndIsDeterministic(@ForAll("expressions") TimeExpression e,
      @ForAll("anyPublication") LocalDate p, @ForAll Tense tense) {
    Optional<TimeValue> once = resolver.resolve(e, p, tense);
    assertThat(resolver.resolve(new TimeExpression(0, 0, e.kind(), e.text(), e.direction()), p, tense))
        .isEqualTo(once);
  }

  @Property
  void relativeValuesLieNearThePublicationDate(@ForAll("timeWords") String text, @ForAll("publication") LocalDate p,
      @ForAll Tense tense) {
    for (TimeExpression e : finder.find(text, 0, text.length())) {
      Optional<TimeValue> v = resolver.resolve(e, p, tense);
      assertThat(resolver.resolve(e, p, tense)).isEqualTo(v);
      if (v.isEmpty()) {
        continue;
      }
      if (e.kind() == TimeExpression.Kind.ISO_DATE) {
        assertThat(v.get().value()).isEqualTo(e.text().substring(0, 10));
      } else if (FOUR_DIGITS.matcher(e.text()).find()) {
        assertThat(e.text()).as("%s from %s", v.get(), e).contains(String.format("%04d", v.get().year()));
      } else {
        assertThat(first(v.get())).as("%s from %s", v.get(), e).isAfterOrEqualTo(p.minusYears(100).withDayOfYear(1));
        assertThat(last(v.get())).as("%s from %s", v.get(), e).isBeforeOrEqualTo(p.plusYears(2));
      }
    }
  }

  @Property
  void weekdaysResolveToTheDayNamedOnTheRightSide(@ForAll DayOfWeek day, @ForAll("directions") String direction,
      @ForAll("secondDirection") String second, @ForAll("dayParts") String part, @ForAll("publication") LocalDate p,
      @ForAll Tense tense) {
    String name = day.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
    String text = (direction + " " + second + " " + name + part).strip().replaceAll(" +", " ");
    TimeExpression e = only(text, TimeExpression.Kind.WEEKDAY);
    LocalDate d = LocalDate.parse(resolver.resolve(e, p, tense).orElseThrow().value());
    assertThat(d.getDayOfWeek()).as(text).isEqualTo(day);
    long after = ChronoUnit.DAYS.between(p, d);
    String dir = !second.isEmpty() ? second : direction.toLowerCase(Locale.ROOT);
    switch (dir) {
      case "last", "past" -> assertThat(after).as(text).isBetween(-7L, -1L);
      case "next", "coming" -> assertThat(after).as(text).isBetween(1L, 7L);
      case "this" -> assertThat(d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)).as(text)
          .isEqualTo(p.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case "beginning", "starting", "from", "until", "by" -> assertThat(after).as(text).isBetween(0L, 6L);
      case "since" -> assertThat(after).as(text).isBetween(-6L, 0L);
      default -> {
        switch (tense) {
          case PAST -> assertThat(after).as(text).isBetween(-6L, 0L);
          case FUTURE -> assertThat(after).as(text).isBetween(0L, 6L);
          case PRESENT -> assertThat(after).as(text).isBetween(-3L, 3L);
        }
      }
    }
  }

  @Property
  void deicticWordsAreOneDayApart(@ForAll("deictic") String word, @ForAll("publication") LocalDate p,
      @ForAll Tense tense) {
    TimeExpression e = only(word, TimeExpression.Kind.DEICTIC);
    String lower = word.toLowerCase(Locale.ROOT);
    LocalDate expected = lower.equals("yesterday") ? p.minusDays(1) : lower.equals("tomorrow") ? p.plusDays(1) : p;
    assertThat(resolver.resolve(e, p, tense)).map(TimeValue::value).hasValue(expected.toString());
  }

  @Property
  void agoCountsBackExactly(@ForAll("count") String count, @ForAll("agoUnit") ChronoUnit unit,
      @ForAll boolean plural, @ForAll("publication") LocalDate p, @ForAll Tense tense) {
    String name = unit.name().toLowerCase(Locale.ROOT);
    String text = count + " " + name.substring(0, name.length() - 1) + (plural ? "s" : "") + " ago";
    TimeExpression e = only(text, TimeExpression.Kind.AGO);
    int n = number(count);
    String expected = switch (unit) {
      case DAYS -> p.minusDays(n).toString();
      case WEEKS -> p.minusWeeks(n).toString();
      case MONTHS -> YearMonth.from(p).minusMonths(n).toString();
      default -> String.format("%04d", p.getYear() - n);
    };
    assertThat(resolver.resolve(e, p, tense)).as(text).map(TimeValue::value).hasValue(expected);
  }

  @Property
  void relativeUnitsStepOnceFromThePublication(@ForAll("laterEarlier") String lead, @ForAll("unitDirection") String dir,
      @ForAll("unit") String unit, @ForAll("publication") LocalDate p, @ForAll Tense tense) {
    String text = (lead + " " + dir + " " + unit).strip();
    TimeExpression e = only(text, TimeExpression.Kind.RELATIVE_UNIT);
    int step = switch (dir.toLowerCase(Locale.ROOT)) {
      case "last", "past" -> -1;
      case "next", "coming" -> 1;
      default -> 0;
    };
    String expected = switch (unit) {
      case "year" -> String.format("%04d", p.getYear() + step);
      case "month" -> YearMonth.from(p).plusMonths(step).toString();
      default -> YearMonth.from(p.plusWeeks(step)).toString();
    };
    assertThat(resolver.resolve(e, p, tense)).as(text).map(TimeValue::value).hasValue(expected);
  }

  @Property
  void datesKeepTheDayMonthAndYearWritten(@ForAll("monthDay") Written w, @ForAll("publication") LocalDate p,
      @ForAll Tense tense) {
    TimeExpression e = only(w.text(), TimeExpression.Kind.MONTH_DAY);
    Optional<TimeValue> v = resolver.resolve(e, p, tense);
    if (v.isEmpty()) {
      // only a day that does not exist in the year it falls in may go unresolved
      assertThat(w.day()).as(w.text()).isGreaterThan(28);
      return;
    }
    LocalDate d = LocalDate.parse(v.get().value());
    assertThat(d.getMonthValue()).as(w.text()).isEqualTo(w.month());
    assertThat(d.getDayOfMonth()).as(w.text()).isEqualTo(w.day());
    if (w.year() != null) {
      assertThat(d.getYear()).as(w.text()).isEqualTo(w.year());
    } else if (tense == Tense.FUTURE) {
      assertThat(d).as(w.text()).isAfterOrEqualTo(p.minusDays(14)).isBefore(p.minusDays(14).plusYears(1).plusDays(1));
    } else {
      assertThat(d).as(w.text()).isBeforeOrEqualTo(p.plusDays(14)).isAfter(p.plusDays(14).minusYears(1).minusDays(1));
    }
  }

  @Property
  void monthsKeepTheMonthAndYearWritten(@ForAll("month") Written w, @ForAll("publication") LocalDate p,
      @ForAll Tense tense) {
    TimeExpression e = only(w.text(), TimeExpression.Kind.MONTH);
    YearMonth m = YearMonth.parse(resolver.resolve(e, p, tense).orElseThrow().value());
    assertThat(m.getMonthValue()).as(w.text()).isEqualTo(w.month());
    long ahead = YearMonth.from(p).until(m, ChronoUnit.MONTHS);
    if (w.year() != null) {
      assertThat(m.getYear()).as(w.text()).isEqualTo(w.year());
    } else if (w.text().startsWith("last")) {
      assertThat(ahead).as(w.text()).isBetween(-12L, -1L);
    } else if (w.text().startsWith("next")) {
      assertThat(ahead).as(w.text()).isBetween(1L, 12L);
    } else if (tense == Tense.PAST) {
      assertThat(ahead).as(w.text()).isBetween(-11L, 0L);
    } else if (tense == Tense.FUTURE) {
      assertThat(ahead).as(w.text()).isBetween(0L, 11L);
    } else {
      assertThat(m.getYear()).as(w.text()).isEqualTo(p.getYear());
    }
  }

  @Example
  void aDateWithAYearOutsideTheRecentCenturiesKeepsItsYear() {
    LocalDate p = LocalDate.of(2022, 2, 8);
    assertThat(resolver.resolve(only("June 15, 1215", TimeExpression.Kind.MONTH_DAY), p, Tense.PAST))
        .map(TimeValue::value).hasValue("1215-06-15");
    assertThat(resolver.resolve(only("in May 1750", TimeExpression.Kind.MONTH), p, Tense.PAST))
        .map(TimeValue::value).hasValue("1750-05");
  }

  @Example
  void theTwentyNinthOfFebruaryIsNeverMovedToTheTwentyEighth() {
    // a leap day after the publication date, in the past tense: a year back has no 29 February
    Optional<TimeValue> v = resolver.resolve(only("on Feb. 29", TimeExpression.Kind.MONTH_DAY),
        LocalDate.of(2024, 1, 10), Tense.PAST);
    assertThat(v.map(TimeValue::value).orElse("none")).doesNotEndWith("-02-28");
  }

  /** The one expression found in {@code text}, the whole of it (a full stop at its end may be left out). */
  @Example
  void nextMonthIsAheadEvenInAPastTenseClause() {
    // "They said the talks would resume next February", published in January 1970
    assertThat(resolver.resolve(only("next February", TimeExpression.Kind.MONTH), LocalDate.of(1970, 1, 1),
        Tense.PAST)).map(TimeValue::value).hasValue("1970-02");
  }

  @Example
  void aDateJustAfterNewYearIsTheComingOneNotLastJanuary() {
    // published on 31 December: "January 1" is the next day, not a day 364 days back
    assertThat(resolver.resolve(only("January 1", TimeExpression.Kind.MONTH_DAY), LocalDate.of(1969, 12, 31),
        Tense.PAST)).map(TimeValue::value).hasValue("1970-01-01");
    assertThat(resolver.resolve(only("December 30", TimeExpression.Kind.MONTH_DAY), LocalDate.of(1970, 1, 2),
        Tense.FUTURE)).map(TimeValue::value).hasValue("1969-12-30");
  }

  private TimeExpression only(String text, TimeExpression.Kind kind) {
    List<TimeExpression> found = finder.find(text, 0, text.length());
    assertThat(found).as(text).hasSize(1);
    TimeExpression e = found.get(0);
    assertThat(e.kind()).as(text).isEqualTo(kind);
    assertThat(e.start()).as(text).isZero();
    assertThat(e.end()).as(text).isBetween(text.endsWith(".") ? text.length() - 1 : text.length(), text.length());
    return e;
  }

  private static int number(String count) {
    List<String> words = List.of("a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve");
    int i = words.indexOf(count.toLowerCase(Locale.ROOT));
    return i < 0 ? Integer.parseInt(count) : Math.max(i, 1);
  }

  private static LocalDate first(TimeValue v) {
    String s = v.value();
    return s.length() == 10 ? LocalDate.parse(s) : s.length() == 7 ? YearMonth.parse(s).atDay(1)
        : LocalDate.of(v.year(), 1, 1);
  }

  private static LocalDate last(TimeValue v) {
    String s = v.value();
    return s.length() == 10 ? LocalDate.parse(s) : s.length() == 7 ? YearMonth.parse(s).atEndOfMonth()
        : LocalDate.of(v.year(), 12, 31);
  }

  /** A date or month as written, and what it names (year null when none is written). */
  record Written(String text, int month, int day, Integer year) {}

  @Provide
  Arbitrary<String> anyText() {
    return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(300), timeWords());
  }

  @Provide
  Arbitrary<Integer> offset() {
    return Arbitraries.integers().between(0, 400).withoutEdgeCases();
  }

  @Provide
  Arbitrary<LocalDate> publication() {
    return Arbitraries.longs().between(LocalDate.of(1900, 1, 1).toEpochDay(), LocalDate.of(2100, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  @Provide
  Arbitrary<LocalDate> anyPublication() {
    return Arbitraries.oneOf(publication(), Arbitraries.of(LocalDate.MIN, LocalDate.MAX, LocalDate.of(0, 1, 1),
        LocalDate.of(9999, 12, 31), LocalDate.of(-1, 12, 31), LocalDate.of(10_000, 1, 1))).injectNull(0.1);
  }

  @Provide
  Arbitrary<TimeExpression> expressions() {
    Arbitrary<String> text = Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(40), timeWords());
    Arbitrary<String> direction = Arbitraries.oneOf(Arbitraries.of(DIRECTIONS), Arbitraries.strings().ofMaxLength(8))
        .injectNull(0.2).withoutEdgeCases();
    return Combinators.combine(Arbitraries.of(TimeExpression.Kind.class), text, direction)
        .as((kind, t, d) -> new TimeExpression(0, t.length(), kind, t, d));
  }

  /** Words of time expressions, numbers and punctuation in any order. */
  @Provide
  Arbitrary<String> timeWords() {
    Arbitrary<String> word = Arbitraries.oneOf(
        Arbitraries.of("on", "in", "last", "next", "this", "coming", "past", "since", "until", "by", "from", "of",
            "early", "late", "mid-", "later", "earlier", "ago", "day", "days", "week", "weeks", "month", "months",
            "year", "years", "yesterday", "today", "tomorrow", "tonight", "morning", "the", "a", "three", "twelve",
            ",", ".", "$", "%", "-", "st", "nd", "th", "May", "may", "Sept.", "Feb.", "Dec", "December", "March"),
        Arbitraries.of(DayOfWeek.class).map(d -> d.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH)),
        Arbitraries.of(Month.class).map(m -> m.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH)),
        Arbitraries.integers().between(0, 99).map(String::valueOf),
        Arbitraries.integers().between(0, 9999).map(y -> String.format("%04d", y)),
        Arbitraries.longs().between(LocalDate.of(0, 1, 1).toEpochDay(), LocalDate.of(9999, 12, 31).toEpochDay())
            .map(d -> LocalDate.ofEpochDay(d).toString()));
    return word.list().ofMaxSize(12).map(l -> String.join(" ", l));
  }

  @Provide
  Arbitrary<String> directions() {
    return Arbitraries.of(DIRECTIONS);
  }

  @Provide
  Arbitrary<String> secondDirection() {
    return Arbitraries.of("", "", "", "this", "next", "last");
  }

  @Provide
  Arbitrary<String> dayParts() {
    return Arbitraries.of(PARTS);
  }

  @Provide
  Arbitrary<String> deictic() {
    return Arbitraries.of("yesterday", "Yesterday", "today", "Today", "TODAY", "tomorrow", "Tomorrow", "tonight",
        "this morning", "this afternoon", "this evening");
  }

  @Provide
  Arbitrary<String> count() {
    return Arbitraries.oneOf(Arbitraries.integers().between(0, 99).map(String::valueOf),
        Arbitraries.of("a", "one", "two", "Three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
            "twelve"));
  }

  @Provide
  Arbitrary<ChronoUnit> agoUnit() {
    return Arbitraries.of(ChronoUnit.DAYS, ChronoUnit.WEEKS, ChronoUnit.MONTHS, ChronoUnit.YEARS);
  }

  @Provide
  Arbitrary<String> laterEarlier() {
    return Arbitraries.of("", "later", "earlier");
  }

  @Provide
  Arbitrary<String> unitDirection() {
    return Arbitraries.of("last", "next", "this", "coming", "past", "Last", "Next", "This");
  }

  @Provide
  Arbitrary<String> unit() {
    return Arbitraries.of("week", "month", "year");
  }

  @Provide
  Arbitrary<Written> monthDay() {
    Arbitrary<Integer> month = Arbitraries.integers().between(1, 12);
    Arbitrary<Integer> day = Arbitraries.integers().between(1, 31);
    Arbitrary<Integer> year = Arbitraries.integers().between(1000, 2999).injectNull(0.5);
    Arbitrary<Integer> form = Arbitraries.integers().between(0, 3).withoutEdgeCases();
    Arbitrary<String> lead = Arbitraries.of("", "on ", "On ", "since ", "until ", "by ").withoutEdgeCases();
    Arbitrary<String> suffix = Arbitraries.of("", "", "st", "nd", "rd", "th").withoutEdgeCases();
    return Combinators.combine(month, day, year, form, lead, suffix, Arbitraries.of(true, false))
        .filter((m, d, y, f, l, s, full) -> d <= YearMonth.of(y == null ? 2024 : y, m).lengthOfMonth())
        .as((m, d, y, f, l, s, full) -> {
          String name = monthName(m, full);
          String core = switch (f) {
            case 0 -> name + " " + d + s;
            case 1 -> d + s + " " + name;
            case 2 -> d + s + " of " + name;
            default -> name + " " + d + s + ",";
          };
          String text = l + core + (y == null ? "" : " " + y);
          return new Written(text.endsWith(",") ? text.substring(0, text.length() - 1) : text, m, d, y);
        });
  }

  @Provide
  Arbitrary<Written> month() {
    Arbitrary<Integer> month = Arbitraries.integers().between(1, 12);
    Arbitrary<Integer> year = Arbitraries.integers().between(1000, 2999).injectNull(0.5);
    Arbitrary<String> lead = Arbitraries.of("in ", "since ", "until ", "by ", "from ", "early ", "late ", "last ",
        "next ", "this ", "In ", "").withoutEdgeCases();
    return Combinators.combine(month, year, lead, Arbitraries.of(true, false))
        .filter((m, y, l, full) -> !l.isEmpty() || y != null)
        .as((m, y, l, full) -> new Written(l + monthName(m, full) + (y == null ? "" : " " + y), m, 0, y));
  }

  private static String monthName(int m, boolean full) {
    String name = Month.of(m).getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
    if (full || m == 5) {
      return name;
    }
    return switch (m) {
      case 9 -> "Sept.";
      case 6, 7 -> name.substring(0, 3);
      default -> name.substring(0, 3) + ".";
    };
  }
}
