package org.tidings.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.storage.StorageLevel;
import org.tidings.store.Table;

/**
 * The Tidings job: reads articles, codes them on the executors and writes the store's tables as
 * Parquet under the output folder ({@code articles}, {@code events}, {@code mentions},
 * {@code quotes}, {@code sentences}, {@code failures}, partitioned by {@code published}), then
 * {@code story_events} and {@code stories} over every event in the output. Articles of the same
 * content are coded once. Each publication day written replaces that day's partition whole (dynamic
 * partition overwrite) and keys come from the content hash, so a retried task or a repeated run
 * never duplicates a row.
 */
public final class TidingsJob {
  /** The tables of coded articles, in the order they are written. */
  static final List<Table> TABLES = List.of(Table.ARTICLES, Table.ARTICLE_TEXTS, Table.EVENTS, Table.MENTIONS,
      Table.QUOTES, Table.SENTENCES, Table.FAILURES);
  private final SparkSession spark;

  public TidingsJob(SparkSession spark) {
    this.spark = spark;
    spark.conf().set("spark.sql.sources.partitionOverwriteMode", "dynamic");
    spark.conf().set("spark.sql.datetime.java8API.enabled", "true");
  }

  /** What a run did, and how long its three phases took (seconds): coding, writing the tables, the stories. */
  public record Summary(long articles, long failed, long events, double codingSeconds, double writingSeconds,
      double storySeconds) {}

  /** Runs the job: see {@link JobOptions}. */
  public Summary run(JobOptions o) {
    Dataset<Row> parsed = new ArticleInput(spark).read(o.input(), o.format())
        .mapPartitions(new ParseArticles(o.date()), Encoders.row(ParseArticles.PARSED));
    int partitions = o.partitions() > 0 ? o.partitions() : spark.sparkContext().defaultParallelism() * 16;
    Dataset<Row> unique = parsed
        .withColumn("copy", row_number().over(Window.partitionBy("content_hash").orderBy("id", "date")))
        .where(col("copy").equalTo(1)).drop("copy")
        .repartition(partitions, col("content_hash"));
    Dataset<Row> coded = unique.mapPartitions(new CodeArticles(o.budgetSeconds() * 1000L), Encoders.row(SparkSchemas.coded()))
        .persist(StorageLevel.MEMORY_AND_DISK());
    long t0 = System.nanoTime();
    try {
      // codes every article (all partitions in parallel) and fills the cache the tables are written from
      Row counts = coded.agg(count(lit(1)), sum(when(size(col(Table.FAILURES.tableName())).gt(0), 1).otherwise(0)),
          sum(size(col(Table.EVENTS.tableName())))).first();
      long t1 = System.nanoTime();
      writeAll(coded, o.output());
      long t2 = System.nanoTime();
      SparkStories.Result s = new SparkStories(spark).build(read(o.output(), Table.EVENTS),
          read(o.output(), Table.ARTICLES));
      Dataset<Row> links = s.storyEvents().persist(StorageLevel.MEMORY_AND_DISK());
      try {
        write(links, o.output() + "/story_events", false);
        write(s.stories(), o.output() + "/stories", false);
      } finally {
        links.unpersist();
      }
      return new Summary(counts.getLong(0), counts.getLong(1), counts.getLong(2), (t1 - t0) / 1e9, (t2 - t1) / 1e9,
          (System.nanoTime() - t2) / 1e9);
    } finally {
      coded.unpersist();
    }
  }

  /**
   * Writes the seven tables of the cached coding side by side: each is a small job whose time goes
   * mostly to scheduling and committing files, so seven at once take little longer than one.
   */
  private void writeAll(Dataset<Row> coded, String output) {
    int writers = spark.sparkContext().defaultParallelism();
    ExecutorService pool = Executors.newFixedThreadPool(TABLES.size(), r -> {
      Thread t = new Thread(r, "tidings-table-writer");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<?>> done = new ArrayList<>();
      for (Table t : TABLES) {
        done.add(pool.submit(() -> write(rows(coded, t).coalesce(writers), output + "/" + t.tableName(), true)));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while writing the tables", e);
    } finally {
      pool.shutdownNow();
    }
  }

  /** One table of a coded data set: its rows, with {@code published} for the partition. */
  static Dataset<Row> rows(Dataset<Row> coded, Table t) {
    Dataset<Row> r = coded.select(col(SparkSchemas.PARTITION).as("part"), explode(col(t.tableName())).as("r"));
    return t == Table.ARTICLES ? r.select("r.*") : r.select(col("r.*"), col("part").as(SparkSchemas.PARTITION));
  }

  /** A written table, read back with its schema (also when no file was written). */
  Dataset<Row> read(String output, Table t) {
    return spark.read().schema(SparkSchemas.written(t)).parquet(output + "/" + t.tableName());
  }

  private static void write(Dataset<Row> rows, String path, boolean partitioned) {
    if (partitioned) {
      rows.write().mode(SaveMode.Overwrite).partitionBy(SparkSchemas.PARTITION).parquet(path);
    } else {
      rows.coalesce(1).write().mode(SaveMode.Overwrite).parquet(path);
    }
  }

  /** A session for {@code o}: {@code local[threads]} unless a master is configured (spark-submit sets one). */
  static SparkSession session(JobOptions o) {
    SparkSession.Builder b = SparkSession.builder().appName("tidings")
        .config("spark.sql.sources.partitionOverwriteMode", "dynamic")
        .config("spark.sql.datetime.java8API.enabled", "true")
        .config("spark.sql.session.timeZone", "UTC");
    SparkConf given = new SparkConf();
    if (!given.contains("spark.master")) {
      int threads = o.threads() > 0 ? o.threads() : Runtime.getRuntime().availableProcessors();
      b = b.master("local[" + threads + "]").config("spark.ui.enabled", "false");
      if (!given.contains("spark.hadoop.fs.file.impl")) {
        // permissions without a chmod process per file written (Hadoop's native library is not shipped)
        b = b.config("spark.hadoop.fs.file.impl", PosixLocalFileSystem.class.getName());
      }
      if (!given.contains("spark.sql.shuffle.partitions")) {
        // one machine: the stories' shuffles need a few partitions, not the cluster default of 200
        b = b.config("spark.sql.shuffle.partitions", String.valueOf(Math.max(4, threads * 4)));
      }
    }
    return b.getOrCreate();
  }

  /** {@code spark-submit ... tidings-spark-job.jar IN OUT [options]}, or {@code ./tidings spark IN OUT}. */
  public static void main(String[] args) {
    JobOptions o;
    try {
      o = JobOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("tidings spark: " + e.getMessage());
      System.err.println(JobOptions.USAGE);
      System.exit(2);
      return;
    }
    long start = System.nanoTime();
    if (!new SparkConf().contains("spark.master")) {
      // local mode: this JVM is the executor too, so its coder can load while Spark starts
      Thread preload = new Thread(CoderHolder::coder, "tidings-model-preload");
      preload.setDaemon(true);
      preload.start();
    }
    SparkSession spark = session(o);
    try {
      Summary s = new TidingsJob(spark).run(o);
      double secs = (System.nanoTime() - start) / 1e9;
      System.out.printf(Locale.ROOT,
          "tidings spark: %d articles (%d failed), %d events in %.1f s (%.2f articles/s) -> %s%n"
          + "  reading and coding %.1f s, writing the tables %.1f s, stories %.1f s%n",
          s.articles(), s.failed(), s.events(), secs, s.articles() / secs, o.output(), s.codingSeconds(),
          s.writingSeconds(), s.storySeconds());
    } finally {
      spark.stop();
    }
  }
}
