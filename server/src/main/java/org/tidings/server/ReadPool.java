package org.tidings.server;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.tidings.store.ReadSession;
import org.tidings.store.Store;

/**
 * A fixed set of read sessions (duplicated DuckDB connections) that request threads borrow one
 * at a time, so reads run side by side and never share a connection.
 */
final class ReadPool implements AutoCloseable {
  private static final long WAIT_SECONDS = 30;
  private final BlockingQueue<ReadSession> idle;
  private final List<ReadSession> all = new ArrayList<>();

  ReadPool(Store store, int size) {
    this.idle = new ArrayBlockingQueue<>(size);
    for (int i = 0; i < size; i++) {
      ReadSession s = ReadSession.of(store);
      all.add(s);
      idle.add(s);
    }
  }

  /** Runs {@code read} on a borrowed session and gives it back. */
  <T> T read(Function<ReadSession, T> read) {
    ReadSession s;
    try {
      s = idle.poll(WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a read connection", e);
    }
    if (s == null) {
      throw new IllegalStateException("no read connection free after " + WAIT_SECONDS + " s");
    }
    try {
      return read.apply(s);
    } finally {
      idle.add(s);
    }
  }

  @Override
  public void close() {
    all.forEach(ReadSession::close);
  }
}
