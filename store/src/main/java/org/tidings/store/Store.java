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
import java.util.Properties;

/**
 * An open store file: one DuckDB connection, the schema brought up to date when it opens. DuckDB
 * lets one process write a file at a time, so a process opens its store once and shares this
 * object; a file held by another process is refused with a message saying so, and so is one that
 * cannot be written ({@link #open}) unless it is opened only to be read ({@link #openToRead}).
 * Not thread-safe: one thread writes (the batch coder hands results back on its calling thread).
 */
public final class Store implements AutoCloseable {
  private static final List<String> TABLES = List.of("articles", "sentences", "mentions", "events", "quotes",
      "failures", "stories", "story_events");
  private final Path file;
  private final Connection connection;
  private final boolean readOnly;
  private final FaultHook faults = FaultHook.fromSystemProperty();

  private Store(Path file, Connection connection, boolean readOnly) {
    this.file = file;
    this.connection = connection;
    this.readOnly = readOnly;
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
    Connection c = connect(file, abs, false);
    try {
      migrations.apply(c, file.toString());
      return new Store(file, c, false);
    } catch (SQLException | RuntimeException e) {
      quietlyClose(c);
      if (e instanceof StoreException se) {
        throw se;
      }
      throw new StoreException("cannot read the store " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Opens an existing store to read it: as {@link #open} does when the file can be written, else
   * read-only (a file made read-only or immutable, a read-only file system) when its schema is the
   * one this Tidings writes. A read-only store ({@link #readOnly()}) refuses every write.
   */
  public static Store openToRead(Path file) {
    try {
      return open(file);
    } catch (StoreException e) {
      if (WriteFailure.of(e).orElse(null) != WriteFailure.READ_ONLY || !Files.isRegularFile(file)) {
        throw e;
      }
    }
    return openReadOnly(file);
  }

  /**
   * Opens an existing store read-only, whatever its file allows: every write is refused, and a
   * store whose schema is not the one this Tidings writes is refused (it cannot be brought up to date).
   */
  public static Store openReadOnly(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new StoreException("no store at " + file);
    }
    Migrations migrations = Migrations.fromClassPath();
    Connection c = connect(file, file.toAbsolutePath().normalize(), true);
    try {
      int version = Migrations.current(c);
      if (version != migrations.latest()) {
        throw new StoreException("the store " + file + " is read-only and has schema version " + version
            + (version > migrations.latest() ? ", newer than this Tidings knows (" + migrations.latest()
                + "): open it with a newer Tidings" : ", older than this Tidings writes (" + migrations.latest()
                + "): make it writable once so that it is brought up to date"));
      }
      return new Store(file, c, true);
    } catch (SQLException | RuntimeException e) {
      quietlyClose(c);
      if (e instanceof StoreException se) {
        throw se;
      }
      throw new StoreException("cannot read the store " + file + ": " + e.getMessage(), e);
    }
  }

  private static Connection connect(Path file, Path abs, boolean readOnly) {
    try {
      Class.forName("org.duckdb.DuckDBDriver");
      Properties p = new Properties();
      if (readOnly) {
        p.setProperty("duckdb.read_only", "true");
      }
      return DriverManager.getConnection("jdbc:duckdb:" + abs, p);
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

  /** True when the store was opened read-only ({@link #openToRead}): every write is refused. */
  public boolean readOnly() {
    return readOnly;
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
