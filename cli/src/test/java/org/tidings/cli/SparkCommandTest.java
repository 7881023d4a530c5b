package org.tidings.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class SparkCommandTest {
  @Test
  void startsTheJobInASecondJvmWithSparksOptions() {
    SparkCommand c = new SparkCommand();
    new CommandLine(c).parseArgs("news.jsonl", "out", "--threads", "3", "--date", "2022-02-08", "--budget", "30");
    List<String> cmd = SparkCommand.command("java", List.of("--add-opens=java.base/java.lang=ALL-UNNAMED", ""),
        "job.jar:spark.jar", c.arguments());
    assertThat(cmd).containsExactly("java", "-Xmx5g", "-XX:CompileThresholdScaling=8",
        "--add-opens=java.base/java.lang=ALL-UNNAMED", "-Dspark.log.level=WARN", "-cp",
        "job.jar:spark.jar", SparkCommand.MAIN, "news.jsonl", "out", "--threads", "3", "--date", "2022-02-08",
        "--budget", "30");
  }
}
