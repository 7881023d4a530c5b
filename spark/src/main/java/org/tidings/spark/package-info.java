/**
 * The Tidings job on Apache Spark: reads articles from any Hadoop-compatible path (JSONL, Parquet or
 * whole text files), codes them in {@code mapPartitions} with the {@code core} pipeline loaded once
 * per executor JVM ({@link org.tidings.spark.CoderHolder}), and writes the store's tables as Parquet
 * partitioned by publication date, then the story tables by the store's rule. The rows come from the
 * store's {@link org.tidings.store.CodedRows}, so Parquet and DuckDB hold the same columns.
 */
package org.tidings.spark;
