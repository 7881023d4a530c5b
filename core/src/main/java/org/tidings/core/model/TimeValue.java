package org.tidings.core.model;

import java.time.LocalDate;
import java.time.YearMonth;

/** A calendar value at day, month or year granularity, written {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}. */
public record TimeValue(String value) {
  public TimeValue {
    if (!value.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
      throw new IllegalArgumentException("not a time value: " + value);
    }
  }

  public static TimeValue day(LocalDate d) {
    return new TimeValue(d.toString());
  }

  public static TimeValue month(YearMonth m) {
    return new TimeValue(m.toString());
  }

  public static TimeValue year(int y) {
    return new TimeValue(String.format("%04d", y));
  }

  public int year() {
    return Integer.parseInt(value.substring(0, 4));
  }

  public boolean isDay() {
    return value.length() == 10;
  }

  @Override
  public String toString() {
    return value;
  }
}
