package org.tidings.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidings.core.model.CodedArticle;
import org.tidings.core.model.DateBasis;
import org.tidings.core.model.Mode;
import org.tidings.store.CodedRows;
import org.tidings.store.ContentHash;
import org.tidings.store.Table;

class SparkStoriesTest {
  private static SparkSession spark;

  @TempDir
  Path dir;

  @BeforeAll
  static void start() {
    spark = TidingsJob.session(JobOptions.parse("in.jsonl", "out", "--threads", "2"));
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void theStoriesAreThoseTheStoreBuilds() {
    List<CodedArticle> coded = List.of(
        // one shelling on 7 February: two wires give the text's date, a third only its publication date (8 February)
        Synthetic.article("a", "Wire A", "2022-02-07", "RUSMIL", "UKR", "195", "2022-02-07", DateBasis.TEXT,
            Mode.ASSERTED),
        Synthetic.article("b", "Wire B", "2022-02-08", "RUSMIL", "UKR", "195", "2022-02-07", DateBasis.TEXT,
            Mode.REPORTED),
        Synthetic.article("c", "Wire B", "2022-02-08", "RUSMIL", "UKR", "195", "2022-02-08", DateBasis.PUBLICATION,
            Mode.ASSERTED),
        // the text dates it to 10 February: a story of its own; and one inferred on the 11th joins it
        Synthetic.article("d", "Wire A", "2022-02-10", "RUSMIL", "UKR", "195", "2022-02-10", DateBasis.TEXT,
            Mode.ASSERTED),
        Synthetic.article("e", "Wire C", "2022-02-11", "RUSMIL", "UKR", "195", "2022-02-11", DateBasis.PUBLICATION,
            Mode.ASSERTED),
        // two exact dates a day apart: two stories
        Synthetic.article("f", "Wire C", "2022-02-12", "FRAGOV", "DEUGOV", "040", "2022-02-12", DateBasis.TEXT,
            Mode.ASSERTED),
        Synthetic.article("g", "Wire A", "2022-02-13", "FRAGOV", "DEUGOV", "040", "2022-02-13", DateBasis.TEXT,
            Mode.ASSERTED),
        // no target, the same day; a month-only date and a denial take no part
        Synthetic.article("h", "Wire A", "2022-02-09", "UKRGOV", null, "010", "2022-02-09", DateBasis.PUBLICATION,
            Mode.ASSERTED),
        Synthetic.article("i", "Wire B", "2022-02-09", "UKRGOV", null, "010", "2022-02-09", DateBasis.TEXT,
            Mode.ASSERTED),
        Synthetic.article("j", "Wire B", "2022-02-09", "UKRGOV", null, "010", "2022-02", DateBasis.TEXT,
            Mode.ASSERTED),
        Synthetic.article("k", "Wire C", "2022-02-07", "RUSMIL", "UKR", "195", "2022-02-07", DateBasis.TEXT,
            Mode.DENIED));

    StoryTables store = StoryTables.ofStore(dir.resolve("t.db"), coded);
    Dataset<Row> codedRows = spark.createDataFrame(coded.stream().map(SparkStoriesTest::row).toList(),
        SparkSchemas.coded());
    Dataset<Row> articles = TidingsJob.rows(codedRows, Table.ARTICLES);
    SparkStories.Result result = new SparkStories(spark).build(TidingsJob.rows(codedRows, Table.EVENTS), articles);
    StoryTables sparks = StoryTables.ofSpark(result.stories(), result.storyEvents(), articles);

    assertThat(store.stories()).hasSize(5);
    assertThat(sparks).isEqualTo(store);
  }

  private static Row row(CodedArticle c) {
    long key = ArticleKeys.of(ContentHash.of(c.article()));
    return SparkSchemas.codedRow(c.article().date(), new CodedRows().rows(key, c, LocalDateTime.of(2022, 2, 14, 9, 0)));
  }
}
