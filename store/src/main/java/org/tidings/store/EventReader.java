package org.tidings.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Finds stored events by filter, a page at a time, and counts them per day. Parameterised SQL only. */
public final class EventReader {
  private static final String COLUMNS = "e.article_key, a.article_id, a.source AS publisher, e.event_id, e.sentence, "
      + "e.evidence_text, e.trigger_text, e.source_code, e.source_name, e.source_country, e.target_code, "
      + "e.target_name, e.target_country, e.cameo, e.cameo_name, e.plover, e.quad_class, e.goldstein, e.mode, "
      + "e.reported_by_code, e.event_date, e.date_basis, e.place_name, e.place_country, e.place_lat, e.place_lon, "
      + "e.confidence, e.pattern, e.event_json";
  private final Connection connection;

  EventReader(Connection connection) {
    this.connection = connection;
  }

  /** One page of the events that pass {@code filter}, in {@code sort} order. */
  public List<StoredEvent> find(EventFilter filter, EventSort sort, Page page) {
    EventWhere where = EventWhere.of(filter);
    // the page's keys are chosen on events alone, then its rows are read and joined to their articles:
    // ordering whole rows, or joining before the page is cut, costs seconds on ten million events
    String sql = "WITH page AS (SELECT e.article_key, e.event_id FROM events e WHERE " + where.sql() + " ORDER BY "
        + sort.orderBy() + " LIMIT ? OFFSET ?) SELECT " + COLUMNS + " FROM page p JOIN events e ON e.article_key = "
        + "p.article_key AND e.event_id = p.event_id JOIN articles a ON a.article_key = e.article_key ORDER BY "
        + sort.orderBy();
    List<Object> params = new ArrayList<>(where.params());
    params.add(page.limit());
    params.add(page.offset());
    List<StoredEvent> out = new ArrayList<>();
    try (PreparedStatement p = connection.prepareStatement(sql)) {
      Sql.bind(p, params);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          out.add(event(r));
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read events: " + e.getMessage(), e);
    }
    return out;
  }

  /** How many events pass {@code filter}. */
  public long count(EventFilter filter) {
    EventWhere where = EventWhere.of(filter);
    try (PreparedStatement p = connection.prepareStatement("SELECT count(*) FROM events e WHERE " + where.sql())) {
      Sql.bind(p, where.params());
      try (ResultSet r = p.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    } catch (SQLException e) {
      throw new StoreException("cannot count events: " + e.getMessage(), e);
    }
  }

  /** Events per day among those that pass {@code filter} and are dated to a day, in day order. */
  public List<DayCount> timeline(EventFilter filter) {
    EventWhere where = EventWhere.of(filter);
    String sql = "SELECT CAST(e.date_from AS VARCHAR), count(*) FROM events e WHERE " + where.sql()
        + " AND e.date_from IS NOT NULL AND e.date_from = e.date_to GROUP BY e.date_from ORDER BY e.date_from";
    List<DayCount> out = new ArrayList<>();
    try (PreparedStatement p = connection.prepareStatement(sql)) {
      Sql.bind(p, where.params());
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          out.add(new DayCount(LocalDate.parse(r.getString(1)), r.getLong(2)));
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot count events per day: " + e.getMessage(), e);
    }
    return out;
  }

  private static StoredEvent event(ResultSet r) throws SQLException {
    return new StoredEvent(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getInt(5), r.getString(6),
        r.getString(7), r.getString(8), r.getString(9), r.getString(10), r.getString(11), r.getString(12),
        r.getString(13), r.getString(14), r.getString(15), r.getString(16), r.getInt(17), r.getDouble(18),
        r.getString(19), r.getString(20), r.getString(21), r.getString(22), r.getString(23), r.getString(24),
        (Double) nullable(r, 25), (Double) nullable(r, 26), r.getDouble(27), r.getString(28), r.getString(29));
  }

  private static Object nullable(ResultSet r, int column) throws SQLException {
    double v = r.getDouble(column);
    return r.wasNull() ? null : v;
  }
}
