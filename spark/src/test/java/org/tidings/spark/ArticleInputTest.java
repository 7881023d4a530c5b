package org.tidings.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidings.store.ContentHash;

/** Reading each input format into parsed articles (no coding, no models). */
class ArticleInputTest {
  private static SparkSession spark;

  @TempDir
  Path dir;

  @BeforeAll
  static void start() {
    spark = TidingsJob.session(JobOptions.parse("in", "out", "--threads", "2"));
    spark.conf().set("spark.sql.datetime.java8API.enabled", "true");
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void jsonLinesAreReadByTheArticleReaderOnTheExecutors() throws Exception {
    Path in = dir.resolve("news.jsonl");
    Files.write(in, List.of("{\"id\": \"a\", \"date\": \"2022-02-08\", \"title\": \"T\", \"text\": \"Troops moved.\"}",
        "", "{\"id\": \"b\", \"text\": \"Talks began.\"}", "{\"id\": \"c\", \"date\": \"8 Feb\", \"text\": \"x\"}",
        "not json"));
    List<Row> rows = parsed(in.toString(), InputFormat.JSONL, LocalDate.of(2022, 2, 9));
    assertThat(rows).hasSize(4);
    Row a = rows.get(0);
    assertThat(List.of(a.getString(0), a.getString(1), a.get(2), a.getString(3), a.getString(6)))
        .containsExactly(ContentHash.of("Troops moved."), "a", LocalDate.of(2022, 2, 8), "T", "Troops moved.");
    assertThat(a.getString(7)).isNull();
    assertThat(rows.get(1).<LocalDate>getAs(2)).isEqualTo(LocalDate.of(2022, 2, 9));
    assertThat(rows.get(2).getString(7)).isEqualTo("bad_date");
    assertThat(rows.get(3).getString(7)).isEqualTo("malformed_json");
    assertThat(rows.get(3).getString(1)).startsWith("news.jsonl:");
  }

  @Test
  void parquetColumnsAreTheArticleFields() {
    StructType schema = new StructType().add("id", DataTypes.StringType).add("date", DataTypes.DateType)
        .add("text", DataTypes.StringType);
    String path = dir.resolve("news.parquet").toString();
    spark.createDataFrame(List.of(RowFactory.create("p1", LocalDate.of(2022, 2, 8), "Ships docked."),
        RowFactory.create("p2", null, null)), schema).write().parquet(path);
    List<Row> rows = parsed(path, InputFormat.PARQUET, null);
    assertThat(rows).extracting(r -> r.getString(1)).containsExactly("p1", "p2");
    assertThat(rows.get(0).<LocalDate>getAs(2)).isEqualTo(LocalDate.of(2022, 2, 8));
    assertThat(rows.get(0).getString(6)).isEqualTo("Ships docked.");
    assertThat(rows.get(1).getString(7)).isEqualTo("missing_text");
  }

  @Test
  void textFilesAreArticlesNamedByTheirFile() throws Exception {
    Files.writeString(dir.resolve("kyiv-talks.txt"), "KYIV — Talks began.\n\nThey ended.");
    List<Row> rows = parsed(dir.toString(), InputFormat.TEXT, LocalDate.of(2022, 2, 8));
    assertThat(rows).hasSize(1);
    assertThat(List.of(rows.get(0).getString(1), rows.get(0).getString(6), rows.get(0).get(2)))
        .containsExactly("kyiv-talks", "KYIV — Talks began.\n\nThey ended.", LocalDate.of(2022, 2, 8));
  }

  private static List<Row> parsed(String path, InputFormat format, LocalDate date) {
    return new ArticleInput(spark).read(path, format)
        .mapPartitions(new ParseArticles(date), Encoders.row(ParseArticles.PARSED)).collectAsList().stream()
        .sorted(Comparator.comparing(r -> r.getString(1))).toList();
  }
}
