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

  /** The points of the timeline in date order; days or weeks without events are left out. */
  public List<TimelinePoint> points(EventFilter filter, Interval interval) {
    EventWhere where = EventWhere.of(filter);
    String bucket = interval == Interval.WEEK ? "date_trunc('week', e.date_from)" : "e.date_from";
    String sql = "SELECT CAST(CAST(" + bucket + " AS DATE) AS VARCHAR) AS d, count(*), "
        + "count(*) FILTER (WHERE e.quad_class = 1), count(*) FILTER (WHERE e.quad_class = 2), "
        + "count(*) FILTER (WHERE e.quad_class = 3), count(*) FILTER (WHERE e.quad_class = 4), avg(e.goldstein) "
        + "FROM events e WHERE " + where.sql() + " AND e.date_from IS NOT NULL AND e.date_from = e.date_to "
        + "GROUP BY d ORDER BY d";
    List<TimelinePoint> out = new ArrayList<>();
    try (PreparedStatement p = connection.prepareStatement(sql)) {
      Sql.bind(p, where.params());
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
