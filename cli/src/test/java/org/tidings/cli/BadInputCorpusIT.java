package org.tidings.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidings.cli.badinput.BadInputCorpus;
import org.tidings.cli.badinput.Case;
import org.tidings.cli.badinput.Expected.Outcome;

/**
 * Issue 8, "nothing lost, nothing let in": {@code tidings ingest} on the whole bad-input corpus in
 * one batch, with good articles among the bad ones and one article too slow for its budget. No
 * exception escapes; every case is an article row (coded, or failed with its reason) or the
 * duplicate of one; the good articles are coded with events; nothing hidden in markup is stored.
 */
class BadInputCorpusIT {
  private static final int BUDGET_SECONDS = 10;
  private final ObjectMapper mapper = new ObjectMapper();

  @TempDir
  Path dir;

  /** One row of {@code articles} with its failure rows. */
  private record Row(String status, List<String> errors, List<String> failures, List<String> messages, int events,
      LocalDate published) {}

  @Test
  void everyCaseIsStoredOrFailedWithItsReasonAndTheBatchGoesOn() throws Exception {
    BadInputCorpus corpus = BadInputCorpus.write(dir.resolve("corpus"));
    Path db = dir.resolve("corpus.db");
    System.out.println("bad-input corpus: " + corpus.cases().size() + " cases");
    System.out.println("  by category: " + corpus.countByCategory());
    System.out.println("  by expected outcome: " + corpus.countByExpected());

    long start = System.nanoTime();
    Cli run = Cli.run("ingest", corpus.root().toString(), "--db", db.toString(), "--date",
        BadInputCorpus.DATE.toString(), "--threads", "2", "--budget", Integer.toString(BUDGET_SECONDS),
        "--max-chars", Integer.toString(BadInputCorpus.MAX_CHARS), "--no-progress");
    System.out.printf("  ingest took %.1f s: %s%n", (System.nanoTime() - start) / 1e9, run.out().strip());

    Map<String, List<Row>> rows = rows(db);
    report(corpus, rows, run);
    SoftAssertions soft = new SoftAssertions();
    soft.assertThat(run.err()).as("no stack trace").doesNotContain("\tat ").doesNotContain("Exception in thread");
    soft.assertThat(run.exit()).as("exit code; what was not stored: "
        + run.err().lines().filter(l -> !l.startsWith("tidings ingest: article ")).toList()).isZero();
    int withRow = 0;
    for (Case c : corpus.cases()) {
      if (!c.expected().hasRow()) {
        continue;
      }
      withRow++;
      // an id two files use (allowed) has a row for each; both are expected the same
      long sharing = corpus.where(x -> c.articleId().equals(x.articleId())).size();
      List<Row> found = rows.getOrDefault(c.articleId(), List.of());
      soft.assertThat(found).as(c.name() + ": one row under id " + c.articleId()).hasSize((int) sharing);
      if (found.size() != sharing) {
        continue;
      }
      Row r = found.get(0);
      String got = r.status() + " " + r.errors() + " " + r.messages();
      switch (c.expected().outcome()) {
        case STORED -> soft.assertThat(r.status() + " " + r.errors()).as(c.name()).isEqualTo("ok []");
        case WARNED -> soft.assertThat(r.status().equals("ok") && r.errors().contains(c.expected().code()))
            .as(c.name() + " expected " + c.expected() + ", got " + got).isTrue();
        case FAILED -> {
          soft.assertThat(r.status().equals("failed") && !r.failures().isEmpty()
              && r.failures().get(0).equals(c.expected().code()))
              .as(c.name() + " expected " + c.expected() + ", got " + got).isTrue();
          soft.assertThat(r.messages()).as(c.name() + ": every failure says why").isNotEmpty()
              .allSatisfy(m -> assertThat(m).isNotBlank());
        }
        default -> throw new IllegalStateException();
      }
      if (c.category().equals(BadInputCorpus.GOOD)) {
        soft.assertThat(r.events()).as(c.name() + ": a good article is coded with events").isPositive();
      }
    }
    // nothing lost, nothing let in: the rows are exactly the cases'
    soft.assertThat(rows.values().stream().mapToInt(List::size).sum()).as("article rows").isEqualTo(withRow);
    long duplicates = corpus.where(c -> c.expected().outcome() == Outcome.DUPLICATE).size();
    long failed = corpus.where(c -> c.expected().outcome() == Outcome.FAILED).size();
    long read = corpus.where(c -> c.expected().outcome() != Outcome.NONE).size();
    soft.assertThat(run.out()).contains("read " + read + ", coded " + (withRow - failed) + ", already stored "
        + duplicates + ", failed " + failed + " (");
    // dates: 1850 is a date of news; a page's or feed's date in the future is not taken
    soft.assertThat(published(rows, "d-1850")).isEqualTo(LocalDate.of(1850, 6, 1));
    soft.assertThat(published(rows, "page-future-date")).isEqualTo(BadInputCorpus.DATE);
    soft.assertThat(published(rows, "https://example.org/a2")).isEqualTo(BadInputCorpus.DATE);
    try (Connection c = connect(db); Statement s = c.createStatement()) {
      soft.assertThat(count(s, "SELECT count(*) FROM article_texts WHERE text LIKE '%" + BadInputCorpus.HIDDEN
          + "%'")).as("texts holding words of scripts, styles or comments").isZero();
      soft.assertThat(count(s, "SELECT count(*) FROM article_texts WHERE text LIKE '%root:%'"))
          .as("texts holding /etc/passwd").isZero();
      soft.assertThat(count(s, "SELECT count(*) FROM failures WHERE code IS NULL OR trim(message) = ''")).isZero();
    }
    soft.assertAll();

    // run again: everything is known, nothing is coded or stored twice
    Cli again = Cli.run("ingest", corpus.root().toString(), "--db", db.toString(), "--date",
        BadInputCorpus.DATE.toString(), "--threads", "2", "--budget", Integer.toString(BUDGET_SECONDS),
        "--max-chars", Integer.toString(BadInputCorpus.MAX_CHARS), "--no-progress");
    assertThat(again.exit()).as(again.err()).isZero();
    assertThat(again.out()).contains("read " + read + ", coded 0, already stored " + read + ", failed 0");
    assertThat(rows(db).values().stream().mapToInt(List::size).sum()).isEqualTo(withRow);
  }

  private static LocalDate published(Map<String, List<Row>> rows, String id) {
    List<Row> found = rows.getOrDefault(id, List.of());
    return found.isEmpty() ? null : found.get(0).published();
  }

  /** Writes each case with what was expected and what the store holds to target/bad-input-corpus.tsv. */
  private static void report(BadInputCorpus corpus, Map<String, List<Row>> rows, Cli run) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add("case\texpected\tstored");
    for (Case c : corpus.cases()) {
      List<Row> found = c.articleId() == null ? List.of() : rows.getOrDefault(c.articleId(), List.of());
      lines.add(c.name() + "\t" + c.expected() + "\t" + found.stream().map(r -> r.status() + " " + r.errors()).toList());
    }
    lines.add("");
    lines.addAll(run.err().lines().map(l -> l.length() > 400 ? l.substring(0, 400) + "..." : l).toList());
    Files.write(Path.of("target", "bad-input-corpus.tsv"), lines);
  }

  private Map<String, List<Row>> rows(Path db) throws SQLException, IOException {
    Map<Long, List<String[]>> failures = new HashMap<>();
    Map<String, List<Row>> out = new HashMap<>();
    try (Connection c = connect(db); Statement s = c.createStatement()) {
      try (ResultSet r = s.executeQuery("SELECT article_key, code, message FROM failures ORDER BY rowid")) {
        while (r.next()) {
          failures.computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(new String[] {r.getString(2),
              r.getString(3)});
        }
      }
      try (ResultSet r = s.executeQuery("SELECT article_key, article_id, status, coded_json, event_count, published "
          + "FROM articles")) {
        while (r.next()) {
          JsonNode coded = mapper.readTree(r.getString(4));
          List<String> errors = new ArrayList<>();
          coded.path("errors").forEach(e -> errors.add(e.path("code").asText()));
          List<String[]> f = failures.getOrDefault(r.getLong(1), List.of());
          Date published = r.getDate(6);
          out.computeIfAbsent(r.getString(2), k -> new ArrayList<>()).add(new Row(r.getString(3), errors,
              f.stream().map(x -> x[0]).toList(), f.stream().map(x -> x[1]).toList(), r.getInt(5),
              published == null ? null : published.toLocalDate()));
        }
      }
    }
    return out;
  }

  private static Connection connect(Path db) throws SQLException {
    Properties p = new Properties();
    p.setProperty("duckdb.read_only", "true");
    return DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath(), p);
  }

  private static long count(Statement s, String sql) throws SQLException {
    try (ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }
}
