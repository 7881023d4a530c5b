package org.tidings.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code tidings bench --spark FILE.jsonl}: the same articles coded by {@code tidings code} and by
 * {@code tidings spark} in local mode with the same threads, each a fresh process timed from start
 * to end (model loading included in both), in the order code, spark, spark, code, so a load that
 * rises or falls through the run weighs on both paths alike; each path's two times are averaged.
 */
final class SparkBench {
  private final Path input;
  private final int threads;
  private final PrintStream out;

  SparkBench(Path input, int threads, PrintStream out) {
    this.input = input;
    this.threads = threads;
    this.out = out;
  }

  int run() throws IOException, InterruptedException {
    Path jar;
    try {
      jar = Path.of(SparkBench.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IOException("cannot find tidings.jar: " + e.getMessage(), e);
    }
    String java = ProcessHandle.current().info().command().orElse("java");
    long articles;
    try (var lines = Files.lines(input)) {
      articles = lines.filter(l -> !l.isBlank()).count();
    }
    Path work = Files.createTempDirectory("tidings-spark-bench");
    List<String> code = List.of(java, "-Xmx3g", "-jar", jar.toString(), "code", input.toString(), "--threads",
        String.valueOf(threads), "--format", "json");
    List<String> spark = List.of(java, "-jar", jar.toString(), "spark", input.toString(),
        work.resolve("out").toString(), "--threads", String.valueOf(threads));
    String loadBefore = load();
    double[] legs = new double[4];
    String[] names = {"code", "spark", "spark", "code"};
    for (int i = 0; i < 4; i++) {
      legs[i] = timed(i == 0 || i == 3 ? code : spark, work.resolve("leg" + i + ".out"));
      out.printf(Locale.ROOT, "leg %d, tidings %s: %.1f s%n", i + 1, names[i], legs[i]);
    }
    double codeSecs = (legs[0] + legs[3]) / 2;
    double sparkSecs = (legs[1] + legs[2]) / 2;
    out.printf(Locale.ROOT, "%d articles, %d threads: tidings code %.1f s (%.2f articles/s), tidings spark %.1f s "
        + "(%.2f articles/s): Spark at %.0f%% of tidings code; load average before %s, after %s%n", articles, threads,
        codeSecs, articles / codeSecs, sparkSecs, articles / sparkSecs, 100 * codeSecs / sparkSecs, loadBefore, load());
    return 0;
  }

  private static double timed(List<String> command, Path output) throws IOException, InterruptedException {
    long start = System.nanoTime();
    Process p = new ProcessBuilder(new ArrayList<>(command)).redirectOutput(output.toFile())
        .redirectError(output.resolveSibling(output.getFileName() + ".err").toFile()).start();
    int exit = p.waitFor();
    if (exit != 0) {
      throw new IOException(String.join(" ", command) + " exited with " + exit + "; see " + output + ".err");
    }
    return (System.nanoTime() - start) / 1e9;
  }

  private static String load() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (IOException e) {
      return "unknown";
    }
  }
}
