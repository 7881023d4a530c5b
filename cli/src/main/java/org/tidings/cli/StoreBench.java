package org.tidings.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.tidings.server.ApiToken;
import org.tidings.server.LazyCoder;
import org.tidings.server.ServerSettings;
import org.tidings.server.TidingsServer;
import org.tidings.store.ActorFilter;
import org.tidings.store.EventDays;
import org.tidings.store.EventFilter;
import org.tidings.store.EventSort;
import org.tidings.store.Page;
import org.tidings.store.ReadSession;
import org.tidings.store.Store;
import org.tidings.store.SyntheticEvents;
import org.tidings.store.TimelineReader;

/**
 * {@code tidings bench --store}: a temporary store of synthetic events, then the latency of the
 * API's heaviest reads, in process (the readers the endpoints call) and over HTTP on loopback
 * (a real server in this JVM), after a warm-up. Prints p50, p95 and p99 in milliseconds.
 */
final class StoreBench {
  private final long events;
  private final int warmup;
  private final int samples;
  private final PrintStream out;

  /** One measured request: an endpoint and its parameters. */
  private record Query(String label, String endpoint, Map<String, String> params) {}

  StoreBench(long events, int warmup, int samples, PrintStream out) {
    this.events = events;
    this.warmup = warmup;
    this.samples = samples;
    this.out = out;
  }

  int run() throws IOException, InterruptedException {
    Path dir = Files.createTempDirectory("tidings-bench");
    Path db = dir.resolve("bench.db");
    try (Store store = Store.open(db)) {
      long t0 = System.nanoTime();
      long n = new SyntheticEvents(store).generate(events);
      out.printf(Locale.ROOT, "store: %,d synthetic events generated in %.1f s, file %,d MB%n", n,
          (System.nanoTime() - t0) / 1e9, Files.size(db) / (1024 * 1024));
      long t1 = System.nanoTime();
      EventDays.of(store).rebuild();
      out.printf(Locale.ROOT, "timeline summary built in %.1f s%n", (System.nanoTime() - t1) / 1e9);
      try (ReadSession reads = ReadSession.of(store)) {
        List<Query> queries = queries(reads);
        ApiToken token = ApiToken.loadOrCreate(ApiToken.fileFor(db), new SecureRandom());
        try (TidingsServer server = TidingsServer.start(ServerSettings.local(0), store, token, new LazyCoder())) {
          HttpClient client = HttpClient.newHttpClient();
          out.printf(Locale.ROOT, "%d warm-up and %d measured runs of each; milliseconds%n", warmup, samples);
          out.printf(Locale.ROOT, "%-52s %10s  %-22s  %-22s%n", "query", "rows", "in process p50/p95/p99",
              "HTTP p50/p95/p99");
          for (Query q : queries) {
            long[] rows = new long[1];
            double[] local = measure(() -> {
              rows[0] = inProcess(reads, q);
              return null;
            });
            URI uri = URI.create("http://127.0.0.1:" + server.port() + q.endpoint() + query(q.params()));
            HttpRequest request = HttpRequest.newBuilder(uri).GET().build();
            double[] http = measure(() -> get(client, request));
            out.printf(Locale.ROOT, "%-52s %,10d  %-22s  %-22s%n", q.label(), rows[0], percentiles(local),
                percentiles(http));
          }
        }
      }
    } finally {
      deleteTree(dir);
    }
    return 0;
  }

  /** The requests measured; the dyad and actor are the two actors in most events. */
  private static List<Query> queries(ReadSession reads) {
    var top = reads.actors().find(ActorFilter.ALL, Page.first(2));
    String a = top.get(0).code();
    String b = top.get(1).code();
    String country = a.substring(0, 3);
    return List.of(
        new Query("/api/timeline", "/api/timeline", Map.of()),
        new Query("/api/timeline?actor=" + a + "&interval=week", "/api/timeline",
            ordered("actor", a, "interval", "week")),
        new Query("/api/events?dyad=" + a + ":" + b, "/api/events", Map.of("dyad", a + ":" + b)),
        new Query("/api/events?dyad=" + a + ":" + b + "&total=true", "/api/events",
            ordered("dyad", a + ":" + b, "total", "true")),
        new Query("/api/events?dyad=" + a.substring(0, 3) + ":" + b.substring(0, 3), "/api/events",
            Map.of("dyad", a.substring(0, 3) + ":" + b.substring(0, 3))),
        new Query("/api/events (no filter, newest first)", "/api/events", Map.of()),
        new Query("/api/events?actor=" + a + "&from=2023-03-01&to=2023-03-31", "/api/events",
            ordered("actor", a, "from", "2023-03-01", "to", "2023-03-31")),
        new Query("/api/events?cameo=19&country=" + country, "/api/events", ordered("cameo", "19", "country", country)),
        new Query("/api/events?quad_class=4&mode=asserted", "/api/events",
            ordered("quad_class", "4", "mode", "asserted")));
  }

  private static Map<String, String> ordered(String... kv) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return m;
  }

  /**
   * What the endpoint's handler reads: a page of 50 (and one more, to tell whether there are more)
   * and the total when asked, or the timeline. Returns the events on the page or in the timeline.
   */
  private static long inProcess(ReadSession reads, Query q) {
    Map<String, String> filters = new LinkedHashMap<>(q.params());
    String interval = filters.remove("interval");
    boolean total = "true".equals(filters.remove("total"));
    EventFilter filter = EventFilter.parse(filters);
    if (q.endpoint().equals("/api/timeline")) {
      var unit = interval == null ? TimelineReader.Interval.DAY : TimelineReader.Interval.parse(interval);
      return reads.timeline().points(filter, unit).stream().mapToLong(p -> p.events()).sum();
    }
    long rows = reads.events().find(filter, EventSort.DATE_DESC, Page.first(51)).size();
    return total ? reads.events().count(filter) : rows;
  }

  private static String get(HttpClient client, HttpRequest request) {
    try {
      HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != 200) {
        throw new IllegalStateException(request.uri() + " answered " + r.statusCode() + ": " + r.body());
      }
      return r.body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private double[] measure(Supplier<?> call) {
    for (int i = 0; i < warmup; i++) {
      call.get();
    }
    double[] ms = new double[samples];
    for (int i = 0; i < samples; i++) {
      long t = System.nanoTime();
      call.get();
      ms[i] = (System.nanoTime() - t) / 1e6;
    }
    Arrays.sort(ms);
    return ms;
  }

  static String percentiles(double[] sorted) {
    return String.format(Locale.ROOT, "%.1f / %.1f / %.1f", at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99));
  }

  /** The nearest-rank percentile of sorted values. */
  static double at(double[] sorted, double q) {
    int rank = (int) Math.ceil(q * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  private static String query(Map<String, String> params) {
    return params.isEmpty() ? "" : "?" + params.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
