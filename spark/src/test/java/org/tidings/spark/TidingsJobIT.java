package org.tidings.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidings.core.json.ArticleReader;
import org.tidings.core.model.Article;
import org.tidings.core.model.ArticleError;
import org.tidings.core.model.CodedArticle;
import org.tidings.core.pipeline.TidingsCoder;
import org.tidings.store.Column;
import org.tidings.store.CodedRows;
import org.tidings.store.ContentHash;
import org.tidings.store.Table;

/**
 * The job in local mode on the reference article and the test sets, plus bad lines, against the
 * path without Spark: {@link TidingsCoder} and the same row mapping, row for row in every table;
 * run twice to show a repeated run replaces rather than adds; read by DuckDB as the README says; and
 * its stories against the store's.
 */
class TidingsJobIT {
  private static SparkSession spark;

  @TempDir
  Path dir;

  @BeforeAll
  static void start() {
    spark = TidingsJob.session(JobOptions.parse("in", "out", "--threads", "2"));
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void theTablesAreThoseOfTheCoderWithoutSpark() throws IOException, SQLException {
    List<String> lines = new ArrayList<>(TestArticles.all().stream().map(Object::toString).toList());
    lines.add("{\"id\": \"broken\", \"text\": ");
    lines.add("{\"id\": \"empty\", \"date\": \"2022-02-09\", \"text\": \"\"}");
    lines.add("{\"text\": \"no id here\"}");
    lines.add("");
    Path in = dir.resolve("input.jsonl");
    Files.write(in, lines);
    String out = dir.resolve("out").toString();

    TidingsJob job = new TidingsJob(spark);
    TidingsJob.Summary first = job.run(new JobOptions(in.toString(), out, InputFormat.JSONL, null, 2, 0));
    TidingsJob.Summary again = job.run(new JobOptions(in.toString(), out, InputFormat.JSONL, null, 2, 0));

    List<CodedArticle> expected = codeWithoutSpark(lines);
    Map<Table, List<List<Object>>> want = rows(expected);
    assertThat(first.articles()).isEqualTo(lines.size() - 1).isEqualTo(again.articles());
    assertThat(first.failed()).isEqualTo(3);
    for (Table t : TidingsJob.TABLES) {
      assertThat(read(out, t)).as(t.tableName()).isEqualTo(want.get(t));
    }
    assertThat(want.get(Table.EVENTS)).hasSizeGreaterThan(100);

    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = duck.createStatement();
        ResultSet r = s.executeQuery("SELECT count(*), count(DISTINCT published) FROM read_parquet('" + out
            + "/events/*/*.parquet', hive_partitioning = true)")) {
      r.next();
      assertThat(r.getLong(1)).as("events as DuckDB reads them").isEqualTo(want.get(Table.EVENTS).size());
      assertThat(r.getLong(2)).isGreaterThan(1);
    }

    StoryTables store = StoryTables.ofStore(dir.resolve("t.db"), expected);
    StoryTables sparks = StoryTables.ofSpark(spark.read().parquet(out + "/stories"),
        spark.read().parquet(out + "/story_events"), job.read(out, Table.ARTICLES));
    assertThat(store.stories()).isNotEmpty();
    assertThat(sparks).isEqualTo(store);
  }

  @Test
  void readsWholeTextFiles() throws IOException {
    Path texts = Files.createDirectories(dir.resolve("texts"));
    Files.copy(Path.of("../examples/seed-article.txt"), texts.resolve("seed.txt"));
    String out = dir.resolve("out-text").toString();
    TidingsJob.Summary s = new TidingsJob(spark).run(JobOptions.parse(texts.toString(), out, "--format", "text",
        "--date", "2022-02-08"));
    assertThat(s.articles()).isEqualTo(1);
    assertThat(s.events()).isGreaterThan(10);
    Row a = spark.read().parquet(out + "/articles").select("article_id", "published").first();
    assertThat(List.of(a.getString(0), a.get(1))).containsExactly("seed", LocalDate.of(2022, 2, 8));
  }

  /** What {@code tidings code} does with these lines: the same reader, the same coder. */
  private static List<CodedArticle> codeWithoutSpark(List<String> lines) {
    TidingsCoder coder = CoderHolder.coder();
    ArticleReader reader = new ArticleReader();
    List<CodedArticle> out = new ArrayList<>();
    for (String line : lines) {
      if (line.isBlank()) {
        continue;
      }
      ArticleReader.Result r = reader.read(line, "input.jsonl:" + ContentHash.of(line).substring(0, 12));
      out.add(r.ok() ? coder.code(r.article()) : CodedArticle.failed(Article.of(r.id(), null, ""),
          new ArticleError(r.code(), "a line of input.jsonl: " + r.message()), coder.provenance()));
    }
    return out;
  }

  /** Every table's rows, with {@code published}, times left out (they say when a row was made), sorted. */
  private static Map<Table, List<List<Object>>> rows(List<CodedArticle> coded) {
    Map<Table, List<List<Object>>> out = new EnumMap<>(Table.class);
    CodedRows mapping = new CodedRows();
    for (CodedArticle c : coded) {
      long key = ArticleKeys.of(ContentHash.of(c.article()));
      mapping.rows(key, c, null).forEach((t, rows) -> {
        for (List<Object> r : rows) {
          List<Object> row = new ArrayList<>(r);
          if (t != Table.ARTICLES) {
            row.add(c.article().date());
          }
          out.computeIfAbsent(t, x -> new ArrayList<>()).add(row);
        }
      });
    }
    out.replaceAll((t, rows) -> sorted(t, rows));
    return out;
  }

  private List<List<Object>> read(String out, Table t) {
    Dataset<Row> d = new TidingsJob(spark).read(out, t);
    List<String> names = Arrays.asList(SparkSchemas.written(t).fieldNames());
    List<List<Object>> rows = new ArrayList<>();
    for (Row r : d.collectAsList()) {
      List<Object> row = new ArrayList<>();
      names.forEach(n -> row.add(r.get(r.fieldIndex(n))));
      rows.add(row);
    }
    return sorted(t, rows);
  }

  private static List<List<Object>> sorted(Table t, List<List<Object>> rows) {
    List<Column> cols = t.columns();
    List<List<Object>> out = new ArrayList<>();
    for (List<Object> r : rows) {
      List<Object> row = new ArrayList<>(r);
      for (int i = 0; i < cols.size(); i++) {
        if (cols.get(i).type().equals("TIMESTAMP")) {
          row.set(i, null);
        }
      }
      out.add(row);
    }
    out.sort(Comparator.comparing(Object::toString));
    return out;
  }
}
