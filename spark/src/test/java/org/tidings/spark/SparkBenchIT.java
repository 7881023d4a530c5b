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
 * to end (model loading included in both). Needs {@code cli/target/tidings.jar} (run {@code ./tidings}
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

    double code = timed(List.of(java, "-Xmx3g", "-jar", cli, "code", in.toString(), "--threads",
        String.valueOf(threads), "--format", "json"), dir.resolve("code.jsonl"));
    double spark = timed(List.of(java, "-jar", cli, "spark", in.toString(), dir.resolve("out").toString(),
        "--threads", String.valueOf(threads)), dir.resolve("spark.log"));
    String loadAfter = Files.readString(Path.of("/proc/loadavg")).strip();

    double ratio = code / spark;
    String result = String.format("%d articles, %d threads: tidings code %.1f s (%.2f articles/s), tidings spark "
        + "%.1f s (%.2f articles/s): %.0f%%; load before %s, after %s%n", n, threads, code, n / code, spark,
        n / spark, 100 * ratio, loadBefore, loadAfter);
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
