package org.tidings.spark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.tidings.core.json.ArticleReader;

/**
 * What the job is asked to do.
 *
 * @param input a Hadoop-compatible path (file, folder or glob; {@code hdfs://}, {@code s3a://}, ...)
 * @param output the folder the tables are written under, one sub-folder per table
 * @param format the input format
 * @param date publication date for articles without one, or null
 * @param threads local mode with this many threads when no master is configured; 0 for all cores
 * @param partitions coding partitions; 0 for sixteen per core of the cluster (small tasks keep the cores busy to the end)
 * @param budgetSeconds time budget per article; one over it is a {@code timed_out} failure
 */
record JobOptions(String input, String output, InputFormat format, LocalDate date, int threads, int partitions,
    int budgetSeconds) {
  static final String USAGE = "usage: tidings spark IN OUT [--format jsonl|parquet|text] [--date YYYY-MM-DD] "
      + "[--threads N] [--partitions N] [--budget SECONDS]";
  static final int DEFAULT_BUDGET = 120;

  /** Options with the default time budget. */
  JobOptions(String input, String output, InputFormat format, LocalDate date, int threads, int partitions) {
    this(input, output, format, date, threads, partitions, DEFAULT_BUDGET);
  }

  /** Parses the command line; throws {@code IllegalArgumentException} with a message for people. */
  static JobOptions parse(String... args) {
    List<String> paths = new ArrayList<>();
    String format = null;
    LocalDate date = null;
    int threads = 0;
    int partitions = 0;
    int budget = DEFAULT_BUDGET;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (!a.startsWith("--")) {
        paths.add(a);
        continue;
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(a + " needs a value");
      }
      String v = args[++i];
      switch (a) {
        case "--format" -> format = v;
        case "--date" -> date = ArticleReader.parseDate(v);
        case "--threads" -> threads = positive(a, v);
        case "--partitions" -> partitions = positive(a, v);
        case "--budget" -> budget = positive(a, v);
        default -> throw new IllegalArgumentException("unknown option " + a);
      }
    }
    if (paths.size() != 2) {
      throw new IllegalArgumentException("give an input and an output path");
    }
    InputFormat f;
    try {
      f = InputFormat.of(format, paths.get(0));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--format must be jsonl, parquet or text, got " + format);
    }
    return new JobOptions(paths.get(0), paths.get(1), f, date, threads, partitions, budget);
  }

  private static int positive(String option, String v) {
    try {
      int n = Integer.parseInt(v);
      if (n >= 1) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(option + " must be a whole number of at least 1, got " + v);
  }
}
