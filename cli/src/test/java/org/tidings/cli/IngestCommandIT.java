package org.tidings.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidings.store.EventFilter;
import org.tidings.store.Store;
import org.tidings.store.StoreException;
import org.tidings.store.search.SearchHit;
import org.tidings.store.search.SearchIndex;

/** {@code tidings ingest} end to end on real models: re-runs store nothing twice, a killed run continues. */
class IngestCommandIT {
  private static final Path SEED = Path.of("..", "examples", "seed-article.txt");
  private static final String[] STATES = {"Norway", "Sweden", "Finland", "Denmark", "Estonia", "Latvia", "Poland",
      "Austria", "Greece", "Portugal"};
  private static final int ARTICLES = 200;
  private static final int MARKER = 80;
  private final ObjectMapper mapper = new ObjectMapper();

  @TempDir
  Path dir;

  @Test
  void anArticleThatTimedOutIsCodedAgainWhenRetried() throws Exception {
    String seed = Files.readString(SEED);
    Path txt = dir.resolve("long.txt");
    Files.writeString(txt, String.join("\n\n", java.util.Collections.nCopies(10, seed)));
    Path db = dir.resolve("t.db");
    Cli slow = Cli.run("ingest", txt.toString(), "--date", "2022-02-08", "--db", db.toString(), "--budget", "1",
        "--no-progress");
    assertThat(slow.exit()).as(slow.err()).isZero();
    assertThat(slow.out()).contains("failed 1 (timed_out 1)");
    Cli same = Cli.run("ingest", txt.toString(), "--date", "2022-02-08", "--db", db.toString(), "--no-progress");
    assertThat(same.out()).contains("already stored 1");

    Cli retried = Cli.run("ingest", txt.toString(), "--date", "2022-02-08", "--db", db.toString(),
        "--retry", "timed_out", "--no-progress");
    assertThat(retried.exit()).as(retried.err()).isZero();
    assertThat(retried.err()).contains("1 stored article that failed with timed_out will be coded again");
    assertThat(retried.out()).contains("coded 1");
    try (Store s = Store.openReadOnly(db)) {
      assertThat(s.events().count(EventFilter.ALL)).isGreaterThan(10);
      assertThat(s.counts()).containsEntry("articles", 1L).containsEntry("failures", 0L);
    }
    try (SearchIndex index = SearchIndex.open(SearchIndex.beside(db), m -> { })) {
      assertThat(index.search("kind:article", 10, 0).total()).isEqualTo(1);
    }
    assertThat(Cli.run("ingest", txt.toString(), "--db", db.toString(), "--retry", "empty_text").exit())
        .isEqualTo(2);
  }

  @Test
  void aSecondRunStoresNothingAgain() throws Exception {
    Path jsonl = dir.resolve("batch.jsonl");
    String text = "Norway's foreign minister condemned the Russian attack on Monday, officials in Oslo said.";
    Files.write(jsonl, List.of(
        mapper.writeValueAsString(Map.of("id", "n1", "date", "2022-03-01", "source", "Wire A", "text", text)),
        // the same text re-wrapped under another id: the same article
        mapper.writeValueAsString(Map.of("id", "n2", "date", "2022-03-01", "source", "Wire B",
            "text", text.replace(" ", "\n "))),
        "{this is not json"));
    Path db = dir.resolve("t.db");
    Cli first = Cli.run("ingest", SEED.toString(), jsonl.toString(), "--date", "2022-02-08", "--db", db.toString());
    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(first.out()).contains("read 4, coded 2, already stored 1, failed 1 (malformed_json 1)");
    assertThat(first.err()).contains("malformed_json");
    long events;
    try (Store s = Store.open(db)) {
      events = s.events().count(EventFilter.ALL);
      assertThat(events).isGreaterThan(10);
      assertThat(s.events().count(EventFilter.parse(Map.of("source", "FRA", "target", "UKR")))).isPositive();
    }
    // ingest left the search index in step: the run's own articles are found without a sync
    try (SearchIndex index = SearchIndex.open(SearchIndex.beside(db), m -> { })) {
      assertThat(index.search("\"Norway's foreign minister\"", 10, 0).hits()).extracting(SearchHit::articleId)
          .contains("n1");
      assertThat(index.search("actor:FRA AND Zelensky", 10, 0).total()).isPositive();
    }
    Cli second = Cli.run("ingest", SEED.toString(), jsonl.toString(), "--date", "2022-02-08", "--db", db.toString());
    assertThat(second.exit()).isZero();
    assertThat(second.out()).contains("read 4, coded 0, already stored 4, failed 0");
    try (Store s = Store.open(db)) {
      assertThat(s.events().count(EventFilter.ALL)).isEqualTo(events);
    }
  }

  @Test
  void aRunKilledMidwayContinuesWhereItStoppedWithoutDuplicates() throws Exception {
    Path jsonl = dir.resolve("many.jsonl");
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < ARTICLES; i++) {
      String a = STATES[i % STATES.length];
      String b = STATES[(i / STATES.length + i + 1) % STATES.length];
      String text = i == MARKER
          // not English: the run reports it on stderr once every article before it is stored
          ? "Die Regierung hat am Montag die Nachbarn scharf kritisiert, sagten Beamte der Hauptstadt heute."
          : "The government of " + a + " condemned " + b + " on Monday over a border dispute, officials said. "
              + "It was statement number " + (i + 1) + " this year.";
      lines.add(mapper.writeValueAsString(Map.of("id", "g" + i, "date", "2022-03-0" + (1 + i % 7), "text", text)));
    }
    Files.write(jsonl, lines);

    Path killed = dir.resolve("killed.db");
    ChildRun run = child(jsonl, killed, "killed");
    long deadline = System.currentTimeMillis() + 180_000;
    while (!run.stderr().contains("article g" + MARKER + ": not_english")) {
      assertThat(run.process().isAlive()).as("the run ended before article " + MARKER + " was stored").isTrue();
      assertThat(System.currentTimeMillis()).as("article " + MARKER + " stored within 3 minutes").isLessThan(deadline);
      Thread.sleep(20);
    }
    // while it runs, the store is refused to another process with a message saying why
    assertThatThrownBy(() -> Store.open(killed)).isInstanceOf(StoreException.class)
        .hasMessageContaining("in use by another process");
    run.process().destroyForcibly().waitFor();
    long storedAtKill;
    try (Store s = Store.open(killed)) {
      storedAtKill = s.counts().get("articles");
    }
    System.out.println("killed with " + storedAtKill + " of " + ARTICLES + " articles stored");
    assertThat(storedAtKill).isBetween((long) MARKER + 1, (long) ARTICLES - 1);
    ChildRun rerun = child(jsonl, killed, "rerun");
    assertThat(rerun.await(5)).as(rerun.stderr()).isZero();
    assertThat(rerun.stdout()).contains("already stored " + storedAtKill);

    Path whole = dir.resolve("whole.db");
    ChildRun uninterrupted = child(jsonl, whole, "whole");
    assertThat(uninterrupted.await(5)).as(uninterrupted.stderr()).isZero();
    // content hashes and (article, event) pairs are unique keys: equal counts mean no duplicates
    try (Store k = Store.open(killed); Store w = Store.open(whole)) {
      assertThat(k.counts()).isEqualTo(w.counts());
      assertThat(k.counts().get("articles")).isEqualTo(ARTICLES);
      assertThat(k.counts().get("failures")).isEqualTo(1);
      assertThat(k.counts().get("events")).isPositive();
    }
  }

  private ChildRun child(Path jsonl, Path db, String name) throws Exception {
    return ChildRun.start(dir, name, Map.of(), "ingest", jsonl.toString(), "--db", db.toString(), "--threads", "1");
  }
}
