package org.tidings.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * What a map of the events that pass a filter shows: the places with coordinates and their
 * event counts, and per country the events placed there and the events of articles about it
 * (their focus). Parameterised SQL only.
 */
public final class MapReader {
  private final Connection connection;

  MapReader(Connection connection) {
    this.connection = connection;
  }

  /** At most {@code limit} places with coordinates, most events first. */
  public List<PlaceCount> places(EventFilter filter, int limit) {
    EventWhere where = EventWhere.of(filter);
    String sql = "SELECT e.place_name, e.place_country, avg(e.place_lat), avg(e.place_lon), count(*), "
        + "count(*) FILTER (WHERE e.quad_class >= 3), avg(e.goldstein) FROM events e WHERE " + where.sql()
        + " AND e.place_lat IS NOT NULL AND e.place_lon IS NOT NULL GROUP BY e.place_name, e.place_country "
        + "ORDER BY count(*) DESC, e.place_name, e.place_country LIMIT ?";
    List<Object> params = new ArrayList<>(where.params());
    params.add(limit);
    List<PlaceCount> out = new ArrayList<>();
    try (PreparedStatement p = connection.prepareStatement(sql)) {
      Sql.bind(p, params);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          out.add(new PlaceCount(r.getString(1), r.getString(2), round(r.getDouble(3), 10_000),
              round(r.getDouble(4), 10_000), r.getLong(5), r.getLong(6), round(r.getDouble(7), 1000)));
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read event places: " + e.getMessage(), e);
    }
    return out;
  }

  /** Every country with events placed in it or articles about it, by code. */
  public List<CountryCount> countries(EventFilter filter) {
    EventWhere where = EventWhere.of(filter);
    String sql = "WITH f AS (SELECT e.place_country, a.focus_country FROM events e "
        + "JOIN articles a ON a.article_key = e.article_key WHERE " + where.sql() + "), "
        + "c AS (SELECT place_country AS country, 1 AS at_place, 0 AS in_focus FROM f WHERE place_country IS NOT NULL "
        + "UNION ALL SELECT focus_country, 0, 1 FROM f WHERE focus_country IS NOT NULL) "
        + "SELECT country, sum(at_place), sum(in_focus) FROM c GROUP BY country ORDER BY country";
    List<CountryCount> out = new ArrayList<>();
    try (PreparedStatement p = connection.prepareStatement(sql)) {
      Sql.bind(p, where.params());
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          out.add(new CountryCount(r.getString(1), r.getLong(2), r.getLong(3)));
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot count events per country: " + e.getMessage(), e);
    }
    return out;
  }

  private static double round(double v, int scale) {
    return Math.round(v * scale) / (double) scale;
  }
}
