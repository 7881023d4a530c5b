package org.tidings.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The actor network of the events that pass a filter: one edge per ordered pair of actor codes
 * (events without a target take no part), the busiest first. Parameterised SQL only.
 */
public final class NetworkReader {
  private final Connection connection;

  NetworkReader(Connection connection) {
    this.connection = connection;
  }

  /** At most {@code limit} edges, most events first (ties by codes, so the answer is stable). */
  public List<NetworkEdge> edges(EventFilter filter, int limit) {
    EventWhere where = EventWhere.of(filter);
    String sql = "SELECT e.source_code, max(e.source_name), max(e.source_country), e.target_code, max(e.target_name), "
        + "max(e.target_country), count(*), count(*) FILTER (WHERE e.quad_class <= 2), "
        + "count(*) FILTER (WHERE e.quad_class >= 3), avg(e.goldstein) FROM events e WHERE " + where.sql()
        + " AND e.target_code IS NOT NULL GROUP BY e.source_code, e.target_code "
        + "ORDER BY count(*) DESC, e.source_code, e.target_code LIMIT ?";
    List<Object> params = new ArrayList<>(where.params());
    params.add(limit);
    List<NetworkEdge> out = new ArrayList<>();
    try (PreparedStatement p = connection.prepareStatement(sql)) {
      Sql.bind(p, params);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          out.add(new NetworkEdge(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
              r.getString(6), r.getLong(7), r.getLong(8), r.getLong(9), Math.round(r.getDouble(10) * 1000) / 1000.0));
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read the actor network: " + e.getMessage(), e);
    }
    return out;
  }
}
