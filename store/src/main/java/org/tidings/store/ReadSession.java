package org.tidings.store;

import java.sql.Connection;
import java.sql.SQLException;
import org.duckdb.DuckDBConnection;

/**
 * A read-only view of an open {@link Store} on a connection of its own: a duplicate of the
 * store's connection ({@link DuckDBConnection#duplicate()}), which shares the database but not
 * the transaction, so several threads can read at once while the store's own connection writes.
 * One session is used by one thread at a time; it sees what was committed when each query starts.
 */
public final class ReadSession implements AutoCloseable {
  private final Connection connection;

  private ReadSession(Connection connection) {
    this.connection = connection;
  }

  /** A new session on {@code store}'s database. */
  public static ReadSession of(Store store) {
    try {
      return new ReadSession(store.connection().unwrap(DuckDBConnection.class).duplicate());
    } catch (SQLException e) {
      throw new StoreException("cannot open a read connection to " + store.file() + ": " + e.getMessage(), e);
    }
  }

  public EventReader events() {
    return new EventReader(connection);
  }

  public Stories stories() {
    return new Stories(connection);
  }

  public StoryReader storyEvents() {
    return new StoryReader(connection);
  }

  public ArticleReader articles() {
    return new ArticleReader(connection);
  }

  public ActorReader actors() {
    return new ActorReader(connection);
  }

  public QuoteReader quotes() {
    return new QuoteReader(connection);
  }

  public TimelineReader timeline() {
    return new TimelineReader(connection);
  }

  public NetworkReader network() {
    return new NetworkReader(connection);
  }

  public MapReader map() {
    return new MapReader(connection);
  }

  /** True when the database answers a trivial query. */
  public boolean alive() {
    try (var s = connection.createStatement(); var r = s.executeQuery("SELECT 1")) {
      return r.next();
    } catch (SQLException e) {
      return false;
    }
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new StoreException("cannot close a read connection: " + e.getMessage(), e);
    }
  }
}
