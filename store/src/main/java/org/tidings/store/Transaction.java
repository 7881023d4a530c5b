package org.tidings.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Runs work in one DuckDB transaction opened and ended by SQL ({@code BEGIN TRANSACTION},
 * {@code COMMIT}, {@code ROLLBACK}) on a connection that stays in auto-commit mode. JDBC's own
 * {@code setAutoCommit(false)}/{@code commit()} are not used: when a COMMIT fails (a full disk),
 * DuckDB has already ended the transaction, but its driver still believes one is open, so from then
 * on it runs every statement in a transaction of its own and a later article can be stored in
 * part. Here a failed COMMIT leaves nothing open, and the failed work's error is the one thrown.
 */
final class Transaction {
  /** Work on the connection, inside the transaction. */
  @FunctionalInterface
  interface Work<T> {
    T run() throws SQLException;
  }

  private Transaction() {
  }

  /** Runs {@code work} and commits, or rolls back and throws what it threw (or what the commit threw). */
  static <T> T run(Connection c, Work<T> work) throws SQLException {
    execute(c, "BEGIN TRANSACTION");
    T out;
    try {
      out = work.run();
    } catch (SQLException | RuntimeException e) {
      rollback(c, e);
      throw e;
    }
    try {
      execute(c, "COMMIT");
    } catch (SQLException e) {
      // DuckDB ends a transaction whose COMMIT failed; a ROLLBACK finds none, which is expected
      rollback(c, e);
      throw e;
    }
    return out;
  }

  private static void rollback(Connection c, Exception failure) {
    try {
      execute(c, "ROLLBACK");
    } catch (SQLException e) {
      if (!String.valueOf(e.getMessage()).contains("no transaction is active")) {
        failure.addSuppressed(e);
      }
    }
  }

  private static void execute(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
