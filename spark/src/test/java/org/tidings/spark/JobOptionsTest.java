package org.tidings.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class JobOptionsTest {
  @Test
  void readsPathsAndOptions() {
    JobOptions o = JobOptions.parse("s3a://news/2022/*.jsonl", "out", "--threads", "3", "--date", "2022-02-08");
    assertThat(o).isEqualTo(new JobOptions("s3a://news/2022/*.jsonl", "out", InputFormat.JSONL,
        LocalDate.of(2022, 2, 8), 3, 0));
    assertThat(JobOptions.parse("in.parquet", "out").format()).isEqualTo(InputFormat.PARQUET);
    assertThat(JobOptions.parse("news", "out", "--format", "text").format()).isEqualTo(InputFormat.TEXT);
  }

  @Test
  void saysWhatIsWrong() {
    assertThatThrownBy(() -> JobOptions.parse("in")).hasMessageContaining("input and an output");
    assertThatThrownBy(() -> JobOptions.parse("in", "out", "--threads", "0")).hasMessageContaining("at least 1");
    assertThatThrownBy(() -> JobOptions.parse("in", "out", "--format", "xml")).hasMessageContaining("jsonl");
    assertThatThrownBy(() -> JobOptions.parse("in", "out", "--fast")).hasMessageContaining("--fast");
  }

  @Test
  void keysComeFromTheContentHash() {
    assertThat(ArticleKeys.of("f".repeat(64))).isEqualTo((1L << 60) - 1);
    assertThat(ArticleKeys.of("0000000000000012" + "0".repeat(48))).isEqualTo(1L);
  }

  @Test
  void theLauncherPassesTheJavaOptionsOfThePom() throws Exception {
    String pom = Files.readString(Path.of("pom.xml"));
    String inPom = pom.substring(pom.indexOf("<spark.javaOptions>") + 19, pom.indexOf("</spark.javaOptions>"));
    String file = Files.readString(Path.of("java-options.txt"));
    assertThat(file.strip().split("\\s+")).containsExactly(inPom.strip().split("\\s+"));
  }
}
