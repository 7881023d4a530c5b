package org.tidings.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Story events across articles, in Spark SQL, by the rule of the store's
 * {@link org.tidings.store.Stories}: events dated to a day whose mode is not negated, denied or
 * hypothetical; within one source code, target code and CAMEO code, ordered by day, an event joins
 * the story of the one before it when both dates come from the text and fall on the same day, or
 * when either was inferred from the publication date and they are at most a day apart. The story id
 * is the same hash of key and first day, so the Spark tables and the store agree on ids.
 */
final class SparkStories {
  private static final String LINK = """
      WITH dated AS (
        SELECT article_key, event_id, source_code, coalesce(target_code, '') AS target_key, cameo,
               date_from AS day, date_basis = 'text' AS exact
        FROM events
        WHERE date_from IS NOT NULL AND date_from = date_to AND mode NOT IN ('negated', 'denied', 'hypothetical')
      ), ordered AS (
        SELECT *, lag(day) OVER w AS prev_day, lag(exact) OVER w AS prev_exact
        FROM dated
        WINDOW w AS (PARTITION BY source_code, target_key, cameo ORDER BY day, exact DESC, article_key, event_id)
      ), marked AS (
        SELECT *, CASE WHEN prev_day IS NULL THEN 1
                       WHEN datediff(day, prev_day) <= CASE WHEN exact AND prev_exact THEN 0 ELSE 1 END THEN 0
                       ELSE 1 END AS starts
        FROM ordered
      ), numbered AS (
        SELECT *, sum(starts) OVER (PARTITION BY source_code, target_key, cameo
                                    ORDER BY day, exact DESC, article_key, event_id
                                    ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS story_no
        FROM marked
      )
      SELECT md5(concat(source_code, '|', target_key, '|', cameo, '|',
                 CAST(min(day) OVER (PARTITION BY source_code, target_key, cameo, story_no) AS STRING))) AS story_id,
             article_key, event_id
      FROM numbered
      """;
  private static final String SUM = """
      SELECT s.story_id, first(e.source_code, true) AS source_code, first(e.target_code, true) AS target_code,
             first(e.cameo, true) AS cameo, min(e.date_from) AS first_day, max(e.date_from) AS last_day,
             CAST(count(*) AS INT) AS mention_count, CAST(count(DISTINCT e.article_key) AS INT) AS article_count,
             CAST(count(DISTINCT a.source) AS INT) AS source_count
      FROM story_events s
      JOIN events e ON e.article_key = s.article_key AND e.event_id = s.event_id
      JOIN articles a ON a.article_key = s.article_key
      GROUP BY s.story_id
      """;
  private final SparkSession spark;

  SparkStories(SparkSession spark) {
    this.spark = spark;
  }

  /** The story tables of these events and articles: {@code story_events} and {@code stories}. */
  Result build(Dataset<Row> events, Dataset<Row> articles) {
    events.createOrReplaceTempView("events");
    articles.createOrReplaceTempView("articles");
    Dataset<Row> links = spark.sql(LINK);
    links.createOrReplaceTempView("story_events");
    return new Result(links, spark.sql(SUM));
  }

  /** The two story tables, with the columns of the store's. */
  record Result(Dataset<Row> storyEvents, Dataset<Row> stories) {}
}
