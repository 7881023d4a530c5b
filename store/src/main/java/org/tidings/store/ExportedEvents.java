package org.tidings.store;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Reads every event that passes a filter for export, in the order they were stored, a page at a
 * time (keyset paging on DuckDB's rowid, which it prunes by: memory stays flat and each page reads
 * only the rows after the last one, however many events pass), and copies them to a
 * Parquet file inside DuckDB. The filter goes in as parameters, never as SQL text.
 */
public final class ExportedEvents {
  static final int PAGE = 5_000;
  /** The flat columns of {@link #copyToParquet}, as SQL; CSV exports write the same names. */
  static final String FLAT = """
      a.article_id, e.event_id, e.sentence, CAST(e.event_date AS VARCHAR) AS date, e.date_basis,
      e.source_code, e.source_name, e.source_country, e.source_sector, e.source_text,
      e.target_code, e.target_name, e.target_country, e.target_sector, e.target_text,
      e.cameo, e.cameo_name, e.plover, e.quad_class, e.goldstein, e.mode, e.reported_by_code AS reported_by,
      e.place_name, e.place_country, e.place_lat, e.place_lon, e.confidence, a.source AS publisher, a.url,
      e.trigger_text AS trigger, e.evidence_text AS evidence""";
  private static final String FROM = " FROM events e JOIN articles a ON a.article_key = e.article_key "
      + "LEFT JOIN story_events se ON se.article_key = e.article_key AND se.event_id = e.event_id "
      + "LEFT JOIN stories st ON st.story_id = se.story_id WHERE ";
  private static final String COLUMNS = "e.article_key, a.article_id, a.source, e.event_id, e.sentence, "
      + "e.evidence_text, e.trigger_text, e.source_code, e.source_name, e.source_country, e.target_code, "
      + "e.target_name, e.target_country, e.cameo, e.cameo_name, e.plover, e.quad_class, e.goldstein, e.mode, "
      + "e.reported_by_code, e.event_date, e.date_basis, e.place_name, e.place_country, e.place_lat, e.place_lon, "
      + "e.confidence, e.pattern, e.event_json, e.rowid, a.url, e.source_sector, e.source_text, e.target_sector, "
      + "e.target_text, "
      + "CAST(e.date_from AS VARCHAR), CAST(a.published AS VARCHAR), CAST(a.coded_at AS VARCHAR), st.story_id, "
      + "coalesce(st.mention_count, 1), coalesce(st.article_count, 1), coalesce(st.source_count, 1)";
  private static final Pattern SAFE_PATH = Pattern.compile("[A-Za-z0-9/_.\\-]+");
  private final Store store;
  private final int pageSize;

  public ExportedEvents(Store store) {
    this(store, PAGE);
  }

  ExportedEvents(Store store, int pageSize) {
    this.store = store;
    this.pageSize = pageSize;
  }

  /** Hands each event that passes {@code filter} to {@code sink}, in the order they were stored. */
  public void forEach(EventFilter filter, Consumer<ExportedEvent> sink) {
    EventWhere where = EventWhere.of(filter);
    String sql = "SELECT " + COLUMNS + FROM + where.sql() + " AND e.rowid > ? ORDER BY e.rowid LIMIT ?";
    long last = -1;
    while (true) {
      List<ExportedEvent> page = new ArrayList<>();
      List<Object> params = new ArrayList<>(where.params());
      params.add(last);
      params.add(pageSize);
      try (PreparedStatement p = store.connection().prepareStatement(sql)) {
        Sql.bind(p, params);
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            page.add(row(r));
          }
        }
      } catch (SQLException e) {
        throw new StoreException("cannot read events for export: " + e.getMessage(), e);
      }
      page.forEach(sink);
      if (page.size() < pageSize) {
        return;
      }
      last = page.get(page.size() - 1).row();
    }
  }

  /**
   * Writes the events that pass {@code filter} to the Parquet file {@code file} with DuckDB's
   * COPY, in the flat columns of the CSV export. {@code file} must be a path this program made
   * (letters, digits, {@code / _ . -}): it is the one value written into the SQL text.
   */
  public void copyToParquet(EventFilter filter, Path file) {
    String path = file.toAbsolutePath().toString();
    if (!SAFE_PATH.matcher(path).matches()) {
      throw new IllegalArgumentException("not a safe path for COPY: " + path);
    }
    EventWhere where = EventWhere.of(filter);
    String sql = "COPY (SELECT " + FLAT + " FROM events e JOIN articles a ON a.article_key = e.article_key WHERE "
        + where.sql() + " ORDER BY e.rowid) TO '" + path + "' (FORMAT PARQUET)";
    try (PreparedStatement p = store.connection().prepareStatement(sql)) {
      Sql.bind(p, where.params());
      p.execute();
    } catch (SQLException e) {
      throw new StoreException("cannot write Parquet: " + e.getMessage(), e);
    }
  }

  private static ExportedEvent row(ResultSet r) throws SQLException {
    StoredEvent e = new StoredEvent(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getInt(5),
        r.getString(6), r.getString(7), r.getString(8), r.getString(9), r.getString(10), r.getString(11),
        r.getString(12), r.getString(13), r.getString(14), r.getString(15), r.getString(16), r.getInt(17),
        r.getDouble(18), r.getString(19), r.getString(20), r.getString(21), r.getString(22), r.getString(23),
        r.getString(24), nullable(r, 25), nullable(r, 26), r.getDouble(27), r.getString(28), r.getString(29));
    return new ExportedEvent(e, r.getLong(30), r.getString(31), r.getString(32), r.getString(33), r.getString(34),
        r.getString(35), r.getString(36), r.getString(37), r.getString(38), r.getString(39), r.getInt(40),
        r.getInt(41), r.getInt(42));
  }

  private static Double nullable(ResultSet r, int column) throws SQLException {
    double v = r.getDouble(column);
    return r.wasNull() ? null : v;
  }
}
