package org.tidings.cli;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import org.tidings.core.knowledge.Countries;
import org.tidings.core.knowledge.WorldGazetteer;
import org.tidings.core.model.Article;
import org.tidings.core.model.CodedArticle;
import org.tidings.core.pipeline.BatchCoder;
import org.tidings.core.pipeline.Settings;
import org.tidings.core.pipeline.TidingsCoder;
import org.tidings.server.LazyCoder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code tidings bench}: codes copies of an article after a warm-up and reports the rate; with
 * {@code --store}, measures store and API latency on synthetic events instead ({@link StoreBench}); with
 * {@code --spark}, compares {@code tidings code} with the Spark job in local mode ({@link SparkBench}); with
 * {@code --load}, load-tests the HTTP API ({@link LoadBench}).
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Measure coding speed: articles/s and tokens/s on 1 and on all threads, and peak heap; "
        + "or, with --store, the latency of the store and the HTTP API on synthetic events; "
        + "or, with --spark, tidings spark against tidings code on a JSONL corpus.")
final class BenchCommand implements Callable<Integer> {

  @Parameters(paramLabel = "FILE", arity = "0..1",
      description = "An article (.txt) or a JSONL corpus; default: the reference article")
  String file;

  @Option(names = "--copies", description = "Articles coded per measured run (default: ${DEFAULT-VALUE})")
  int copies = 40;

  @Option(names = "--warmup", description = "Articles coded first and not measured (default: ${DEFAULT-VALUE})")
  int warmup = 10;

  @Option(names = "--threads", description = "Thread counts to measure (default: 1 and all cores)", split = ",")
  List<Integer> threads;

  @Option(names = "--date", description = "Publication date for a plain-text file (default: ${DEFAULT-VALUE})")
  String date = "2022-02-08";

  @Option(names = "--store", description = "Measure the store and the HTTP API instead: a temporary store of "
      + "synthetic events, then p50/p95/p99 latency of timeline and event queries in process and over HTTP")
  boolean store;

  @Option(names = "--spark", description = "Compare tidings code with tidings spark (local mode) on the JSONL FILE, "
      + "same threads, each a fresh process: code, spark, spark, code")
  boolean spark;

  @Option(names = "--load", description = "Load-test the HTTP API instead: a server on 127.0.0.1 over a fresh "
      + "store and --clients concurrent clients mixing searches, reads and article submissions (made from the "
      + "paragraphs of FILE's articles) for --seconds; reports requests/s, p50/p95/p99, errors and heap")
  boolean load;

  @Option(names = "--clients", description = "Concurrent clients for --load (default: ${DEFAULT-VALUE})")
  int clients = 200;

  @Option(names = "--seconds", description = "Duration of --load (default: ${DEFAULT-VALUE})")
  int seconds = 60;

  @Option(names = "--submit-percent", description = "Share of --load requests that submit a new article, in "
      + "percent; as many again resubmit a stored one (default: ${DEFAULT-VALUE})")
  int submitPercent = 1;

  @Option(names = "--events", description = "Synthetic events for --store (default: ${DEFAULT-VALUE})")
  long events = 10_000_000;

  @Option(names = "--samples", description = "Measured runs of each query for --store (default: ${DEFAULT-VALUE})")
  int samples = 50;

  @Override
  public Integer call() throws IOException, InterruptedException {
    if (store) {
      if (events < 1000 || samples < 1 || warmup < 0) {
        System.err.println("tidings bench --store: --events must be 1000 or more, --samples 1 or more");
        return 2;
      }
      return new StoreBench(events, warmup, samples, System.out).run();
    }
    if (load) {
      if (clients < 1 || seconds < 1 || submitPercent < 0 || submitPercent > 30) {
        System.err.println("tidings bench --load: --clients and --seconds must be 1 or more, --submit-percent 0 to 30");
        return 2;
      }
      List<Article> pool = corpus();
      if (pool.isEmpty()) {
        System.err.println("tidings bench --load: no articles in " + file);
        return 2;
      }
      return new LoadBench(clients, seconds, submitPercent, pool, new LazyCoder(), System.out).run();
    }
    if (spark) {
      if (file == null || !file.endsWith(".jsonl") || !Files.isRegularFile(Path.of(file))) {
        System.err.println("tidings bench --spark: give a JSONL corpus, e.g. tools/make-corpus.py 2000 > corpus.jsonl");
        return 2;
      }
      int n = threads != null && !threads.isEmpty() ? threads.get(threads.size() - 1)
          : Runtime.getRuntime().availableProcessors();
      try {
        return new SparkBench(Path.of(file), n, System.out).run();
      } catch (IOException e) {
        System.err.println("tidings bench --spark: " + e.getMessage());
        return 1;
      }
    }
    List<Article> corpus = corpus();
    if (corpus.isEmpty()) {
      System.err.println("tidings bench: no articles in " + file);
      return 2;
    }
    gazetteer();
    long t0 = System.nanoTime();
    TidingsCoder coder = TidingsCoder.standard(Settings.DEFAULTS);
    System.out.printf(Locale.ROOT, "load: %.1f s (models and knowledge)%n", (System.nanoTime() - t0) / 1e9);
    List<Integer> counts = threads != null ? threads
        : List.of(1, Runtime.getRuntime().availableProcessors()).stream().distinct().toList();
    run(coder, corpus, warmup, Math.max(counts.stream().mapToInt(Integer::intValue).max().orElse(1), 1));
    for (int n : counts) {
      resetPeaks();
      long start = System.nanoTime();
      long tokens = run(coder, corpus, copies, n);
      double secs = (System.nanoTime() - start) / 1e9;
      System.out.printf(Locale.ROOT, "threads %d: %d articles in %.2f s = %.2f articles/s, %.0f tokens/s, peak heap %d MB%n",
          n, copies, secs, copies / secs, tokens / secs, peakHeapMb());
    }
    return 0;
  }

  /** The world gazetteer on its own: load time and the heap it keeps. */
  private static void gazetteer() {
    Runtime rt = Runtime.getRuntime();
    var countries = Countries.load();
    System.gc();
    long before = rt.totalMemory() - rt.freeMemory();
    long t0 = System.nanoTime();
    var world = WorldGazetteer.load(countries);
    double ms = (System.nanoTime() - t0) / 1e6;
    System.gc();
    long after = rt.totalMemory() - rt.freeMemory();
    System.out.printf(Locale.ROOT, "gazetteer: %d places loaded in %.0f ms, %d MB of heap%n", world.size(), ms,
        Math.max(0, after - before) / (1024 * 1024));
  }

  private long run(TidingsCoder coder, List<Article> corpus, int count, int threads) {
    AtomicLong tokens = new AtomicLong();
    Iterator<BatchCoder.Item> items = new Iterator<>() {
      int i = 0;

      @Override
      public boolean hasNext() {
        return i < count;
      }

      @Override
      public BatchCoder.Item next() {
        Article a = corpus.get(i % corpus.size());
        i++;
        return BatchCoder.Item.of(new Article(a.id() + "#" + i, a.date(), a.title(), a.url(), a.source(), a.text()));
      }
    };
    try (BatchCoder batch = new BatchCoder(coder, threads, 600_000)) {
      batch.run(items, (CodedArticle c) -> tokens.addAndGet(approximateTokens(c.article().text())));
    }
    return tokens.get();
  }

  /** Words and punctuation marks, as a tokenizer counts them, near enough for a rate. */
  static long approximateTokens(String text) {
    long n = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        if (!inWord) {
          n++;
        }
        inWord = true;
      } else {
        inWord = false;
        if (!Character.isWhitespace(c)) {
          n++;
        }
      }
    }
    return n;
  }

  private List<Article> corpus() throws IOException {
    LocalDate d = LocalDate.parse(date);
    if (file == null) {
      try (InputStream in = getClass().getClassLoader().getResourceAsStream("tidings/examples/seed-article.txt")) {
        return List.of(Article.of("seed", d, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
      }
    }
    List<Article> out = new ArrayList<>();
    for (BatchCoder.Item item : new Inputs().read(file, d, (a, e) -> null)) {
      if (item.article() != null) {
        out.add(item.article());
      }
    }
    return out;
  }

  private static void resetPeaks() {
    System.gc();
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      p.resetPeakUsage();
    }
  }

  private static long peakHeapMb() {
    long sum = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        sum += p.getPeakUsage().getUsed();
      }
    }
    return sum / (1024 * 1024);
  }

}
