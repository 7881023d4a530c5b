package org.tidings.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * An open store file: one DuckDB connection, the schema brought up to date when it opens. DuckDB
 * lets one process write a file at a time, so a process opens its store once and shares this
 * object; a file held by another process is refused with a message saying so, and so is one that
 * cannot be written. Not thread-safe: one thread writes (the batch coder hands results back on its calling thread).
 */
public final class Store implements AutoCloseable {
  private static final List<String> TABLES = List.of("articles", "sentences", "mentions", "events", "quotes",
      "failures", "stories", "story_events");
  private final Path file;
  private final Connection connection;
  private final FaultHook faults = FaultHook.fromSystemProperty();

  private Store(Path file, Connection connection) {
    this.file = file;
    this.connection = connection;
  }

  /** Opens (creating when missing) the store at {@code file} with the shipped migrations. */
  public static Store open(Path file) {
    return open(file, Migrations.fromClassPath());
  }

  /** Opens the store at {@code file} and applies {@code migrations}. */
  public static Store open(Path file, Migrations migrations) {
    Path abs = file.toAbsolutePath().normalize();
    if (Files.isDirectory(abs)) {
      throw new StoreException("the store " + file + " is a directory; give a file such as tidings.db");
    }
    if (abs.getParent() != null && !Files.isDirectory(abs.getParent())) {
      throw new StoreException("cannot create the store " + file + ": the folder " + abs.getParent()
          + " does not exist");
    }
    Connection c = connect(file, abs);
    try {
      migrations.apply(c, file.toString());
      return new Store(file, c);
    } catch (SQLException | RuntimeException e) {
      quietlyClose(c);
      if (e instanceof StoreException se) {
        throw se;
      }
      throw new StoreException("cannot read the store " + file + ": " + e.getMessage(), e);
    }
  }

  private static Connection connect(Path file, Path abs) {
    try {
      Class.forName("org.duckdb.DuckDBDriver");
      return DriverManager.getConnection("jdbc:duckdb:" + abs);
    } catch (ClassNotFoundException e) {
      throw new StoreException("the DuckDB driver is not on the class path", e);
    } catch (SQLException e) {
      throw openFailure(file, e);
    } catch (LinkageError e) {
      // the driver unpacks its native library into the temporary folder on first use
      Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
      WriteFailure f = WriteFailure.of(e).orElse(null);
      throw f == WriteFailure.FULL
          ? StoreException.stoppingWrites("cannot load DuckDB's native library: the disk is full or the file size "
              + "limit was reached while unpacking it into " + tmp + " (" + f.reason(e) + ")", e)
          : new StoreException("cannot load DuckDB's native library (it is unpacked into " + tmp + "): "
              + StoreException.firstLine(e.getCause() == null ? e : e.getCause()), e);
    }
  }

  private static StoreException openFailure(Path file, SQLException e) {
    String m = String.valueOf(e.getMessage());
    String lower = m.toLowerCase(Locale.ROOT);
    WriteFailure f = WriteFailure.of(e).orElse(null);
    if (f == WriteFailure.READ_ONLY) {
      return StoreException.stoppingWrites("the store " + file + " cannot be written: it or its folder is read-only ("
          + f.reason(e) + "); make it writable (chmod u+w, or chattr -i when it was made immutable) and run again",
          e);
    }
    if (f == WriteFailure.FULL) {
      return StoreException.stoppingWrites("cannot open the store " + file + ": " + f.describe(file, e), e);
    }
    if (lower.contains("lock")) {
      return new StoreException("the store " + file + " is in use by another process (" + firstLine(m)
          + "). DuckDB lets one process write a store at a time: wait until it ends, or give another file with --db",
          e);
    }
    if (lower.contains("not a valid duckdb") || lower.contains("not a duckdb") || lower.contains("invalid")) {
      return new StoreException("the store " + file + " is not a DuckDB database (" + firstLine(m) + ")", e);
    }
    return new StoreException("cannot open the store " + file + ": " + firstLine(m), e);
  }

  private static String firstLine(String m) {
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }

  private static void quietlyClose(Connection c) {
    try {
      c.close();
    } catch (SQLException ignored) {
      // already failing; the first error is the one reported
    }
  }

  public Path file() {
    return file;
  }

  /** The applied schema version. */
  public int schemaVersion() {
    try {
      return Migrations.current(connection);
    } catch (SQLException e) {
      throw new StoreException("cannot read the schema version of " + file + ": " + e.getMessage(), e);
    }
  }

  /** Rows in each table of stored data, by table name (articles, sentences, mentions, events, ...). */
  public Map<String, Long> counts() {
    Map<String, Long> out = new LinkedHashMap<>();
    try (Statement s = connection.createStatement()) {
      for (String table : TABLES) {
        try (ResultSet r = s.executeQuery("SELECT count(*) FROM " + table)) {
          r.next();
          out.put(table, r.getLong(1));
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot count the rows of " + file + ": " + e.getMessage(), e);
    }
    return out;
  }

  /** Writes coded articles. */
  public ArticleWriter writer() {
    return new ArticleWriter(connection, file, Clock.systemUTC(), faults);
  }

  /** Reads events. */
  public EventReader events() {
    return new EventReader(connection);
  }

  /** Story events: the same event reported by several articles. */
  public Stories stories() {
    return new Stories(connection, file, faults);
  }

  Connection connection() {
    return connection;
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw StoreException.writing("cannot close the store " + file, file, e);
    }
  }
}
