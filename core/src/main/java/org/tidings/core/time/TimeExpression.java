package org.tidings.core.time;

/**
 * A time expression as found in text, before resolution.
 *
 * @param start article offset, inclusive
 * @param end article offset, exclusive
 * @param kind what pattern found it
 * @param direction an explicit direction word ("last", "next", "beginning"), or null
 */
public record TimeExpression(int start, int end, Kind kind, String text, String direction) {

  /** The pattern families. */
  public enum Kind {
    WEEKDAY, DEICTIC, RELATIVE_UNIT, AGO, MONTH_DAY, MONTH, YEAR, ISO_DATE
  }
}
