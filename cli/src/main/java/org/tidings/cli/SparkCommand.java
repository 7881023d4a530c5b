package org.tidings.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code tidings spark}: runs the Spark job ({@code spark} module) in local mode. Spark is not in
 * {@code tidings.jar} (it would add about 300 MB): this command starts a second JVM on the job jar
 * {@code spark/target/tidings-spark-job.jar} and Spark's own jars from Maven's cache (the list the
 * build writes to {@code spark/target/spark-classpath.txt}), with the JVM options Spark needs on Java 17
 * ({@code spark/java-options.txt}). {@code ./tidings spark} builds both first when needed.
 */
@Command(name = "spark", mixinStandardHelpOptions = true,
    description = "Code articles with the Tidings job on Apache Spark in local mode and write Parquet tables "
        + "(articles, events, mentions, quotes, sentences, failures, stories) under OUT.")
final class SparkCommand implements Callable<Integer> {
  static final String MAIN = "org.tidings.spark.TidingsJob";

  /**
   * The JIT compiles a method after eight times the usual number of calls. Spark runs tens of
   * thousands of its methods a few thousand times each while it starts, plans and writes; on one
   * machine the default thresholds had the JIT compile 28,000 of them (69 s of compiler time in a
   * 500-article run, against 32 s for {@code tidings code}), on the cores the coding needs. The
   * coding's own hot loops run millions of times and are compiled all the same.
   */
  static final String JIT = "-XX:CompileThresholdScaling=8";

  @Parameters(index = "0", paramLabel = "IN", description = "Articles: JSONL, Parquet or text files (any Hadoop path)")
  String input;

  @Parameters(index = "1", paramLabel = "OUT", description = "Folder for the Parquet tables")
  String output;

  @Option(names = "--threads", description = "Local threads, one article each (default: all cores)")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--format", description = "jsonl, parquet or text (default: by extension, else jsonl)")
  String format;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Publication date for articles without one")
  String date;

  @Option(names = "--partitions", description = "Coding partitions (default: sixteen per thread)")
  Integer partitions;

  @Option(names = "--budget", paramLabel = "SECONDS", description = "Time budget per article (default: 120)")
  Integer budget;

  @Override
  public Integer call() throws IOException, InterruptedException {
    Path root = projectRoot();
    Path job = root.resolve("spark/target/tidings-spark-job.jar");
    Path classpath = root.resolve("spark/target/spark-classpath.txt");
    if (!Files.isRegularFile(job) || !Files.isRegularFile(classpath)) {
      System.err.println("tidings spark: the Spark job is not built (" + job + "). Run ./tidings spark, which "
          + "builds it, or mvn -q package -DskipTests -pl spark -am; on a cluster, submit the job jar with "
          + "spark-submit (README, section Spark).");
      return 2;
    }
    List<String> command = command(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        Files.readAllLines(root.resolve("spark/java-options.txt")), job + java.io.File.pathSeparator
            + Files.readString(classpath).strip(), arguments());
    return new ProcessBuilder(command).inheritIO().start().waitFor();
  }

  /**
   * The child JVM's command line: heap for the models plus a gigabyte per thread ({@code TIDINGS_SPARK_HEAP}
   * overrides it), {@link #JIT}, Spark's options, Spark's warnings only, the job.
   */
  static List<String> command(String java, List<String> javaOptions, String classpath, List<String> arguments) {
    List<String> c = new ArrayList<>(List.of(java));
    String heap = System.getenv("TIDINGS_SPARK_HEAP");
    int threads = Integer.parseInt(arguments.get(arguments.indexOf("--threads") + 1));
    c.add("-Xmx" + (heap != null ? heap : (2 + threads) + "g"));
    c.add(JIT);
    javaOptions.stream().map(String::strip).filter(o -> !o.isEmpty()).forEach(c::add);
    c.addAll(List.of("-Dspark.log.level=WARN", "-cp", classpath, MAIN));
    c.addAll(arguments);
    return c;
  }

  List<String> arguments() {
    List<String> a = new ArrayList<>(List.of(input, output, "--threads", String.valueOf(Math.max(1, threads))));
    if (format != null) {
      a.addAll(List.of("--format", format));
    }
    if (date != null) {
      a.addAll(List.of("--date", date));
    }
    if (partitions != null) {
      a.addAll(List.of("--partitions", String.valueOf(partitions)));
    }
    if (budget != null) {
      a.addAll(List.of("--budget", String.valueOf(budget)));
    }
    return a;
  }

  /** The checkout this jar was built in ({@code cli/target/tidings.jar}), else the working folder. */
  private static Path projectRoot() {
    try {
      Path jar = Path.of(SparkCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path root = jar.getParent() == null ? null : jar.getParent().getParent();
      root = root == null ? null : root.getParent();
      return root != null && Files.isDirectory(root.resolve("spark")) ? root : Path.of("");
    } catch (URISyntaxException | RuntimeException e) {
      return Path.of("");
    }
  }
}
