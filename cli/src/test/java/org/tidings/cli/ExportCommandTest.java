package org.tidings.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidings.core.model.Actor;
import org.tidings.core.model.ActorMention;
import org.tidings.core.model.Article;
import org.tidings.core.model.CodedArticle;
import org.tidings.core.model.DateBasis;
import org.tidings.core.model.EventMention;
import org.tidings.core.model.EventType;
import org.tidings.core.model.Focus;
import org.tidings.core.model.MentionKind;
import org.tidings.core.model.Mode;
import org.tidings.core.model.Place;
import org.tidings.core.model.Provenance;
import org.tidings.core.model.Span;
import org.tidings.core.model.TimeValue;
import org.tidings.store.EventFilter;
import org.tidings.store.Store;
import picocli.CommandLine;

/** {@code tidings export} on a store of one hand-made article (no models). */
class ExportCommandTest {
  private static final String TEXT = "Russian forces shelled Kharkiv, \"again\", on Monday.";

  @TempDir
  Path dir;

  private Path db;

  @BeforeEach
  void storeOneArticle() {
    db = dir.resolve("t.db");
    ActorMention rus = mention("Russian forces", new Actor("RUSMIL", "RUS", "MIL", null));
    ActorMention ukr = mention("Kharkiv", new Actor("UKR", "UKR", null, "Ukraine"));
    EventMention e = new EventMention("a1:0", "a1:0", 0, new Span(0, TEXT.length()), new Span(15, 22), rus, ukr,
        new EventType("195", "Employ aerial weapons", "ASSAULT", 4, -10.0), Mode.ASSERTED,
        new TimeValue("2022-02-07"), DateBasis.TEXT, new Place("Kharkiv", "UKR", 49.99, 36.23, null), 0.8, null,
        "verb-patterns.tsv:1");
    CodedArticle c = new CodedArticle(new Article("a1", LocalDate.of(2022, 2, 8), "T", null, "Wire", TEXT),
        List.of(e), List.of(), List.of(rus, ukr), List.of(), List.of(), new Provenance("test", Map.of()),
        new Focus("UKR", null));
    try (Store s = Store.open(db)) {
      s.writer().store(c);
    }
  }

  private static ActorMention mention(String words, Actor a) {
    int at = TEXT.indexOf(words);
    return new ActorMention(a, words, new Span(at, at + words.length()), 0, 0, MentionKind.NAME, false, null);
  }

  @Test
  void everyEventFilterIsAnOption() {
    ExportCommand c = new ExportCommand();
    new CommandLine(c).parseArgs("--format", "csv", "--actor", "a", "--source", "b", "--target", "c", "--dyad", "d",
        "--cameo", "e", "--plover", "f", "--quad-class", "g", "--country", "h", "--place", "i", "--from", "j", "--to",
        "k", "--mode", "l", "--text", "m");
    assertThat(c.filters().keySet()).containsExactlyInAnyOrderElementsOf(EventFilter.NAMES);
  }

  @Test
  void writesEachFormat() throws Exception {
    Cli jsonl = Cli.run("export", "--db", db.toString(), "--format", "jsonl", "--actor", "rus");
    assertThat(jsonl.exit()).isZero();
    assertThat(jsonl.out().strip().split("\n")).singleElement().asString().contains("\"article_id\":\"a1\"");
    assertThat(jsonl.err()).contains("1 events as jsonl");
    Path csv = dir.resolve("e.csv");
    assertThat(Cli.run("export", "--db", db.toString(), "--format", "csv", "--out", csv.toString()).exit()).isZero();
    assertThat(Files.readString(csv)).startsWith("article_id,event_id,").contains("\"Russian forces shelled Kharkiv, "
        + "\"\"again\"\", on Monday.\"");
    assertThat(Files.exists(dir.resolve("e.csv.part"))).isFalse();
    Cli gdelt = Cli.run("export", "--db", db.toString(), "--format", "GDELT", "--cameo", "19");
    assertThat(gdelt.out().strip().split("\t", -1)).hasSize(61).contains("UP", "RUSMIL", "20220207");
    Cli none = Cli.run("export", "--db", db.toString(), "--format", "plover", "--country", "FRA");
    assertThat(none.exit()).isZero();
    assertThat(none.out()).isEmpty();
    Path parquet = dir.resolve("e.parquet");
    assertThat(Cli.run("export", "--db", db.toString(), "--format", "parquet", "--out", parquet.toString(),
        "--from", "2022-02-01").exit()).isZero();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        ResultSet r = c.createStatement().executeQuery("SELECT event_id, place_lat FROM read_parquet('" + parquet
            + "')")) {
      assertThat(r.next()).isTrue();
      assertThat(r.getString(1)).isEqualTo("a1:0");
      assertThat(r.getDouble(2)).isEqualTo(49.99);
      assertThat(r.next()).isFalse();
    }
  }

  @Test
  void badValuesAreRefusedInOneLine() {
    assertRefused("actor must be an actor code", "--format", "csv", "--actor", "RUS'; DROP TABLE events; --");
    assertRefused("from must be a date YYYY-MM-DD", "--format", "csv", "--from", "yesterday");
    assertRefused("from (2022-03-01) is after to (2022-02-01)", "--format", "csv", "--from", "2022-03-01", "--to",
        "2022-02-01");
    assertRefused("quad_class must be 1, 2, 3 or 4", "--format", "csv", "--quad-class", "9");
    assertRefused("mode must be one of asserted", "--format", "csv", "--mode", "rumoured");
    assertRefused("format must be one of jsonl, csv, gdelt, plover, parquet", "--format", "xml");
    assertRefused("give --out", "--format", "parquet");
    Cli missing = Cli.run("export", "--db", dir.resolve("none.db").toString(), "--format", "csv");
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("no store at");
    assertThat(Files.exists(dir.resolve("none.db"))).isFalse();
  }

  @Test
  void searchBuildsTheIndexBesideTheStoreAndRefusesBadQueries() {
    Cli hit = Cli.run("search", "--db", db.toString(), "actor:RUS AND \"shelled Kharkiv\"");
    assertThat(hit.exit()).isZero();
    assertThat(hit.out()).startsWith("event\ta1#0\ta1:0\tRussian forces <mark>shelled</mark> <mark>Kharkiv</mark>");
    assertThat(Files.isDirectory(dir.resolve("t.db.index"))).isTrue();
    Cli bad = Cli.run("search", "--db", db.toString(), "password:x");
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).startsWith("tidings search: unknown field \"password\"");
  }

  private void assertRefused(String message, String... args) {
    String[] all = new String[args.length + 3];
    all[0] = "export";
    all[1] = "--db";
    all[2] = db.toString();
    System.arraycopy(args, 0, all, 3, args.length);
    Cli r = Cli.run(all);
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).startsWith("tidings export: ").contains(message).doesNotContain("Exception");
    assertThat(r.err().strip().lines()).hasSize(1);
  }
}
