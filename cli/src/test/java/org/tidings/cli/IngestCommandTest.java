package org.tidings.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidings.core.model.Article;
import org.tidings.core.model.ArticleError;
import org.tidings.core.model.CodedArticle;
import org.tidings.core.model.Provenance;
import org.tidings.store.ArticleWriter;
import org.tidings.store.StoreException;

/** {@code tidings ingest} on input that needs no coding (so no models): user errors and unreadable files. */
class IngestCommandTest {
  @TempDir
  Path dir;

  @Test
  void userErrorsAreOneLineAndExit2() throws Exception {
    Cli missing = Cli.run("ingest", dir.resolve("none.txt").toString(), "--db", dir.resolve("t.db").toString());
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err().strip()).isEqualTo("tidings ingest: no such file or folder: " + dir.resolve("none.txt"));
    Path txt = Files.writeString(dir.resolve("a.txt"), "Words.");
    Cli date = Cli.run("ingest", txt.toString(), "--date", "soon", "--db", dir.resolve("t.db").toString());
    assertThat(date.exit()).isEqualTo(2);
    assertThat(date.err()).contains("--date").doesNotContain("Exception");
    Cli small = Cli.run("ingest", txt.toString(), "--max-chars", "10", "--db", dir.resolve("t.db").toString());
    assertThat(small.exit()).isEqualTo(2);
    assertThat(small.err().strip()).isEqualTo("tidings ingest: --max-chars: maxChars must be at least 1000: 10");
    Cli folder = Cli.run("ingest", txt.toString(), "--db", dir.toString());
    assertThat(folder.exit()).isEqualTo(2);
    assertThat(folder.err()).contains("is a directory").doesNotContain("Exception");
  }

  @Test
  void aStoreFromANewerTidingsIsRefused() throws Exception {
    Path db = dir.resolve("t.db");
    Path feed = Files.writeString(dir.resolve("bad.rss"), "not a feed");
    assertThat(Cli.run("ingest", feed.toString(), "--db", db.toString()).exit()).isZero();
    try (var c = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath()); Statement s = c.createStatement()) {
      s.execute("INSERT INTO schema_version VALUES (99, 'V99__future.sql', now())");
    }
    Cli r = Cli.run("ingest", feed.toString(), "--db", db.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("schema version 99").doesNotContain("Exception");
  }

  @Test
  void anUnreadableFileIsStoredAsAFailureOnce() throws Exception {
    Path db = dir.resolve("t.db");
    Path feed = Files.writeString(dir.resolve("bad.rss"), "<rss><channel><item>");
    Cli first = Cli.run("ingest", feed.toString(), "--db", db.toString());
    assertThat(first.exit()).isZero();
    assertThat(first.out()).contains("read 1, coded 0, already stored 0, failed 1 (unreadable_file 1)");
    assertThat(first.err()).contains("not an RSS or Atom feed");
    Cli second = Cli.run("ingest", dir.toString(), "--db", db.toString());
    assertThat(second.out()).contains("read 1, coded 0, already stored 1, failed 0");
    Cli stats = Cli.run("stats", "--db", db.toString());
    assertThat(stats.exit()).isZero();
    assertThat(stats.out()).contains("articles\t1", "failures\t1", "events\t0");
    assertThat(Cli.run("stats", "--db", dir.resolve("none.db").toString()).exit()).isEqualTo(2);
  }

  @Test
  void anArticleTheStoreRefusesIsStoredAsAFailureWithTheStoresReason() {
    Provenance provenance = new Provenance("test", Map.of());
    CodedArticle coded = CodedArticle.failed(new Article("a", LocalDate.of(2022, 2, 8), "T", null, null, "Talks."),
        new ArticleError("not_english", "not English"), provenance);
    List<CodedArticle> written = new ArrayList<>();
    IngestTally tally = new IngestTally();
    IngestCommand.store(c -> {
      if (c.article().date() != null) {
        throw new StoreException("cannot store article a: Conversion Error: bad date\nLINE 1: ...");
      }
      written.add(c);
      return ArticleWriter.Outcome.STORED;
    }, coded, tally);
    assertThat(written).singleElement().satisfies(c -> {
      assertThat(c.article()).isEqualTo(Article.of("a", null, "Talks."));
      assertThat(c.errors()).containsExactly(new ArticleError("store_error",
          "the store refused the article: cannot store article a: Conversion Error: bad date"));
    });
    assertThat(tally.summary()).isEqualTo("read 0, coded 0, already stored 0, failed 1 (store_error 1)");
    assertThat(tally.notStoredCount()).isZero();

    IngestTally broken = new IngestTally();
    IngestCommand.store(c -> {
      throw new StoreException("cannot store article a: disk full");
    }, coded, broken);
    assertThat(broken.notStoredCount()).isEqualTo(1);
  }
}
