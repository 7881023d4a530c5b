package org.tidings.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Lists stored quotes by speaker or article. Parameterised SQL only. */
public final class QuoteReader {
  private final Connection connection;

  QuoteReader(Connection connection) {
    this.connection = connection;
  }

  /** One page of the quotes that pass {@code filter}, newest article first, in text order within one. */
  public List<StoredQuote> find(QuoteFilter filter, Page page) {
    List<String> parts = new ArrayList<>();
    List<Object> params = new ArrayList<>();
    if (filter.speaker() != null) {
      parts.add("starts_with(q.speaker_code, ?)");
      params.add(filter.speaker());
    }
    if (filter.article() != null) {
      parts.add("a.article_id = ?");
      params.add(filter.article());
    }
    params.add(page.limit());
    params.add(page.offset());
    String sql = "SELECT q.article_key, a.article_id, q.quote, q.text, q.start_offset, q.end_offset, q.kind, q.cue, "
        + "q.note, q.speaker_code, q.speaker_name, q.speaker_text, q.event_id FROM quotes q "
        + "JOIN articles a ON a.article_key = q.article_key WHERE "
        + (parts.isEmpty() ? "TRUE" : String.join(" AND ", parts))
        + " ORDER BY q.article_key DESC, q.quote LIMIT ? OFFSET ?";
    List<StoredQuote> out = new ArrayList<>();
    try (PreparedStatement p = connection.prepareStatement(sql)) {
      Sql.bind(p, params);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          out.add(new StoredQuote(r.getLong(1), r.getString(2), r.getInt(3), r.getString(4), r.getInt(5), r.getInt(6),
              r.getString(7), r.getString(8), r.getString(9), r.getString(10), r.getString(11), r.getString(12),
              r.getString(13)));
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read quotes: " + e.getMessage(), e);
    }
    return out;
  }
}
