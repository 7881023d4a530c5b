package org.tidings.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tidings.store.Store;
import org.tidings.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tidings stats}: the rows of each table of a store, one "table count" line each. */
@Command(name = "stats", mixinStandardHelpOptions = true,
    description = "Count the rows of a store's tables (articles, events, quotes, failures, stories...).")
final class StatsCommand implements Callable<Integer> {

  @Option(names = "--db", paramLabel = "FILE", description = "The store (default: ${DEFAULT-VALUE})")
  Path db = Path.of("tidings.db");

  @Override
  public Integer call() {
    if (!Files.isRegularFile(db)) {
      System.err.println("tidings stats: no store at " + db + " (give the file tidings ingest wrote with --db)");
      return 2;
    }
    try (Store store = Store.openToRead(db)) {
      for (Map.Entry<String, Long> e : store.counts().entrySet()) {
        System.out.println(e.getKey() + "\t" + e.getValue());
      }
      return 0;
    } catch (StoreException e) {
      System.err.println("tidings stats: " + e.getMessage());
      return 2;
    }
  }
}
