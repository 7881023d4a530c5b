package org.tidings.server;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.tidings.store.Store;

/**
 * A store of many invented events made inside DuckDB with SQL (seconds for 100,000): articles of
 * a hundred events each, between twenty actors, at thirty places, over a year, with the columns
 * and event JSON the readers use. For speed tests of the API and the page, not for their contents.
 */
final class SyntheticStore {
  private static final String ACTORS = "['RUSGOV','UKRGOV','RUSMIL','UKRMIL','USAGOV','FRAGOV','DEUGOV','GBRGOV',"
      + "'CHNGOV','POLGOV','NATO','EU','UN','TURGOV','BLRGOV','ISRGOV','IRNGOV','INDGOV','JPNGOV','BRAGOV']";
  private static final String CAMEOS = "['010','020','036','042','043','051','057','061','071','112','120','130',"
      + "'141','163','173','190','193','195','040','046']";
  private static final String PLACES = "[{'n':'Kyiv','c':'UKR','la':50.45,'lo':30.52},{'n':'Moscow','c':'RUS','la':55.75,"
      + "'lo':37.62},{'n':'Kharkiv','c':'UKR','la':49.99,'lo':36.23},{'n':'Washington','c':'USA','la':38.9,'lo':-77.04},"
      + "{'n':'Paris','c':'FRA','la':48.86,'lo':2.35},{'n':'Berlin','c':'DEU','la':52.52,'lo':13.4},"
      + "{'n':'London','c':'GBR','la':51.51,'lo':-0.13},{'n':'Beijing','c':'CHN','la':39.9,'lo':116.4},"
      + "{'n':'Warsaw','c':'POL','la':52.23,'lo':21.01},{'n':'Brussels','c':'BEL','la':50.85,'lo':4.35},"
      + "{'n':'Ankara','c':'TUR','la':39.93,'lo':32.86},{'n':'Minsk','c':'BLR','la':53.9,'lo':27.57},"
      + "{'n':'Jerusalem','c':'ISR','la':31.77,'lo':35.21},{'n':'Tehran','c':'IRN','la':35.69,'lo':51.39},"
      + "{'n':'New Delhi','c':'IND','la':28.61,'lo':77.21},{'n':'Tokyo','c':'JPN','la':35.68,'lo':139.69},"
      + "{'n':'Brasilia','c':'BRA','la':-15.79,'lo':-47.88},{'n':'Geneva','c':'CHE','la':46.2,'lo':6.14},"
      + "{'n':'Odesa','c':'UKR','la':46.48,'lo':30.72},{'n':'Donetsk','c':'UKR','la':48.0,'lo':37.8}]";

  private SyntheticStore() {}

  /** Makes {@code db} with {@code articles} articles of 100 events each. */
  static void make(Path db, int articles) throws SQLException {
    Store.open(db).close();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath());
        Statement s = c.createStatement()) {
      s.execute("INSERT INTO articles (article_key, article_id, content_hash, source, url, title, published, status, "
          + "coded_at, tidings_version, knowledge_id, focus_country, event_count, coded_json) "
          + "SELECT i, 'syn-' || i, 'hash-' || i, 'Wire ' || (i % 7), NULL, 'Synthetic article ' || i, "
          + "DATE '2022-01-01' + CAST(i % 365 AS INTEGER), 'ok', now(), 'test', 'synthetic', "
          + "(" + PLACES + ")[1 + i % 20].c, 100, '{\"id\":\"syn-' || i || '\",\"events\":[]}' FROM range(1, "
          + (articles + 1) + ") t(i)");
      s.execute("""
          INSERT INTO events (article_key, event_id, event_group, sentence, evidence_text, evidence_start, evidence_end,
            trigger_text, trigger_start, trigger_end, source_code, source_name, source_country, source_sector,
            source_text, source_start, source_end, target_code, target_name, target_country, target_sector, target_text,
            target_start, target_end, cameo, cameo_name, root_code, plover, quad_class, goldstein, mode,
            event_date, date_from, date_to, date_basis, place_name, place_country, place_lat, place_lon,
            confidence, pattern, event_json)
          SELECT k, id, id, 0, sentence, 0, length(sentence), 'met', 0, 3, src, NULL, left(src, 3), NULL, src, 0, 3,
            tgt, NULL, left(tgt, 3), NULL, tgt, 0, 3, cameo, NULL, left(cameo, 2), 'CONSULT', quad, gold, 'asserted',
            CAST(d AS VARCHAR), d, d, 'text', place.n, place.c, place.la, place.lo, 0.8, 'synthetic',
            json_object('id', id, 'sentence', 0, 'evidence', json_object('start', 0, 'end', length(sentence),
              'text', sentence), 'trigger', json_object('start', 0, 'end', 3, 'text', 'met'),
              'source', json_object('code', src, 'country', left(src, 3), 'text', src, 'start', 0, 'end', 3),
              'target', json_object('code', tgt, 'country', left(tgt, 3), 'text', tgt, 'start', 0, 'end', 3),
              'cameo', cameo, 'plover', 'CONSULT', 'quad_class', quad, 'goldstein', gold, 'mode', 'asserted',
              'date', CAST(d AS VARCHAR), 'date_basis', 'text', 'place', json_object('name', place.n,
              'country', place.c, 'lat', place.la, 'lon', place.lo), 'confidence', 0.8)::VARCHAR
          FROM (
            SELECT i // 100 + 1 AS k, 'syn-' || (i // 100 + 1) || ':' || (i %% 100) AS id,
              'Synthetic event ' || i || ' between two actors.' AS sentence,
              (%s)[1 + (i * 7) %% 20] AS src, (%s)[1 + ((i * 7) %% 20 + 1 + i %% 19) %% 20] AS tgt,
              (%s)[1 + (i * 3) %% 20] AS cameo,
              CASE WHEN (i * 3) %% 20 < 9 THEN 1 WHEN (i * 3) %% 20 < 11 THEN 2
                   WHEN (i * 3) %% 20 < 14 THEN 3 ELSE 4 END AS quad,
              CAST(((i * 37) %% 200) / 10.0 - 10 AS DOUBLE) AS gold,
              DATE '2022-01-01' + CAST((i // 100) %% 365 AS INTEGER) AS d,
              (%s)[1 + (i * 11) %% 20] AS place
            FROM range(0, %d) t(i)
          )
          """.formatted(ACTORS, ACTORS, CAMEOS, PLACES, articles * 100));
    }
  }
}
