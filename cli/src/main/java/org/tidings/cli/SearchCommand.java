package org.tidings.cli;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.tidings.store.Store;
import org.tidings.store.StoreException;
import org.tidings.store.search.SearchHit;
import org.tidings.store.search.SearchIndex;
import org.tidings.store.search.SearchResults;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code tidings search}: full-text search of a store. The index beside the store is brought in
 * step with it first (built on first use, rebuilt when missing or unreadable, also when a damaged
 * segment shows only as it is searched). A store that cannot be written is searched read-only.
 */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = "Search stored articles, sentences, quotes and events. Fields: text, title, actor, type, country, "
        + "source, speaker, kind, id, date; \"phrases\", AND OR NOT, word*.")
final class SearchCommand implements Callable<Integer> {

  @Parameters(paramLabel = "QUERY", description = "e.g. 'actor:RUS AND type:19 AND \"Kharkiv\"'")
  String query;

  @Option(names = "--db", paramLabel = "FILE", description = "The store (default: ${DEFAULT-VALUE})")
  Path db = Path.of("tidings.db");

  @Option(names = "--limit", description = "Hits to show (default: ${DEFAULT-VALUE})")
  int limit = 20;

  @Option(names = "--offset", description = "Hits to skip (default: ${DEFAULT-VALUE})")
  int offset;

  @Override
  public Integer call() {
    if (!Files.isRegularFile(db)) {
      return fail("no store at " + db + " (give the file tidings ingest wrote with --db)");
    }
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    try (Store store = Store.openToRead(db);
        SearchIndex index = SearchIndex.openFor(store, m -> System.err.println("tidings search: " + m))) {
      SearchResults r = index.search(store, query, limit, offset);
      for (SearchHit h : r.hits()) {
        out.println(h.kind() + "\t" + h.articleId() + (h.sentence() >= 0 ? "#" + h.sentence() : "")
            + (h.eventId() == null ? "" : "\t" + h.eventId()) + "\t" + h.snippet().replace('\n', ' '));
      }
      System.err.println("tidings search: " + r.total() + " hits");
      return 0;
    } catch (IllegalArgumentException | StoreException | UncheckedIOException e) {
      return fail(e.getMessage());
    }
  }

  private static int fail(String message) {
    System.err.println("tidings search: " + message);
    return 2;
  }
}
