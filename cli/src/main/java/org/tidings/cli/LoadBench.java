package org.tidings.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import org.tidings.core.model.Article;
import org.tidings.server.ApiToken;
import org.tidings.server.ArticleCoder;
import org.tidings.server.BudgetedCoder;
import org.tidings.server.ServerSettings;
import org.tidings.server.TidingsServer;
import org.tidings.store.ArticleFilter;
import org.tidings.store.ReadSession;
import org.tidings.store.Store;

/**
 * {@code tidings bench --load}: a real server on 127.0.0.1 over a fresh store, as {@code tidings
 * serve} runs it (posted articles coded on a bounded pool within a budget), and {@code clients}
 * concurrent HTTP clients sending the {@link LoadMix} for {@code seconds}, each waiting for its
 * answer before the next request. Reports requests/s, latency by kind, errors (anything but 200
 * or 201, or no answer) and the heap after a full collection every few seconds. Exits 1 when any
 * request failed.
 */
final class LoadBench {
  private final int clients;
  private final int seconds;
  private final int submitPercent;
  private final List<Article> pool;
  private final ArticleCoder coder;
  private final PrintStream out;

  LoadBench(int clients, int seconds, int submitPercent, List<Article> pool, ArticleCoder coder, PrintStream out) {
    this.clients = clients;
    this.seconds = seconds;
    this.submitPercent = submitPercent;
    this.pool = pool;
    this.coder = coder;
    this.out = out;
  }

  int run() throws IOException, InterruptedException {
    Path dir = Files.createTempDirectory("tidings-load");
    Path db = dir.resolve("load.db");
    ApiToken apiToken = ApiToken.loadOrCreate(ApiToken.fileFor(db), new SecureRandom());
    try (Store store = Store.open(db);
        BudgetedCoder budgeted = new BudgetedCoder(coder, BudgetedCoder.defaultThreads(), 120_000);
        TidingsServer server = TidingsServer.start(ServerSettings.local(0), store, apiToken, budgeted)) {
      String token = "Bearer " + apiToken.value();
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10)).executor(Executors.newFixedThreadPool(4, daemon("load-http")))
          .build();
      LoadClient client = new LoadClient(http, "http://127.0.0.1:" + server.port(), token);
      LoadMix mix = new LoadMix(pool, submitPercent);
      long t0 = System.nanoTime();
      Random seedRandom = new Random(1);
      for (int i = 0; i < 10; i++) {
        LoadClient.Outcome o = client.send(new LoadMix.Request("seed", "/api/articles", mix.newArticle(seedRandom)));
        if (o.error() != null) {
          out.println("seeding: " + o.error());
          return 1;
        }
      }
      out.printf(Locale.ROOT, "seeded the store with 10 articles in %.1f s (models loaded on the first)%n",
          (System.nanoTime() - t0) / 1e9);
      for (LoadMix.Request r : warmUp()) {
        LoadClient.Outcome o = client.send(r);
        if (o.error() != null) {
          out.println("warm-up: " + r.pathAndQuery() + ": " + o.error());
          return 1;
        }
      }
      List<Long> heap = new ArrayList<>();
      heap.add(heapAfterGcMb());
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
      ExecutorService workers = Executors.newFixedThreadPool(clients, daemon("load-client"));
      List<Future<LoadClient.Tally>> tallies = new ArrayList<>();
      long start = System.nanoTime();
      for (int i = 0; i < clients; i++) {
        Random random = new Random(1000 + i);
        tallies.add(workers.submit(() -> client.loop(mix, random, deadline)));
      }
      long step = TimeUnit.SECONDS.toNanos(Math.max(1, seconds / 6));
      for (long next = start + step; next < deadline; next += step) {
        TimeUnit.NANOSECONDS.sleep(Math.max(0, next - System.nanoTime()));
        heap.add(heapAfterGcMb());
      }
      LoadClient.Tally all = new LoadClient.Tally();
      for (Future<LoadClient.Tally> f : tallies) {
        try {
          all.add(f.get());
        } catch (ExecutionException e) {
          throw new IllegalStateException("a load client failed", e.getCause());
        }
      }
      double secs = (System.nanoTime() - start) / 1e9;
      workers.shutdownNow();
      heap.add(heapAfterGcMb());
      report(all, secs, heap, store);
      return all.errors() == 0 ? 0 : 1;
    } finally {
      StoreBench.deleteTree(dir);
    }
  }

  /** Every search and read of the mix once, before the clock starts. */
  private static List<LoadMix.Request> warmUp() {
    List<LoadMix.Request> out = new ArrayList<>();
    for (String q : LoadMix.SEARCHES) {
      out.add(LoadMix.search(q));
    }
    for (String p : LoadMix.READS) {
      out.add(new LoadMix.Request("read", p, null));
    }
    return out;
  }

  private void report(LoadClient.Tally all, double secs, List<Long> heap, Store store) {
    out.printf(Locale.ROOT, "%d clients for %.1f s: %,d requests, %.1f requests/s, %d errors%n", clients, secs,
        all.count(), all.count() / secs, all.errors());
    out.printf(Locale.ROOT, "%-16s %8s %7s  %s%n", "kind", "requests", "errors", "latency ms p50 / p95 / p99 / max");
    for (var e : new TreeMap<>(all.kinds()).entrySet()) {
      row(e.getKey(), e.getValue().sortedMillis(), String.valueOf(e.getValue().errors()));
    }
    row("all reads", all.sortedMillis(k -> !k.startsWith("post")), "");
    row("all", all.sortedMillis(k -> true), String.valueOf(all.errors()));
    all.firstErrors().forEach(m -> out.println("error: " + m));
    out.println("heap after a full collection, MB, every " + Math.max(1, seconds / 6) + " s: " + heap);
    try (ReadSession s = ReadSession.of(store)) {
      out.printf(Locale.ROOT, "store after the run: %,d articles%n", s.articles().count(ArticleFilter.ALL));
    }
  }

  /** One line of the report: a kind, its requests and errors, and its latencies (sorted). */
  private void row(String label, double[] ms, String errors) {
    out.printf(Locale.ROOT, "%-16s %,8d %7s  %s / %.1f%n", label, ms.length, errors, StoreBench.percentiles(ms),
        ms.length == 0 ? 0.0 : ms[ms.length - 1]);
  }

  private static long heapAfterGcMb() {
    System.gc();
    Runtime rt = Runtime.getRuntime();
    return (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
  }

  private static ThreadFactory daemon(String name) {
    return r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    };
  }
}
