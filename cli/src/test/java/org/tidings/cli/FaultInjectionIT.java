package org.tidings.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tidings.store.ArticleFilter;
import org.tidings.store.FaultHook;
import org.tidings.store.Page;
import org.tidings.store.ReadSession;
import org.tidings.store.Store;
import org.tidings.store.search.SearchIndex;

/**
 * Faults met by {@code tidings ingest}, {@code search} and {@code serve}, through the command line
 * on real models, each compared with one uninterrupted run of the same six articles: a process
 * killed at four points of an ingest (the test hook {@link FaultHook}), a full disk (a file size
 * limit put on the running child with {@code prlimit}, and {@code ulimit -f} for the temporary
 * folder), a read-only store and a read-only index folder ({@code chattr +i} as root, else
 * {@code chmod}), and a damaged search index. Each time: one plain line and no stack trace, nothing
 * stored is lost, and the next run ends with the reference run's rows, stories and search hits.
 * Child processes run the built jar; the runs that recover run in this JVM, which loads the models once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FaultInjectionIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> ARTICLES = List.of(
      article("n1", "2023-05-02", "Wire A", "The government of Norway condemned Sweden on Monday over a fishing "
          + "dispute, officials in Oslo said. \"This cannot go on,\" the Norwegian foreign minister said."),
      article("n2", "2023-05-02", "Wire B", "Norway's government condemned Sweden on Monday in a row over fishing "
          + "rights, diplomats said."),
      article("n3", "2023-05-03", "Wire A", "Finland and Estonia signed an agreement on energy cooperation in "
          + "Helsinki on Tuesday. \"We are stronger together,\" the Finnish prime minister said."),
      article("n4", "2023-05-03", "Wire C", "Die Regierung hat am Montag die Nachbarn scharf kritisiert, sagten "
          + "Beamte der Hauptstadt heute."),
      article("n5", "2023-05-04", "Wire B", "Polish police arrested three protesters outside the parliament in "
          + "Warsaw on Wednesday, a spokesman said."),
      article("n6", "2023-05-04", "Wire C", "Greece accused Portugal of breaking the trade agreement on Wednesday, "
          + "the Greek trade ministry said."));
  private static final List<String> QUERIES = List.of("kind:article", "Norway OR Finland OR Warsaw OR Greece",
      "kind:event", "speaker:minister");
  /**
   * A file size limit (bytes) for the run that meets a full disk. Starting from the first two
   * articles, the write-ahead log holds about 9 KB after the third (n3) and 10 KB after the
   * fourth (n4, not English: a failure row), and would pass 19 KB with the fifth.
   */
  private static final long WAL_LIMIT = 15_000;

  private Path dir;
  private Path news;
  private Path reference;
  private Path base;
  private State expected;
  private State baseState;
  private Map<String, List<String>> expectedHits;

  private static String article(String id, String date, String source, String text) {
    try {
      return JSON.writeValueAsString(Map.of("id", id, "date", date, "source", source, "text", text));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @BeforeAll
  void oneUninterruptedRun(@TempDir Path folder) throws IOException {
    dir = folder;
    news = dir.resolve("news.jsonl");
    Files.write(news, ARTICLES);
    Path first = dir.resolve("first.jsonl");
    Files.write(first, ARTICLES.subList(0, 2));
    reference = Files.createDirectories(dir.resolve("reference")).resolve("t.db");
    Cli whole = ingest(reference, news);
    assertThat(whole.exit()).as(whole.err()).isZero();
    assertThat(whole.out()).contains("read 6, coded 5, already stored 0, failed 1 (not_english 1)");
    expected = State.of(reference);
    expectedHits = hits(reference);
    assertThat(expected.counts()).containsEntry("articles", 6L).containsEntry("failures", 1L);
    assertThat(List.of("events", "quotes", "stories", "story_events")).allSatisfy(t ->
        assertThat(expected.counts().get(t)).as(t).isPositive());
    assertThat(expectedHits.get("kind:article")).hasSize(6);
    // the store most faults start from: the first two articles, stored and closed by a run of their own
    base = Files.createDirectories(dir.resolve("base")).resolve("t.db");
    Cli two = ingest(base, first);
    assertThat(two.exit()).as(two.err()).isZero();
    baseState = State.of(base);
    assertThat(baseState.counts()).containsEntry("articles", 2L);
    assertThat(baseState.stories()).isNotEmpty();
  }

  @ParameterizedTest(name = "killed at {0}")
  @ValueSource(strings = {"coded:1", "stored:2", "indexed:1", "stories:1"})
  void aRunKilledAtAnyPointIsCompletedByTheNextRun(String point) throws Exception {
    Path db = copyOf(base, "killed-" + point.replace(':', '-'));
    ChildRun run = ChildRun.start(dir.resolve("logs"), "killed-" + point.replace(':', '-'),
        Map.of(FaultHook.PROPERTY, point), "ingest", news.toString(), "--db", db.toString(), "--threads", "1",
        "--no-progress");
    assertThat(run.await(5)).as(run.stderr()).isEqualTo(137);
    assertThat(run.stderr()).contains("halted at " + point);

    // what the kill left, seen on a copy so that the next run meets the files as the kill left them
    Path seen = copyOf(db, "seen-" + point.replace(':', '-'));
    State left = State.of(seen);
    long indexed = indexedArticles(seen);
    switch (point) {
      case "coded:1" -> {
        // an article was coded, nothing of this run stored
        assertThat(left).isEqualTo(baseState);
        assertThat(indexed).isEqualTo(2);
      }
      case "stored:2" -> {
        // n3 stored, then n4 (not English, a failure row); the rest not
        assertThat(left.counts()).containsEntry("articles", 4L).containsEntry("failures", 1L);
        assertThat(expected.articles()).containsAll(left.articles());
        assertThat(left.stories()).isEqualTo(baseState.stories());
      }
      case "indexed:1" -> {
        // every article and story stored, the index's new documents not committed
        assertThat(left).isEqualTo(expected);
        assertThat(indexed).isEqualTo(2);
      }
      default -> {
        // killed within the stories' transaction: every article stored, the stories as before the run
        assertThat(left.articles()).isEqualTo(expected.articles());
        assertThat(left.stories()).isEqualTo(baseState.stories());
        assertThat(indexed).isEqualTo(2);
      }
    }

    Cli next = ingest(db, news);
    assertThat(next.exit()).as(next.err()).isZero();
    assertThat(next.err()).doesNotContain("\tat ");
    assertThat(indexedArticles(db)).as("the index after the next ingest").isEqualTo(6);
    assertThat(State.of(db)).isEqualTo(expected);
    assertThat(hits(db)).isEqualTo(expectedHits);
  }

  @Test
  void aFullDiskStopsTheRunInOneLineKeepsWhatWasStoredAndTheNextRunStoresTheRest() throws Exception {
    Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self")), "needs /proc to see the child's libraries");
    Assumptions.assumeTrue(command("prlimit", "--version").exit() == 0, "needs prlimit (util-linux)");
    Path db = copyOf(base, "full");
    ChildRun run = ChildRun.start(dir.resolve("logs"), "full", Map.of(), "ingest", news.toString(), "--db",
        db.toString(), "--threads", "1", "--no-progress");
    // DuckDB unpacks its native library (70 MB) into the temporary folder as the store opens, so
    // the limit is put on the running child once the library is loaded: the models load after it,
    // seconds before the first article is written
    long pid = run.process().pid();
    Path maps = Path.of("/proc", Long.toString(pid), "maps");
    long deadline = System.currentTimeMillis() + 120_000;
    while (true) {
      assertThat(run.process().isAlive()).as("the child ended before it opened the store: " + run.stderr()).isTrue();
      if (Files.readString(maps).contains("libduckdb_java")) {
        break;
      }
      assertThat(System.currentTimeMillis()).as("the store opened within 2 minutes").isLessThan(deadline);
      Thread.sleep(10);
    }
    Outcome limited = command("prlimit", "--pid", Long.toString(pid), "--fsize=" + WAL_LIMIT);
    assertThat(limited.exit()).as(limited.output()).isZero();

    assertThat(run.await(5)).as(run.stderr()).isEqualTo(1);
    String err = run.stderr();
    assertThat(err.lines().filter(l -> l.contains("stopped after storing"))).singleElement().asString()
        .contains("the disk is full or the file size limit was reached while writing")
        .contains("t.db.wal").contains("File too large").contains("run the same command again");
    assertThat(err).doesNotContain("\tat ").doesNotContain("Exception");
    assertThat(run.stdout()).isEmpty();

    // what was stored before the limit is whole: each article with every event the reference run gave it
    State left = State.of(copyOf(db, "full-seen"));
    long stored = left.counts().get("articles");
    System.out.println("a full disk stopped the run with " + stored + " of 6 articles stored");
    assertThat(stored).isBetween(2L, 5L);
    assertThat(expected.articles()).containsAll(left.articles());
    assertThat(left.counts().get("events")).isEqualTo(left.articles().stream().mapToLong(ArticleRow::events).sum());

    Cli next = ingest(db, news);
    assertThat(next.exit()).as(next.err()).isZero();
    assertThat(next.out()).contains("already stored " + stored);
    assertThat(State.of(db)).isEqualTo(expected);
    assertThat(hits(db)).isEqualTo(expectedHits);
  }

  @Test
  void aFullTemporaryFolderIsOneLineAndChangesNothing() throws Exception {
    Path tmp = Files.createDirectories(dir.resolve("small-tmp"));
    Path db = copyOf(base, "tmp-full");
    // ulimit -f counts 1024-byte blocks: 20 MB, less than DuckDB's native library
    ChildRun run = ChildRun.shell(dir.resolve("logs"), "tmp-full", "ulimit -f 20000",
        Map.of("java.io.tmpdir", tmp.toString()), "ingest", news.toString(), "--db", db.toString());
    assertThat(run.await(2)).as(run.stderr()).isEqualTo(2);
    assertThat(run.stderr().lines()).singleElement().asString()
        .startsWith("tidings ingest: cannot load DuckDB's native library: the disk is full or the file size limit "
            + "was reached while unpacking it into " + tmp)
        .contains("File too large");
    assertThat(Files.mismatch(db, base)).isEqualTo(-1L);
  }

  @Test
  void aReadOnlyStoreIsRefusedByIngestServedReadOnlyAndLeftUnchanged() throws Exception {
    Path db = copyOf(base, "read-only");
    List<String> before = listing(db.getParent());
    try (Unwritable locked = Unwritable.make(db)) {
      Cli refused = ingest(db, news);
      assertThat(refused.exit()).isEqualTo(2);
      assertThat(refused.out()).isEmpty();
      assertThat(refused.err().lines()).singleElement().asString()
          .startsWith("tidings ingest: the store " + db + " cannot be written: it or its folder is read-only");

      // the server starts read-only: reads are answered, writes get 503 before any token is asked for
      ChildRun server = ChildRun.start(dir.resolve("logs"), "serve-read-only", Map.of(), "serve", "--db",
          db.toString(), "--port", "0");
      try {
        String api = "http://127.0.0.1:" + port(server) + "/api/";
        assertThat(server.stdout()).contains("read-only: " + db + " cannot be written");
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(api + "health")).build(),
            HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"read_only\":true");
        HttpResponse<String> search = http.send(HttpRequest.newBuilder(URI.create(api + "search?q=kind:article"))
            .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(search.body()).contains("\"total\":2");
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create(api + "articles"))
            .POST(HttpRequest.BodyPublishers.ofString(ARTICLES.get(2))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(503);
        assertThat(post.body()).contains("the store is read-only");
      } finally {
        server.process().destroy();
        server.await(1);
      }
      assertThat(server.stderr()).doesNotContain("\tat ");
      assertThat(Files.mismatch(db, base)).as("the store file").isEqualTo(-1L);
      // no write-ahead log, no token file
      assertThat(listing(db.getParent())).isEqualTo(before);
    }
    Cli next = ingest(db, news);
    assertThat(next.exit()).as(next.err()).isZero();
    assertThat(State.of(db)).isEqualTo(expected);
    assertThat(hits(db)).isEqualTo(expectedHits);
  }

  @Test
  void aReadOnlyIndexFolderLeavesTheArticlesStoredAndTheIndexIsCaughtUpLater() throws Exception {
    Path db = copyOf(base, "read-only-index");
    Cli run;
    try (Unwritable locked = Unwritable.make(SearchIndex.beside(db))) {
      run = ingest(db, news);
    }
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err().lines().filter(l -> l.contains("search index"))).singleElement().asString()
        .contains("the articles are stored, but the search index is behind").contains("read-only")
        .contains("catches it up");
    assertThat(run.err()).doesNotContain("\tat ");
    assertThat(State.of(db)).isEqualTo(expected);
    assertThat(indexedArticles(db)).isEqualTo(2);
    // writable again, the next search brings the index in step
    assertThat(hits(db)).isEqualTo(expectedHits);
    assertThat(indexedArticles(db)).isEqualTo(6);
  }

  @Test
  void aDamagedIndexIsRebuiltFromTheStoreWithOneLine() throws Exception {
    // a segment file cut short, met by tidings search
    Path cut = copyOf(reference, "cut");
    Path cfs = largestCompoundFile(cut);
    try (FileChannel c = FileChannel.open(cfs, StandardOpenOption.WRITE)) {
      c.truncate(c.size() / 2);
    }
    assertRebuiltOnce(search(cut, "kind:article"));
    assertThat(hits(cut)).isEqualTo(expectedHits);

    // garbage in segments_N, met by tidings ingest with nothing new to code
    Path garbled = copyOf(reference, "garbled");
    Path segments;
    try (Stream<Path> files = Files.list(SearchIndex.beside(garbled))) {
      segments = files.filter(f -> f.getFileName().toString().startsWith("segments_")).findFirst().orElseThrow();
    }
    byte[] junk = new byte[(int) Files.size(segments)];
    Arrays.fill(junk, (byte) 0x5a);
    Files.write(segments, junk);
    Cli again = ingest(garbled, news);
    assertThat(again.exit()).as(again.err()).isZero();
    assertThat(again.out()).contains("already stored 6");
    assertRebuiltOnce(again);
    assertThat(hits(garbled)).isEqualTo(expectedHits);

    // garbage inside the stored text, which opening the index does not read: met as hits are read
    Path damaged = copyOf(reference, "damaged");
    Path data = largestCompoundFile(damaged);
    byte[] bytes = Files.readAllBytes(data);
    int storedFields = indexOf(bytes, "Lucene90StoredFieldsFastData".getBytes(StandardCharsets.US_ASCII));
    assertThat(storedFields).as("the stored fields in " + data).isPositive();
    Arrays.fill(bytes, storedFields + 100, Math.min(bytes.length - 16, storedFields + 164), (byte) 'G');
    Files.write(data, bytes);
    Cli found = search(damaged, "kind:article");
    assertRebuiltOnce(found);
    assertThat(sortedLines(found.out())).isEqualTo(expectedHits.get("kind:article"));
    assertThat(hits(damaged)).isEqualTo(expectedHits);
  }

  private static void assertRebuiltOnce(Cli run) {
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.err()).doesNotContain("\tat ");
    assertThat(run.err().lines().filter(l -> l.contains("search index"))).singleElement().asString()
        .contains("cannot be read").endsWith("rebuilding it from the store");
  }

  private static Cli ingest(Path db, Path input) {
    return Cli.run("ingest", input.toString(), "--db", db.toString(), "--no-progress");
  }

  private static Cli search(Path db, String query) {
    return Cli.run("search", query, "--db", db.toString(), "--limit", "200");
  }

  /** What {@code tidings search} prints for each query, lines sorted (equal scores may come in any order). */
  private static Map<String, List<String>> hits(Path db) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (String q : QUERIES) {
      Cli r = search(db, q);
      assertThat(r.exit()).as(q + ": " + r.err()).isZero();
      out.put(q, sortedLines(r.out()));
    }
    return out;
  }

  private static List<String> sortedLines(String text) {
    return text.lines().sorted().toList();
  }

  /** The articles the index beside {@code db} says it holds, read without bringing it in step. */
  private static long indexedArticles(Path db) {
    try (SearchIndex index = SearchIndex.open(SearchIndex.beside(db), m -> { })) {
      return index.articles();
    }
  }

  /** A copy of a store file with its write-ahead log and index folder, in a folder of its own. */
  private Path copyOf(Path db, String name) throws IOException {
    Path to = Files.createDirectories(dir.resolve(name)).resolve(db.getFileName());
    Files.copy(db, to);
    Path wal = db.resolveSibling(db.getFileName() + ".wal");
    if (Files.exists(wal)) {
      Files.copy(wal, to.resolveSibling(wal.getFileName()));
    }
    Path index = SearchIndex.beside(db);
    if (Files.isDirectory(index)) {
      Path target = Files.createDirectories(SearchIndex.beside(to));
      try (Stream<Path> files = Files.list(index)) {
        for (Path f : files.toList()) {
          Files.copy(f, target.resolve(f.getFileName()));
        }
      }
    }
    return to;
  }

  private static Path largestCompoundFile(Path db) throws IOException {
    try (Stream<Path> files = Files.list(SearchIndex.beside(db))) {
      return files.filter(f -> f.toString().endsWith(".cfs"))
          .max(Comparator.comparingLong(f -> f.toFile().length())).orElseThrow();
    }
  }

  private static int indexOf(byte[] bytes, byte[] part) {
    for (int i = 0; i + part.length <= bytes.length; i++) {
      if (Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
        return i;
      }
    }
    return -1;
  }

  private static List<String> listing(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }

  /** The port a server child prints on its first line. */
  private static int port(ChildRun server) throws Exception {
    Pattern p = Pattern.compile("on http://127\\.0\\.0\\.1:(\\d+)/api/");
    long deadline = System.currentTimeMillis() + 60_000;
    while (true) {
      Matcher m = p.matcher(server.stdout());
      if (m.find() && server.stdout().contains("web page")) {
        return Integer.parseInt(m.group(1));
      }
      assertThat(server.process().isAlive()).as("the server stopped: " + server.stderr()).isTrue();
      assertThat(System.currentTimeMillis()).as("the server listens within a minute").isLessThan(deadline);
      Thread.sleep(20);
    }
  }

  private record Outcome(int exit, String output) {}

  private static Outcome command(String... cmd) throws InterruptedException {
    try {
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
      String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      return new Outcome(p.waitFor(), output);
    } catch (IOException e) {
      return new Outcome(-1, cmd[0] + ": " + e.getMessage());
    }
  }

  /** One stored article as the comparisons see it. */
  private record ArticleRow(String id, String status, long events) {}

  /** What a store holds: rows per table, its stories (id, articles, mentions) and its articles. */
  private record State(Map<String, Long> counts, List<String> stories, Set<ArticleRow> articles) {
    static State of(Path db) {
      try (Store s = Store.open(db); ReadSession r = ReadSession.of(s)) {
        return new State(s.counts(),
            s.stories().find(1, Page.first(1000)).stream().map(t -> t.id() + " " + t.articles() + " " + t.mentions())
                .sorted().toList(),
            r.articles().find(ArticleFilter.ALL, Page.first(1000)).stream()
                .map(a -> new ArticleRow(a.articleId(), a.status(), a.eventCount())).collect(Collectors.toSet()));
      }
    }
  }

  /**
   * A file or folder made unwritable for a while: {@code chattr +i} (root writes read-only files,
   * not immutable ones; ext4 and most Linux file systems have the attribute), else
   * {@code chmod a-w}. Where neither makes it unwritable the test is skipped, saying why.
   */
  private static final class Unwritable implements AutoCloseable {
    private final Path path;
    private final Set<PosixFilePermission> permissions;

    private Unwritable(Path path, Set<PosixFilePermission> permissions) {
      this.path = path;
      this.permissions = permissions;
    }

    static Unwritable make(Path path) throws Exception {
      List<String> tried = new ArrayList<>();
      Outcome chattr = command("chattr", "+i", path.toString());
      if (chattr.exit() == 0) {
        if (!writable(path)) {
          return new Unwritable(path, null);
        }
        command("chattr", "-i", path.toString());
        tried.add("chattr +i left it writable");
      } else {
        tried.add("chattr +i failed (" + chattr.output() + ")");
      }
      Set<PosixFilePermission> was = Files.getPosixFilePermissions(path);
      Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(Files.isDirectory(path) ? "r-xr-xr-x"
          : "r--r--r--"));
      if (!writable(path)) {
        return new Unwritable(path, was);
      }
      Files.setPosixFilePermissions(path, was);
      tried.add("chmod a-w does not stop user " + System.getProperty("user.name") + " from writing it");
      Assumptions.abort("cannot make " + path + " unwritable on this machine: " + String.join("; ", tried));
      return null;
    }

    private static boolean writable(Path path) {
      try {
        if (Files.isDirectory(path)) {
          Files.delete(Files.createTempFile(path, "probe", ".tmp"));
        } else {
          FileChannel.open(path, StandardOpenOption.WRITE, StandardOpenOption.APPEND).close();
        }
        return true;
      } catch (IOException e) {
        return false;
      }
    }

    @Override
    public void close() throws Exception {
      if (permissions == null) {
        Outcome undone = command("chattr", "-i", path.toString());
        assertThat(undone.exit()).as(undone.output()).isZero();
      } else {
        Files.setPosixFilePermissions(path, permissions);
      }
    }
  }
}
