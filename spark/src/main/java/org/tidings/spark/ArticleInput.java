package org.tidings.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.regexp_replace;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Reads the job's input into raw rows of one shape: a JSON {@code line} to parse on the executors
 * (JSONL), or the article fields themselves (Parquet, text files). Nothing is parsed on the driver.
 */
final class ArticleInput {
  /** The raw shape: a JSON line with the file it came from, or the article's fields. */
  static final StructType RAW = new StructType().add("line", DataTypes.StringType).add("file", DataTypes.StringType)
      .add("id", DataTypes.StringType).add("date", DataTypes.StringType).add("title", DataTypes.StringType)
      .add("url", DataTypes.StringType).add("source", DataTypes.StringType).add("text", DataTypes.StringType);
  private static final List<String> FIELDS = List.of("id", "date", "title", "url", "source", "text");
  private final SparkSession spark;

  ArticleInput(SparkSession spark) {
    this.spark = spark;
  }

  Dataset<Row> read(String path, InputFormat format) {
    return switch (format) {
      case JSONL -> spark.read().text(path).select(col("value").as("line"), col("_metadata.file_name").as("file"),
          nulls("id"), nulls("date"), nulls("title"), nulls("url"), nulls("source"), nulls("text"));
      case TEXT -> spark.read().option("wholetext", "true").text(path).select(nulls("line"), nulls("file"),
          regexp_replace(col("_metadata.file_name"), "\\.[^.]+$", "").as("id"), nulls("date"), nulls("title"),
          nulls("url"), nulls("source"), col("value").as("text"));
      case PARQUET -> parquet(path);
    };
  }

  private Dataset<Row> parquet(String path) {
    Dataset<Row> in = spark.read().parquet(path);
    List<String> present = Arrays.asList(in.columns());
    Column[] cols = new Column[2 + FIELDS.size()];
    cols[0] = nulls("line");
    cols[1] = nulls("file");
    for (int i = 0; i < FIELDS.size(); i++) {
      String f = FIELDS.get(i);
      cols[i + 2] = present.contains(f) ? col(f).cast(DataTypes.StringType).as(f) : nulls(f);
    }
    return in.select(cols);
  }

  private static Column nulls(String name) {
    return lit(null).cast(DataTypes.StringType).as(name);
  }
}
