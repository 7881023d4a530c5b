package org.tidings.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Lists the actor codes of stored events with how many events each takes part in. Parameterised SQL only. */
public final class ActorReader {
  private static final String SIDES = """
      WITH sides AS (
        SELECT source_code AS code, source_name AS name, source_country AS country, source_sector AS sector,
               1 AS src, 0 AS tgt FROM events
        UNION ALL
        SELECT target_code, target_name, target_country, target_sector, 0, 1 FROM events WHERE target_code IS NOT NULL
      )
      """;
  private final Connection connection;

  ActorReader(Connection connection) {
    this.connection = connection;
  }

  /** One page of the actors that pass {@code filter}, those in most events first. */
  public List<ActorCount> find(ActorFilter filter, Page page) {
    List<String> parts = new ArrayList<>();
    List<Object> params = new ArrayList<>();
    if (filter.country() != null) {
      parts.add("country = ?");
      params.add(filter.country());
    }
    if (filter.sector() != null) {
      parts.add("starts_with(sector, ?)");
      params.add(filter.sector());
    }
    if (filter.code() != null) {
      parts.add("starts_with(code, ?)");
      params.add(filter.code());
    }
    params.add(page.limit());
    params.add(page.offset());
    String sql = SIDES + "SELECT code, max(name), max(country), max(sector), sum(src), sum(tgt) FROM sides WHERE "
        + (parts.isEmpty() ? "TRUE" : String.join(" AND ", parts))
        + " GROUP BY code ORDER BY sum(src) + sum(tgt) DESC, code LIMIT ? OFFSET ?";
    List<ActorCount> out = new ArrayList<>();
    try (PreparedStatement p = connection.prepareStatement(sql)) {
      Sql.bind(p, params);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          out.add(new ActorCount(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getLong(5),
              r.getLong(6)));
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read actors: " + e.getMessage(), e);
    }
    return out;
  }
}
