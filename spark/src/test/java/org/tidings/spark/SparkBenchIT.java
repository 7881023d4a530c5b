package org.tidings.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The benchmark of issue 7 (minutes of CPU, so only on request: {@code -Dtidings.bench=true}):
 * 2,000 recombined articles ({@link BenchArticles}) coded by {@code tidings code} and by
 * {@code tidings spark} in local mode with the same threads, each a fresh process timed from start
 * to end (model loading included in both), in the order code, spark, spark, code, and each path's
 * two times averaged. Needs {@code cli/target/tidings.jar} (run {@code ./tidings}
 * once). Writes {@code spark/target/bench/result.txt}; Spark must reach 85% of the plain coder.
 */
@EnabledIfSystemProperty(named = "tidings.bench", matches = "true")
class SparkBenchIT {
  @Test
  void sparkInLocalModeKeepsPaceWithTidingsCode() throws Exception {
    int n = Integer.getInteger("tidings.bench.articles", 2000);
    int threads = Integer.getInteger("tidings.bench.threads", Runtime.getRuntime().availableProcessors());
    Path dir = Path.of("target/bench").toAbsolutePath();
    Path in = dir.resolve("articles.jsonl");
    BenchArticles.write(in, n);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String cli = Path.of("../cli/target/tidings.jar").toAbsolutePath().toString();
    assertThat(new File(cli)).as("run ./tidings once to build it").exists();
    String loadBefore = Files.readString(Path.of("/proc/loadavg")).strip();

    // A B B A: the machine is shared, so a load that rises or falls through the run weighs on both alike
    List<String> code = List.of(java, "-Xmx3g", "-jar", cli, "code", in.toString(), "--threads",
        String.valueOf(threads), "--format", "json");
    List<String> spark = List.of(java, "-jar", cli, "spark", in.toString(), dir.resolve("out").toString(),
        "--threads", String.valueOf(threads));
    double[] legs = {timed(code, dir.resolve("code.jsonl")), timed(spark, dir.resolve("spark.log")),
        timed(spark, dir.resolve("spark.log")), timed(code, dir.resolve("code.jsonl"))};
    double codeSecs = (legs[0] + legs[3]) / 2;
    double sparkSecs = (legs[1] + legs[2]) / 2;
    String loadAfter = Files.readString(Path.of("/proc/loadavg")).strip();

    double ratio = codeSecs / sparkSecs;
    String result = String.format("%d articles, %d threads: tidings code %.1f s (%.2f articles/s), tidings spark "
        + "%.1f s (%.2f articles/s): %.0f%%; legs code, spark, spark, code: %.1f, %.1f, %.1f, %.1f s; "
        + "load before %s, after %s%n", n, threads, codeSecs, n / codeSecs, sparkSecs, n / sparkSecs, 100 * ratio,
        legs[0], legs[1], legs[2], legs[3], loadBefore, loadAfter);
    Files.writeString(dir.resolve("result.txt"), result);
    System.out.print(result);
    assertThat(ratio).as(result).isGreaterThanOrEqualTo(0.85);
  }

  private static double timed(List<String> command, Path output) throws IOException, InterruptedException {
    long start = System.nanoTime();
    Process p = new ProcessBuilder(new ArrayList<>(command)).redirectOutput(output.toFile())
        .redirectError(ProcessBuilder.Redirect.appendTo(output.resolveSibling(output.getFileName() + ".err").toFile()))
        .start();
    assertThat(p.waitFor()).as(String.join(" ", command)).isZero();
    return (System.nanoTime() - start) / 1e9;
  }
}
