package org.tidings.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Counts the events that pass a filter per day or per week, by quad class, with their mean
 * Goldstein score. Only events dated to one day take part. Parameterised SQL only.
 */
public final class TimelineReader {
  private final Connection connection;

  /** How long a point of the timeline is. */
  public enum Interval {
    DAY("day"), WEEK("week");

    private final String unit;

    Interval(String unit) {
      this.unit = unit;
    }

    /** {@code day} or {@code week}. */
    public static Interval parse(String label) {
      String l = label.strip().toLowerCase(Locale.ROOT);
      for (Interval i : values()) {
        if (i.unit.equals(l)) {
          return i;
        }
      }
      String shown = label.length() > 40 ? label.substring(0, 40) + "..." : label;
      throw new IllegalArgumentException("interval must be day or week, not \"" + shown + "\"");
    }
  }

  TimelineReader(Connection connection) {
    this.connection = connection;
  }

  /**
   * The points of the timeline in date order; days or weeks without events are left out. When the
   * filter names only dates, quad class, mode or a CAMEO root, and the summary ({@link EventDays}) is
   * current, the points come from the summary; else from the events.
   */
  public List<TimelinePoint> points(EventFilter filter, Interval interval) {
    return summarised(filter) && new EventDays(connection).current() ? fromSummary(filter, interval)
        : fromEvents(filter, interval);
  }

  static boolean summarised(EventFilter f) {
    return f.actor() == null && f.source() == null && f.target() == null && f.dyad() == null && f.plover() == null
        && f.country() == null && f.place() == null && f.text() == null
        && (f.cameo() == null || f.cameo().length() <= 2);
  }

  private List<TimelinePoint> fromSummary(EventFilter f, Interval interval) {
    List<String> parts = new ArrayList<>();
    List<Object> params = new ArrayList<>();
    if (f.cameo() != null) {
      parts.add("starts_with(root_code, ?)");
      params.add(f.cameo());
    }
    if (f.quadClass() != null) {
      parts.add("quad_class = ?");
      params.add(f.quadClass());
    }
    if (f.mode() != null) {
      parts.add("mode = ?");
      params.add(f.mode().label());
    }
    if (f.from() != null) {
      parts.add("day >= CAST(? AS DATE)");
      params.add(f.from().toString());
    }
    if (f.to() != null) {
      parts.add("day <= CAST(? AS DATE)");
      params.add(f.to().toString());
    }
    String bucket = interval == Interval.WEEK ? "CAST(date_trunc('week', day) AS DATE)" : "day";
    String sql = "SELECT CAST(d AS VARCHAR), n, q1, q2, q3, q4, g FROM (SELECT " + bucket + " AS d, sum(events) AS n, "
        + "coalesce(sum(events) FILTER (WHERE quad_class = 1), 0) AS q1, "
        + "coalesce(sum(events) FILTER (WHERE quad_class = 2), 0) AS q2, "
        + "coalesce(sum(events) FILTER (WHERE quad_class = 3), 0) AS q3, "
        + "coalesce(sum(events) FILTER (WHERE quad_class = 4), 0) AS q4, sum(goldstein_sum) / sum(events) AS g "
        + "FROM event_days WHERE " + (parts.isEmpty() ? "TRUE" : String.join(" AND ", parts))
        + " GROUP BY d) ORDER BY d";
    return run(sql, params, interval);
  }

  private List<TimelinePoint> fromEvents(EventFilter filter, Interval interval) {
    EventWhere where = EventWhere.of(filter);
    String bucket = interval == Interval.WEEK ? "CAST(date_trunc('week', e.date_from) AS DATE)" : "e.date_from";
    String sql = "SELECT CAST(d AS VARCHAR), n, q1, q2, q3, q4, g FROM (SELECT " + bucket + " AS d, count(*) AS n, "
        + "count(*) FILTER (WHERE e.quad_class = 1) AS q1, count(*) FILTER (WHERE e.quad_class = 2) AS q2, "
        + "count(*) FILTER (WHERE e.quad_class = 3) AS q3, count(*) FILTER (WHERE e.quad_class = 4) AS q4, "
        + "avg(e.goldstein) AS g FROM events e WHERE " + where.sql()
        + " AND e.date_from IS NOT NULL AND e.date_from = e.date_to GROUP BY d) ORDER BY d";
    return run(sql, where.params(), interval);
  }

  private List<TimelinePoint> run(String sql, List<Object> params, Interval interval) {
    List<TimelinePoint> out = new ArrayList<>();
    try (PreparedStatement p = connection.prepareStatement(sql)) {
      Sql.bind(p, params);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          out.add(new TimelinePoint(LocalDate.parse(r.getString(1)), r.getLong(2), r.getLong(3), r.getLong(4),
              r.getLong(5), r.getLong(6), Math.round(r.getDouble(7) * 1000) / 1000.0));
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot count events per " + interval.unit + ": " + e.getMessage(), e);
    }
    return out;
  }
}
