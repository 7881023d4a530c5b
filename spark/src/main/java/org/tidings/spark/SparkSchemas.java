package org.tidings.spark;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.tidings.store.Column;
import org.tidings.store.Table;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Spark schemas of the store's tables ({@link Table}) and of one coded article (a row holding,
 * for each table, the array of that article's rows), and the conversion of {@code CodedRows}
 * values into Spark rows. DATE columns hold {@code LocalDate} (the session runs with
 * {@code spark.sql.datetime.java8API.enabled}), TIMESTAMP columns {@code LocalDateTime}
 * (Spark's {@code TIMESTAMP_NTZ}, the store's time-zone-free TIMESTAMP).
 */
final class SparkSchemas {
  /** The column every Parquet table is partitioned by: the article's publication date. */
  static final String PARTITION = "published";

  private SparkSchemas() {}

  static StructType of(Table t) {
    StructType s = new StructType();
    for (Column c : t.columns()) {
      s = s.add(new StructField(c.name(), type(c.type()), c.nullable(), org.apache.spark.sql.types.Metadata.empty()));
    }
    return s;
  }

  /** The schema of a table as written: its columns, plus {@code published} for tables that lack it. */
  static StructType written(Table t) {
    StructType s = of(t);
    return t == Table.ARTICLES ? s : s.add(PARTITION, DataTypes.DateType, true);
  }

  /** One coded article: its publication date, then one array of rows per table, in {@link Table} order. */
  static StructType coded() {
    StructType s = new StructType().add(PARTITION, DataTypes.DateType, true);
    for (Table t : Table.values()) {
      s = s.add(t.tableName(), DataTypes.createArrayType(of(t), false), false);
    }
    return s;
  }

  static Row codedRow(Object published, Map<Table, List<List<Object>>> rows) {
    Object[] values = new Object[Table.values().length + 1];
    values[0] = published;
    for (Table t : Table.values()) {
      List<Row> out = rows.get(t).stream().map(r -> RowFactory.create(r.toArray())).toList();
      values[t.ordinal() + 1] = CollectionConverters.asScala(out).toSeq();
    }
    return RowFactory.create(values);
  }

  private static DataType type(String sql) {
    return switch (sql) {
      case "BIGINT" -> DataTypes.LongType;
      case "INTEGER" -> DataTypes.IntegerType;
      case "VARCHAR" -> DataTypes.StringType;
      case "DOUBLE" -> DataTypes.DoubleType;
      case "BOOLEAN" -> DataTypes.BooleanType;
      case "DATE" -> DataTypes.DateType;
      case "TIMESTAMP" -> DataTypes.TimestampNTZType;
      default -> throw new IllegalArgumentException("no Spark type for SQL type " + sql);
    };
  }
}
