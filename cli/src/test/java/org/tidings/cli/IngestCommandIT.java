package org.tidings.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidings.store.EventFilter;
import org.tidings.store.Store;
import org.tidings.store.StoreException;

/** {@code tidings ingest} end to end on real models: re-runs store nothing twice, a killed run continues. */
class IngestCommandIT {
  private static final Path SEED = Path.of("..", "examples", "seed-article.txt");
  private static final String[] STATES = {"Norway", "Sweden", "Finland", "Denmark", "Estonia", "Latvia", "Poland",
      "Austria", "Greece", "Portugal"};
  private static final int ARTICLES = 300;
  private final ObjectMapper mapper = new ObjectMapper();

  @TempDir
  Path dir;

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
      String text = "The government of " + a + " condemned " + b + " on Monday over a border dispute, officials said. "
          + "It was statement number " + (i + 1) + " this year.";
      lines.add(mapper.writeValueAsString(Map.of("id", "g" + i, "date", "2022-03-0" + (1 + i % 7), "text", text)));
    }
    Files.write(jsonl, lines);
    // an uninterrupted run first: its length tells when the other run is midway
    Path whole = dir.resolve("whole.db");
    long start = System.currentTimeMillis();
    assertThat(child(jsonl, whole).waitFor()).isZero();
    long wholeMillis = System.currentTimeMillis() - start;

    Path killed = dir.resolve("killed.db");
    Process p = child(jsonl, killed);
    // while it runs, the store is refused to this process with a message saying why
    Thread.sleep(wholeMillis * 3 / 10);
    assertThatThrownBy(() -> Store.open(killed)).isInstanceOf(StoreException.class)
        .hasMessageContaining("in use by another process");
    boolean ended = p.waitFor(wholeMillis * 3 / 10, TimeUnit.MILLISECONDS);
    if (!ended) {
      p.destroyForcibly().waitFor();
    }
    long storedAtKill;
    try (Store s = Store.open(killed)) {
      storedAtKill = s.counts().get("articles");
    }
    System.out.println("whole run " + wholeMillis + " ms; killed at " + wholeMillis * 6 / 10 + " ms with "
        + storedAtKill + " of " + ARTICLES + " articles stored");
    assertThat(ended).as("the run ended before it was killed").isFalse();
    assertThat(storedAtKill).isLessThan(ARTICLES);
    assertThat(child(jsonl, killed).waitFor()).isZero();

    // content hashes and (article, event) pairs are unique keys: equal counts mean no duplicates
    try (Store k = Store.open(killed); Store w = Store.open(whole)) {
      assertThat(k.counts()).isEqualTo(w.counts());
      assertThat(k.counts().get("articles")).isEqualTo(ARTICLES);
      assertThat(k.counts().get("events")).isPositive();
    }
  }

  private Process child(Path jsonl, Path db) throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    return new ProcessBuilder(java, "-Xmx2g", "-jar", Path.of("target", "tidings.jar").toString(), "ingest",
        jsonl.toString(), "--db", db.toString(), "--threads", "1")
        .redirectErrorStream(true).redirectOutput(dir.resolve("child-" + db.getFileName() + ".log").toFile()).start();
  }
}
