package org.tidings.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The ordered schema migrations from the class path ({@code tidings/store/migrations/index.txt}
 * lists them) and their application: each pending one in its own transaction, recorded in
 * {@code schema_version}. A store whose schema is newer than the code is refused.
 */
public final class Migrations {
  static final String FOLDER = "tidings/store/migrations/";
  private final List<Migration> all;

  public Migrations(List<Migration> all) {
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).version() != i + 1) {
        throw new IllegalArgumentException("migrations must be numbered 1, 2, 3 ... in order; "
            + all.get(i).name() + " is number " + (i + 1));
      }
    }
    this.all = List.copyOf(all);
  }

  /** The migrations shipped with this Tidings. */
  public static Migrations fromClassPath() {
    List<Migration> list = new ArrayList<>();
    for (String line : resource("index.txt").split("\r?\n")) {
      String name = line.strip();
      if (!name.isEmpty() && !name.startsWith("#")) {
        list.add(Migration.of(name, resource(name)));
      }
    }
    return new Migrations(list);
  }

  private static String resource(String name) {
    try (InputStream in = Migrations.class.getClassLoader().getResourceAsStream(FOLDER + name)) {
      if (in == null) {
        throw new IllegalStateException("missing migration resource " + FOLDER + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The schema version this code writes. */
  public int latest() {
    return all.isEmpty() ? 0 : all.get(all.size() - 1).version();
  }

  /** Brings the schema of {@code c} up to {@link #latest()}; returns the number applied. */
  public int apply(Connection c, String where) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, name VARCHAR NOT NULL, "
          + "applied_at TIMESTAMP NOT NULL)");
    }
    int current = current(c);
    if (current > latest()) {
      throw new StoreException("the store " + where + " has schema version " + current
          + ", newer than this Tidings knows (" + latest() + "): open it with a newer Tidings");
    }
    int applied = 0;
    for (Migration m : all.subList(current, all.size())) {
      try {
        Transaction.run(c, () -> {
          try (Statement s = c.createStatement()) {
            for (String sql : m.statements()) {
              s.execute(sql);
            }
          }
          try (PreparedStatement p = c.prepareStatement("INSERT INTO schema_version VALUES (?, ?, ?)")) {
            p.setInt(1, m.version());
            p.setString(2, m.name());
            p.setTimestamp(3, Timestamp.from(Instant.now()));
            p.executeUpdate();
          }
          return null;
        });
        applied++;
      } catch (SQLException e) {
        throw StoreException.writing("cannot apply migration " + m.name() + " to " + where, Path.of(where), e);
      }
    }
    return applied;
  }

  /** The highest applied version, 0 for an empty store. */
  public static int current(Connection c) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT max(version) FROM schema_version")) {
      r.next();
      return r.getInt(1);
    }
  }
}
