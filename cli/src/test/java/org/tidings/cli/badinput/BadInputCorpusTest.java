package org.tidings.cli.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The corpus itself, without coding: big enough, every case named once and written. */
class BadInputCorpusTest {
  @TempDir
  Path dir;

  @Test
  void hasAtLeastTwoHundredNamedCasesWithTheirFiles() throws Exception {
    BadInputCorpus corpus = BadInputCorpus.write(dir);
    System.out.println("bad-input corpus: " + corpus.cases().size() + " cases " + corpus.countByCategory());
    assertThat(corpus.cases()).hasSizeGreaterThanOrEqualTo(200);
    assertThat(corpus.cases()).allSatisfy(c -> assertThat(c.file()).exists().startsWith(dir));
    assertThat(corpus.cases()).extracting(Case::name).doesNotHaveDuplicates();
    // one id is in two files, which is allowed; every other case has an id of its own
    assertThat(corpus.cases()).filteredOn(c -> c.articleId() != null && !c.articleId().equals("dup-1"))
        .extracting(Case::articleId).doesNotHaveDuplicates();
    assertThat(corpus.where(c -> "dup-1".equals(c.articleId()))).hasSize(2);
    assertThat(corpus.cases()).allSatisfy(c -> assertThat(c.articleId() != null).isEqualTo(c.expected().hasRow()));
    assertThat(corpus.where(c -> c.category().equals(BadInputCorpus.GOOD))).hasSizeGreaterThanOrEqualTo(5);
    assertThat(corpus.where(c -> "timed_out".equals(c.expected().code()))).hasSize(1);
    assertThat(Files.size(dir.resolve("large/article-20mb.txt"))).isGreaterThanOrEqualTo(20L * 1024 * 1024);
  }

  @Test
  void isTheSameEveryTime(@TempDir Path other) throws Exception {
    BadInputCorpus a = BadInputCorpus.write(dir);
    BadInputCorpus b = BadInputCorpus.write(other);
    assertThat(b.describe()).isEqualTo(a.describe());
    for (Case c : a.cases()) {
      if (!c.file().toString().contains("dates")) {
        assertThat(Files.mismatch(c.file(), other.resolve(dir.relativize(c.file())))).as(c.name()).isEqualTo(-1L);
      }
    }
  }
}
