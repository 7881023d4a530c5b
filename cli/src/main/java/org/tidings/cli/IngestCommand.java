package org.tidings.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.tidings.cli.ingest.SourceFiles;
import org.tidings.core.json.ArticleReader;
import org.tidings.core.model.Article;
import org.tidings.core.model.ArticleError;
import org.tidings.core.model.CodedArticle;
import org.tidings.core.model.Provenance;
import org.tidings.core.pipeline.BatchCoder;
import org.tidings.core.pipeline.Settings;
import org.tidings.core.pipeline.TidingsCoder;
import org.tidings.store.ArticleWriter;
import org.tidings.store.FaultHook;
import org.tidings.store.Store;
import org.tidings.store.StoreException;
import org.tidings.store.WriteFailure;
import org.tidings.store.search.SearchIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code tidings ingest}: reads articles from files and folders, codes those not yet stored and
 * stores each with its events in one transaction, so a run stopped at any point continues where
 * it stopped when run again. A write that fails for every article (a full disk, a read-only store)
 * stops the run with one line saying so; stories and the search index are brought in step at the
 * end of each run, so the next run repairs what a stopped one left behind.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Code articles and store them: .txt, .jsonl, .html/.htm pages, RSS/Atom feeds (.xml, .rss, "
        + ".atom), or folders of them. Articles already stored (same text) are skipped before coding.")
final class IngestCommand implements Callable<Integer> {

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders (searched recursively)")
  List<String> paths;

  @Option(names = "--db", paramLabel = "FILE", description = "The store (default: ${DEFAULT-VALUE})")
  Path db = Path.of("tidings.db");

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Publication date of articles that give none")
  String date;

  @Option(names = "--threads", description = "Coding threads (default: all cores)")
  int threads = Runtime.getRuntime().availableProcessors();

  @Mixin
  CodingOptions coding = new CodingOptions();

  @Option(names = "--no-progress", description = "No progress bar, even on a terminal")
  boolean noProgress;

  @Option(names = "--retry", paramLabel = "CODES", split = ",",
      description = "Code again the stored articles that failed with these reasons (timed_out, coding_failed, "
          + "store_error), e.g. with a larger --budget; their texts must be among the inputs")
  Set<String> retry = Set.of();

  @Override
  public Integer call() {
    LocalDate published;
    List<Path> files;
    Settings settings = coding.settings("ingest", System.err);
    if (settings == null) {
      return 2;
    }
    if (!ArticleWriter.RETRYABLE.containsAll(retry)) {
      System.err.println("tidings ingest: --retry: only " + String.join(", ", new TreeSet<>(
          ArticleWriter.RETRYABLE)) + " can be retried; other failures would fail again the same way");
      return 2;
    }
    try {
      published = date == null ? null : new ArticleReader().date(date);
      files = SourceFiles.collect(paths);
    } catch (IllegalArgumentException e) {
      System.err.println("tidings ingest: --date: " + e.getMessage());
      return 2;
    } catch (IOException e) {
      System.err.println("tidings ingest: " + e.getMessage());
      return 2;
    }
    // the search index is opened first, so that one held by another process fails before any coding
    try (Store store = Store.open(db);
        SearchIndex index = SearchIndex.open(SearchIndex.beside(store.file()),
            m -> System.err.println("tidings ingest: " + m))) {
      return ingest(store, index, files, published, settings);
    } catch (StoreException | IllegalStateException | UncheckedIOException e) {
      System.err.println("tidings ingest: " + e.getMessage());
      return 2;
    }
  }

  private int ingest(Store store, SearchIndex index, List<Path> files, LocalDate published, Settings settings) {
    ArticleWriter writer = store.writer();
    if (!retry.isEmpty()) {
      int forgotten = writer.forgetFailed(retry);
      System.err.println("tidings ingest: " + forgotten + " stored article" + (forgotten == 1 ? "" : "s")
          + " that failed with " + String.join(" or ", new TreeSet<>(retry)) + " will be coded again");
    }
    IngestTally tally = new IngestTally();
    // an input that cannot be read was coded with no knowledge: its provenance names none
    Provenance unread = new Provenance(TidingsCoder.version(), Map.of());
    IngestSources sources = new IngestSources((a, e) -> CodedArticle.failed(a, e, unread), settings.maxChars());
    // first pass: which articles are new (only their hashes are kept), and whether any needs the models
    Set<String> wanted = new HashSet<>();
    Set<String> seen = new HashSet<>();
    boolean code = false;
    for (Path file : files) {
      List<BatchCoder.Item> items = sources.read(file, published);
      tally.read(items.size());
      for (BatchCoder.Item item : items) {
        String hash = IngestQueue.hash(item);
        if (!seen.add(hash) || writer.isStored(hash)) {
          tally.alreadyStored();
        } else {
          wanted.add(hash);
          code |= item.article() != null;
        }
      }
    }
    // second pass: the new articles, read again file by file as the coder takes them
    int toCode = wanted.size();
    IngestQueue queue = new IngestQueue(files, sources, published, wanted);
    FaultHook faults = FaultHook.fromSystemProperty();
    try (BatchCoder batch = code ? new BatchCoder(TidingsCoder.standard(settings), Math.max(1, threads),
        coding.budgetMillis()) : null; IngestProgress bar = IngestProgress.of(toCode, !noProgress)) {
      Consumer<CodedArticle> sink = c -> {
        faults.pass("coded");
        store(writer::store, c, tally);
        bar.step();
      };
      if (batch != null) {
        batch.run(queue, sink);
      } else {
        queue.forEachRemaining(i -> sink.accept(i.failed()));
      }
    } catch (StoreException e) {
      // no write can succeed now (a full disk, a read-only file): each article is stored whole or
      // not at all, so what was stored stays and the next run stores the rest
      System.err.println("tidings ingest: stopped after storing " + tally.stored() + " of " + toCode
          + " new articles: " + e.getMessage() + ". The articles stored are kept; "
          + (WriteFailure.of(e).orElse(null) == WriteFailure.READ_ONLY ? "make the store writable" : "make room")
          + " and run the same command again to store the rest");
      return 1;
    }
    int stories;
    try {
      stories = store.stories().rebuild();
    } catch (StoreException e) {
      System.err.println("tidings ingest: " + tally.summary() + "; the articles are stored, but " + e.getMessage()
          + "; the next run rebuilds them");
      return 1;
    }
    // the index reads what the store committed, so a crash before this line is caught up next time
    try {
      index.sync(store);
    } catch (StoreException | UncheckedIOException | IllegalStateException e) {
      System.err.println("tidings ingest: " + tally.summary() + "; the articles are stored, but the search index "
          + "is behind: " + e.getMessage() + "; the next tidings ingest or tidings search that can write it "
          + "catches it up");
      return 1;
    }
    System.out.println("tidings ingest: " + tally.summary() + "; " + stories + " stories in " + store.file());
    return tally.notStoredCount() > 0 ? 1 : 0;
  }

  /** Writes one coded article; {@link ArticleWriter#store} in a run. */
  interface Writes {
    ArticleWriter.Outcome store(CodedArticle c);
  }

  /**
   * Stores {@code c} and counts it. A failure that stops every write ({@link StoreException#stopsWrites()}:
   * a full disk, a read-only file) ends the run. An article the store refuses is stored again as a
   * failure ({@code store_error}, with the store's reason) with its id and text only, so it is not
   * lost; only when that fails too is it left out (and the run ends with exit code 1).
   */
  static void store(Writes writer, CodedArticle c, IngestTally tally) {
    try {
      if (writer.store(c) == ArticleWriter.Outcome.ALREADY_STORED) {
        tally.alreadyStored();
      } else if (ArticleWriter.failed(c)) {
        tally.failed(c.errors().get(0).code());
        System.err.println("tidings ingest: article " + c.article().id() + ": " + c.errors().get(0).code() + ": "
            + c.errors().get(0).message());
      } else {
        tally.coded();
      }
    } catch (StoreException e) {
      if (e.stopsWrites()) {
        throw e;
      }
      String reason = e.getMessage().lines().findFirst().orElse("");
      Article a = c.article();
      CodedArticle failed = CodedArticle.failed(Article.of(a.id(), null, a.text()), new ArticleError("store_error",
          "the store refused the article: " + reason), c.provenance());
      try {
        writer.store(failed);
        tally.failed("store_error");
        System.err.println("tidings ingest: article " + a.id() + ": store_error: " + reason);
      } catch (StoreException again) {
        tally.notStored();
        System.err.println("tidings ingest: " + reason);
      }
    }
  }
}
