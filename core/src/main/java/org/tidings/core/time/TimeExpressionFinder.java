package org.tidings.core.time;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds English time expressions with regular expressions: weekdays ("on Monday", "beginning
 * Thursday"), "yesterday", "last month", "later this month", "three days ago", dates ("Feb. 8",
 * "8 February 2022"), months ("in May") and years ("in 2014", "the 2015 agreement").
 */
public final class TimeExpressionFinder {
  private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October"
      + "|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?";
  private static final String DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
  private static final String NUMBER = "\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a";

  private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
  private static final Pattern MONTH_DAY = Pattern.compile(
      "\\b(?:(?i:on|since|until|by)\\s+)?(?:(" + MONTHS + ")\\s+(\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?("
          + MONTHS + "))(?:,?\\s+(\\d{4}))?\\b");
  private static final Pattern WEEKDAY = Pattern.compile(
      "\\b(?:((?i:on|last|next|this|coming|past|beginning|starting|from|until|by|since|late|early))\\s+)?(?:(this|next|last)\\s+)?("
          + DAYS + ")(?:\\s+(?:morning|afternoon|evening|night))?\\b");
  private static final Pattern DEICTIC = Pattern.compile(
      "\\b(yesterday|today|tomorrow|tonight|this (?:morning|afternoon|evening))\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern RELATIVE_UNIT = Pattern.compile(
      "\\b(later|earlier)?\\s*\\b(last|next|this|coming|past)\\s+(week|month|year)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern AGO = Pattern.compile(
      "\\b(" + NUMBER + ")\\s+(day|week|month|year)s?\\s+ago\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern MONTH = Pattern.compile(
      "\\b(?:((?i:in|since|until|by|from|early|late|mid-?|last|next|this))\\s+)?(" + MONTHS
          + ")(?:\\s+(\\d{4}))?(?![\\w])");
  private static final Pattern YEAR = Pattern.compile(
      "(?<![\\d,.$€£])\\b(?:(in|since|until|by|from|of|during|early|late|mid-?)\\s+)?((?:1[89]|20)\\d\\d)\\b(?![,.]\\d|\\s*%|-\\d)");

  /** All expressions in a stretch of text, longest first where they overlap, in text order. */
  public List<TimeExpression> find(String text, int from, int to) {
    String region = text.substring(from, to);
    List<TimeExpression> found = new ArrayList<>();
    add(found, ISO, region, from, TimeExpression.Kind.ISO_DATE, m -> null);
    add(found, MONTH_DAY, region, from, TimeExpression.Kind.MONTH_DAY, m -> null);
    add(found, WEEKDAY, region, from, TimeExpression.Kind.WEEKDAY,
        m -> m.group(2) != null ? m.group(2).toLowerCase() : m.group(1) == null ? null : m.group(1).toLowerCase());
    add(found, DEICTIC, region, from, TimeExpression.Kind.DEICTIC, m -> null);
    add(found, RELATIVE_UNIT, region, from, TimeExpression.Kind.RELATIVE_UNIT, m -> m.group(2).toLowerCase());
    add(found, AGO, region, from, TimeExpression.Kind.AGO, m -> null);
    add(found, MONTH, region, from, TimeExpression.Kind.MONTH,
        m -> m.group(2).equals("May") && m.group(1) == null && m.group(3) == null ? SKIP : null);
    add(found, YEAR, region, from, TimeExpression.Kind.YEAR, m -> null);
    found.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
        : Integer.compare(b.end() - b.start(), a.end() - a.start()));
    List<TimeExpression> out = new ArrayList<>();
    int reach = -1;
    for (TimeExpression e : found) {
      if (e.start() >= reach) {
        out.add(e);
        reach = e.end();
      }
    }
    return out;
  }

  private static final String SKIP = "\u0000skip";

  private interface Dir {
    String of(Matcher m);
  }

  private static void add(List<TimeExpression> out, Pattern p, String region, int offset, TimeExpression.Kind kind,
      Dir dir) {
    Matcher m = p.matcher(region);
    while (m.find()) {
      String d = dir.of(m);
      if (m.end() == m.start() || SKIP.equals(d)) {
        continue;
      }
      int s = m.start();
      while (s < m.end() && Character.isWhitespace(region.charAt(s))) {
        s++;
      }
      out.add(new TimeExpression(offset + s, offset + m.end(), kind, region.substring(s, m.end()), d));
    }
  }
}
