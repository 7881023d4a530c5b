package org.tidings.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.tidings.core.knowledge.EventTypes;

/**
 * Fills a store with synthetic events for benchmarks, generated inside DuckDB ({@code range()}):
 * 200 actor codes (40 countries, 5 sectors) drawn with a skew so that a few are in most events,
 * every CAMEO code of the shipped {@code cameo.tsv} (the low roots, statements and consultations, drawn
 * more often), dates over
 * five years (2020 to 2024) rising with the row number as an ingest would write them, ten events
 * an article, one event in ten without a target, half with a place, most asserted. Never on a
 * store that holds real articles: it is for a temporary store. The indexes on events are dropped
 * while the rows go in and made again after, which is faster than keeping them up to date.
 */
public final class SyntheticEvents {
  /** Forty countries: the actors are each of them with five sectors. */
  static final List<String> COUNTRIES = List.of("USA", "RUS", "UKR", "CHN", "FRA", "DEU", "GBR", "ISR", "PSE", "IRN",
      "TUR", "SYR", "IRQ", "IND", "PAK", "AFG", "EGY", "SAU", "YEM", "LBN", "JPN", "KOR", "PRK", "TWN", "POL", "BLR",
      "ITA", "ESP", "NGA", "ETH", "SDN", "SSD", "COD", "KEN", "ZAF", "BRA", "VEN", "COL", "MEX", "ARM");
  static final List<String> SECTORS = List.of("GOV", "MIL", "REB", "OPP", "CVL");
  private static final int ARTICLE_EVENTS = 10;
  private static final int CHUNK = 1_000_000;
  private static final int DAYS = 1827;
  private final Store store;

  public SyntheticEvents(Store store) {
    this.store = store;
  }

  /** Adds {@code count} events (in articles of ten) to an empty store; returns how many events it holds. */
  public long generate(long count) {
    try (Statement s = store.connection().createStatement()) {
      s.execute("CREATE TEMP TABLE bench_actors AS SELECT (row_number() OVER () - 1) AS idx, c || s AS code, c AS "
          + "country, s AS sector FROM (SELECT unnest(?) AS c) CROSS JOIN (SELECT unnest(?) AS s)"
          .replace("?", "%s").formatted(array(COUNTRIES), array(SECTORS)));
      s.execute("CREATE TEMP TABLE bench_types (idx INTEGER, code VARCHAR, name VARCHAR, root VARCHAR, quad INTEGER, "
          + "goldstein DOUBLE, plover VARCHAR)");
      insertTypes();
      long articles = (count + ARTICLE_EVENTS - 1) / ARTICLE_EVENTS;
      try (PreparedStatement p = store.connection().prepareStatement(ARTICLES)) {
        p.setLong(1, articles);
        p.setLong(2, articles);
        p.executeUpdate();
      }
      try (PreparedStatement p = store.connection().prepareStatement( // keys taken: later articles follow them
          "SELECT max(nextval('article_keys')) FROM range(?)")) {
        p.setLong(1, articles);
        p.executeQuery().close();
      }
      List<String> indexes = new ArrayList<>();
      try (var r = s.executeQuery("SELECT index_name, sql FROM duckdb_indexes() WHERE table_name = 'events'")) {
        while (r.next()) {
          indexes.add(r.getString(2));
          try (Statement drop = store.connection().createStatement()) {
            drop.execute("DROP INDEX " + r.getString(1));
          }
        }
      }
      for (long from = 0; from < count; from += CHUNK) {
        try (PreparedStatement p = store.connection().prepareStatement(EVENTS)) {
          Sql.bind(p, List.of(count, from, Math.min(count, from + CHUNK)));
          p.executeUpdate();
        }
      }
      for (String index : indexes) {
        s.execute(index);
      }
      s.execute("DROP TABLE bench_actors");
      s.execute("DROP TABLE bench_types");
      s.execute("CHECKPOINT");
      try (var r = s.executeQuery("SELECT count(*) FROM events")) {
        r.next();
        return r.getLong(1);
      }
    } catch (SQLException e) {
      throw new StoreException("cannot generate synthetic events: " + e.getMessage(), e);
    }
  }

  private static String array(List<String> values) {
    return "['" + String.join("', '", values) + "']";
  }

  private void insertTypes() throws SQLException {
    List<String[]> rows = new ArrayList<>();
    for (String line : cameoLines()) {
      if (!line.isBlank() && !line.startsWith("#") && !line.startsWith("code\t")) {
        rows.add(line.split("\t", -1));
      }
    }
    try (PreparedStatement p = store.connection().prepareStatement("INSERT INTO bench_types VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      for (int i = 0; i < rows.size(); i++) {
        String[] r = rows.get(i);
        int root = Integer.parseInt(r[0].substring(0, 2));
        Sql.bind(p, List.of(i, r[0], r[1], r[0].substring(0, 2), EventTypes.quadClass(root),
            r[2].isBlank() ? 0.0 : Double.parseDouble(r[2]), r[3]));
        p.executeUpdate();
      }
    }
  }

  private static List<String> cameoLines() {
    try (InputStream in = SyntheticEvents.class.getClassLoader().getResourceAsStream("tidings/knowledge/cameo.tsv")) {
      if (in == null) {
        throw new IllegalStateException("cameo.tsv is not on the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final String ARTICLES = """
      INSERT INTO articles (article_key, article_id, content_hash, source, url, title, published, status, coded_at,
                            tidings_version, knowledge_id, focus_country, event_count, coded_json)
      SELECT i, 'synthetic-' || i, md5('synthetic-' || i), 'Wire ' || (i %% 25), NULL, NULL,
             DATE '2020-01-01' + CAST(floor((i - 1) * %d / ?) AS INTEGER), 'ok', TIMESTAMP '2025-01-01 00:00:00',
             'bench', 'bench', NULL, %d, '{"synthetic": true}'
      FROM range(1, ? + 1) t(i)
      """.formatted(DAYS, ARTICLE_EVENTS);

  /** Skewed draws: an index is floor(n * u^2) for a uniform u, so the first actor is in about one event in seven. */
  private static final String EVENTS = """
      INSERT INTO events
      WITH draws AS (
        SELECT i, floor(200 * pow(random(), 2))::INTEGER AS s, floor(200 * pow(random(), 2))::INTEGER AS t,
               random() AS u, random() AS m, random() AS pl,
               least(%d - 1, greatest(0, CAST(floor(i * %d / ?) + floor(random() * 5) - 2 AS INTEGER))) AS day
        FROM range(?, ?) r(i)
      ), typed AS (
        SELECT d.*, (SELECT count(*) FROM bench_types) AS n_types FROM draws d
      ), picked AS (
        SELECT y.*,
               CASE WHEN u < 0.45 THEN floor(pow(random(), 2) * n_types)::INTEGER
                    ELSE floor(random() * n_types)::INTEGER END AS k
        FROM typed y
      )
      SELECT i // %d + 1 AS article_key, 'e' || (i %% %d) AS event_id, NULL, 0,
             'Synthetic evidence sentence for event ' || i || '.', 0, 40, 'did', 10, 13,
             sa.code, NULL, sa.country, sa.sector, sa.country || ' ' || sa.sector, 0, 8,
             CASE WHEN u >= 0.9 THEN NULL ELSE ta.code END, NULL,
             CASE WHEN u >= 0.9 THEN NULL ELSE ta.country END, CASE WHEN u >= 0.9 THEN NULL ELSE ta.sector END,
             CASE WHEN u >= 0.9 THEN NULL ELSE ta.country || ' ' || ta.sector END,
             CASE WHEN u >= 0.9 THEN NULL ELSE 20 END, CASE WHEN u >= 0.9 THEN NULL ELSE 28 END,
             ty.code, ty.name, ty.root, ty.plover, ty.quad, ty.goldstein,
             CASE WHEN m < 0.80 THEN 'asserted' WHEN m < 0.90 THEN 'reported' WHEN m < 0.94 THEN 'planned'
                  WHEN m < 0.97 THEN 'negated' WHEN m < 0.99 THEN 'hypothetical' ELSE 'denied' END,
             NULL, NULL, NULL,
             CAST(DATE '2020-01-01' + day AS VARCHAR), DATE '2020-01-01' + day, DATE '2020-01-01' + day,
             CASE WHEN m < 0.5 THEN 'text' ELSE 'publication' END,
             CASE WHEN pl < 0.5 THEN 'Place of ' || ta.country ELSE NULL END,
             CASE WHEN pl < 0.5 THEN ta.country ELSE NULL END, NULL, NULL, NULL, NULL,
             round(0.5 + u / 2, 2), 'synthetic',
             CAST(json_object('id', 'e' || (i %% %d), 'source', json_object('code', sa.code, 'country', sa.country),
                  'target', CASE WHEN u >= 0.9 THEN NULL ELSE json_object('code', ta.code, 'country', ta.country) END,
                  'cameo', ty.code, 'cameo_name', ty.name, 'plover', ty.plover, 'quad_class', ty.quad,
                  'goldstein', ty.goldstein, 'date', CAST(DATE '2020-01-01' + day AS VARCHAR)) AS VARCHAR)
      FROM picked p
      JOIN bench_actors sa ON sa.idx = p.s
      JOIN bench_actors ta ON ta.idx = (CASE WHEN p.t = p.s THEN (p.t + 1) %% 200 ELSE p.t END)
      JOIN bench_types ty ON ty.idx = p.k
      ORDER BY p.i
      """.formatted(DAYS, DAYS, ARTICLE_EVENTS, ARTICLE_EVENTS, ARTICLE_EVENTS);
}
