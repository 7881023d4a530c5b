package org.tidings.store;

import java.util.Arrays;
import java.util.List;

/**
 * The tables a coded article becomes, with their columns in the order of the schema
 * (migrations under {@code tidings/store/migrations}). The store writes them to DuckDB; the Spark
 * job writes the same columns to Parquet. {@code TableTest} checks them against the migrated schema.
 */
public enum Table {
  ARTICLES("articles", "article_key BIGINT NOT NULL", "article_id VARCHAR NOT NULL", "content_hash VARCHAR NOT NULL",
      "source VARCHAR", "url VARCHAR", "title VARCHAR", "published DATE", "status VARCHAR NOT NULL",
      "coded_at TIMESTAMP NOT NULL", "tidings_version VARCHAR NOT NULL", "knowledge_id VARCHAR NOT NULL",
      "focus_country VARCHAR", "event_count INTEGER NOT NULL", "coded_json VARCHAR NOT NULL"),
  ARTICLE_TEXTS("article_texts", "article_key BIGINT NOT NULL", "text VARCHAR NOT NULL"),
  SENTENCES("sentences", "article_key BIGINT NOT NULL", "sentence INTEGER NOT NULL",
      "start_offset INTEGER NOT NULL", "end_offset INTEGER NOT NULL", "text VARCHAR NOT NULL"),
  MENTIONS("mentions", "article_key BIGINT NOT NULL", "mention INTEGER NOT NULL", "sentence INTEGER NOT NULL",
      "start_offset INTEGER NOT NULL", "end_offset INTEGER NOT NULL", "text VARCHAR NOT NULL",
      "kind VARCHAR NOT NULL", "person BOOLEAN NOT NULL", "actor_code VARCHAR NOT NULL", "actor_name VARCHAR",
      "actor_country VARCHAR", "actor_sector VARCHAR", "antecedent VARCHAR"),
  EVENTS("events", "article_key BIGINT NOT NULL", "event_id VARCHAR NOT NULL", "event_group VARCHAR",
      "sentence INTEGER NOT NULL", "evidence_text VARCHAR NOT NULL", "evidence_start INTEGER NOT NULL",
      "evidence_end INTEGER NOT NULL", "trigger_text VARCHAR NOT NULL", "trigger_start INTEGER NOT NULL",
      "trigger_end INTEGER NOT NULL", "source_code VARCHAR NOT NULL", "source_name VARCHAR",
      "source_country VARCHAR", "source_sector VARCHAR", "source_text VARCHAR NOT NULL",
      "source_start INTEGER NOT NULL", "source_end INTEGER NOT NULL", "target_code VARCHAR", "target_name VARCHAR",
      "target_country VARCHAR", "target_sector VARCHAR", "target_text VARCHAR", "target_start INTEGER",
      "target_end INTEGER", "cameo VARCHAR NOT NULL", "cameo_name VARCHAR", "root_code VARCHAR NOT NULL",
      "plover VARCHAR", "quad_class INTEGER NOT NULL", "goldstein DOUBLE NOT NULL", "mode VARCHAR NOT NULL",
      "reported_by_code VARCHAR", "reported_by_name VARCHAR", "reported_by_text VARCHAR", "event_date VARCHAR",
      "date_from DATE", "date_to DATE", "date_basis VARCHAR NOT NULL", "place_name VARCHAR",
      "place_country VARCHAR", "place_lat DOUBLE", "place_lon DOUBLE", "place_start INTEGER", "place_end INTEGER",
      "confidence DOUBLE NOT NULL", "pattern VARCHAR", "event_json VARCHAR NOT NULL"),
  QUOTES("quotes", "article_key BIGINT NOT NULL", "quote INTEGER NOT NULL", "text VARCHAR NOT NULL",
      "start_offset INTEGER NOT NULL", "end_offset INTEGER NOT NULL", "kind VARCHAR NOT NULL", "cue VARCHAR",
      "note VARCHAR", "speaker_code VARCHAR", "speaker_name VARCHAR", "speaker_text VARCHAR", "event_id VARCHAR"),
  FAILURES("failures", "article_key BIGINT NOT NULL", "code VARCHAR NOT NULL", "message VARCHAR NOT NULL",
      "failed_at TIMESTAMP NOT NULL");

  private final String tableName;
  private final List<Column> columns;

  Table(String tableName, String... columns) {
    this.tableName = tableName;
    this.columns = Arrays.stream(columns).map(Column::parse).toList();
  }

  /** The table's name in the store and the folder name of its Parquet table. */
  public String tableName() {
    return tableName;
  }

  public List<Column> columns() {
    return columns;
  }

  /** {@code INSERT INTO t (a, b) VALUES (CAST(? AS T1), CAST(? AS T2))}: every value a parameter. */
  String insertSql() {
    return "INSERT INTO " + tableName + " (" + String.join(", ", columns.stream().map(Column::name).toList())
        + ") VALUES (" + String.join(", ", columns.stream().map(c -> "CAST(? AS " + c.type() + ")").toList()) + ")";
  }
}
