package org.tidings.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.tidings.server.ApiToken;
import org.tidings.server.BudgetedCoder;
import org.tidings.server.LazyCoder;
import org.tidings.server.ServerSettings;
import org.tidings.server.TidingsServer;
import org.tidings.store.Store;
import org.tidings.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code tidings serve}: the HTTP API over a store until the process is stopped. The server owns
 * the store file while it runs (DuckDB lets one process write a file). A store that cannot be
 * written (a read-only or immutable file, a read-only file system) is served read-only: reads
 * work, writes get 503, and nothing is written to the store or beside it (no token file).
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve the store over HTTP: JSON API for articles, events, stories, actors, quotes and the "
        + "timeline; POST /api/articles codes and stores articles (needs the token).")
final class ServeCommand implements Callable<Integer> {

  @Option(names = "--db", paramLabel = "FILE", description = "The store (default: ${DEFAULT-VALUE})")
  Path db = Path.of("tidings.db");

  @Option(names = "--host", description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only)")
  String host = ServerSettings.LOOPBACK;

  @Option(names = "--port", description = "Port (default: ${DEFAULT-VALUE}; 0: any free port)")
  int port = ServerSettings.DEFAULT_PORT;

  @Option(names = "--coding-threads", paramLabel = "N",
      description = "Posted articles coded at once; more wait their turn (default: half the cores, the other "
          + "half answering reads)")
  int codingThreads = BudgetedCoder.defaultThreads();

  @Option(names = "--budget", paramLabel = "SECONDS",
      description = "Time budget per posted article; one over it is stored as timed out (default: ${DEFAULT-VALUE})")
  int budgetSeconds = 120;

  @Override
  public Integer call() throws InterruptedException {
    ServerSettings settings;
    try {
      settings = ServerSettings.local(port).withHost(host);
    } catch (IllegalArgumentException e) {
      System.err.println("tidings serve: " + e.getMessage());
      return 2;
    }
    if (codingThreads < 1 || budgetSeconds < 1) {
      System.err.println("tidings serve: --coding-threads and --budget must be 1 or more");
      return 2;
    }
    Store store;
    try {
      store = Store.openToRead(db);
    } catch (StoreException e) {
      System.err.println("tidings serve: " + e.getMessage());
      return 2;
    }
    ApiToken token;
    try {
      // a read-only store takes no writes: no token is made or written for it
      token = store.readOnly() ? ApiToken.unsaved(ApiToken.fileFor(db.toAbsolutePath()), new SecureRandom())
          : ApiToken.loadOrCreate(ApiToken.fileFor(db.toAbsolutePath()), new SecureRandom());
    } catch (IOException e) {
      store.close();
      System.err.println("tidings serve: cannot read or write the token file beside " + db + ": " + e.getMessage());
      return 2;
    }
    TidingsServer server;
    BudgetedCoder coder = new BudgetedCoder(new LazyCoder(), codingThreads, budgetSeconds * 1000L);
    try {
      server = TidingsServer.start(settings, store, token, coder);
    } catch (StoreException e) {
      coder.close();
      store.close();
      System.err.println("tidings serve: " + e.getMessage());
      return 2;
    } catch (RuntimeException e) {
      coder.close();
      store.close();
      System.err.println("tidings serve: cannot listen on " + host + ":" + port + ": " + e.getMessage());
      return 2;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      coder.close();
      store.close();
      stopped.countDown();
    }, "tidings-serve-stop"));
    System.out.println("tidings serve: " + db + " on http://" + hostForUrl(host) + ":" + server.port() + "/api/");
    System.out.println("web page: http://" + hostForUrl(host) + ":" + server.port() + "/");
    if (store.readOnly()) {
      System.out.println("read-only: " + db + " cannot be written, so it is served read-only; posting articles "
          + "gets 503 until the file is writable and the server started again");
    } else if (token.created()) {
      System.out.println("write token (shown once; kept in " + token.file() + ", readable by you only):");
      System.out.println("  " + token.value());
    } else {
      System.out.println("write token: in " + token.file());
    }
    if (!host.equals(ServerSettings.LOOPBACK) && !host.equals("localhost") && !host.equals("::1")) {
      System.out.println("warning: listening on " + host + ", not only on this machine; the API has no TLS");
    }
    stopped.await();
    return 0;
  }

  private static String hostForUrl(String host) {
    return host.contains(":") ? "[" + host + "]" : host;
  }
}
