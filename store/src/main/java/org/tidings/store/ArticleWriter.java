package org.tidings.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.tidings.core.model.CodedArticle;

/**
 * Stores coded articles, each in one transaction: the article row, its sentences, mentions,
 * events, quotes and failures are all written or none is, so a process killed mid-write leaves
 * no half article. An article whose content hash is already stored is skipped. The rows come from
 * {@link CodedRows}, the mapping the Spark job shares.
 */
public final class ArticleWriter {
  private final Connection connection;
  private final Path file;
  private final Clock clock;
  private final FaultHook faults;
  private final CodedRows mapping = new CodedRows();

  /** What became of one article. */
  public enum Outcome { STORED, ALREADY_STORED }

  ArticleWriter(Connection connection) {
    this(connection, Clock.systemUTC());
  }

  ArticleWriter(Connection connection, Clock clock) {
    this(connection, null, clock, new FaultHook(null, status -> { }));
  }

  ArticleWriter(Connection connection, Path file, Clock clock, FaultHook faults) {
    this.connection = connection;
    this.file = file;
    this.clock = clock;
    this.faults = faults;
  }

  /** True when an article of this content hash ({@link ContentHash}) is stored. */
  public boolean isStored(String contentHash) {
    try (PreparedStatement p = connection.prepareStatement("SELECT 1 FROM articles WHERE content_hash = ?")) {
      p.setString(1, contentHash);
      try (ResultSet r = p.executeQuery()) {
        return r.next();
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read the store: " + e.getMessage(), e);
    }
  }

  /** Failure codes that say more about the run than about the article, so coding it again may succeed. */
  public static final Set<String> RETRYABLE = Set.of("timed_out", "coding_failed", "store_error");

  /**
   * Removes, in one transaction, every article stored as failed with one of {@code codes} (a subset
   * of {@link #RETRYABLE}), so that the next ingest of its text codes it again; returns how many.
   * The search index notices the store holds fewer articles and is rebuilt at its next sync.
   */
  public int forgetFailed(Set<String> codes) {
    if (codes.isEmpty()) {
      return 0;
    }
    if (!RETRYABLE.containsAll(codes)) {
      throw new IllegalArgumentException("only " + String.join(", ", new TreeSet<>(RETRYABLE))
          + " can be retried, not " + String.join(", ", new TreeSet<>(codes)));
    }
    String keys = "SELECT a.article_key FROM articles a WHERE a.status = 'failed' AND EXISTS "
        + "(SELECT 1 FROM failures f WHERE f.article_key = a.article_key AND f.code IN ("
        + String.join(", ", Collections.nCopies(codes.size(), "?")) + "))";
    List<String> ordered = List.copyOf(new TreeSet<>(codes));
    try {
      return Transaction.run(connection, () -> {
        List<Long> found = new ArrayList<>();
        try (PreparedStatement p = connection.prepareStatement(keys)) {
          Sql.bind(p, ordered);
          try (ResultSet r = p.executeQuery()) {
            while (r.next()) {
              found.add(r.getLong(1));
            }
          }
        }
        for (Table t : Table.values()) {
          try (PreparedStatement p = connection.prepareStatement("DELETE FROM " + t.tableName()
              + " WHERE article_key = ?")) {
            for (long key : found) {
              p.setLong(1, key);
              p.executeUpdate();
            }
          }
        }
        return found.size();
      });
    } catch (SQLException | RuntimeException e) {
      throw StoreException.writing("cannot remove the failed articles to retry", file, e);
    }
  }

  /** A coded article that was not coded at all: it has an error and no focus. */
  public static boolean failed(CodedArticle c) {
    return CodedRows.failed(c);
  }

  /**
   * Stores {@code c} in one transaction, or skips it when its content is already stored. A failure
   * is a {@link StoreException}; when it stops every write (a full disk, a read-only file) its
   * {@link StoreException#stopsWrites()} says so and nothing of the article was written.
   */
  public Outcome store(CodedArticle c) {
    String hash = ContentHash.of(c.article());
    Outcome outcome;
    try {
      outcome = Transaction.run(connection, () -> {
        if (isStored(hash)) {
          return Outcome.ALREADY_STORED;
        }
        write(c);
        return Outcome.STORED;
      });
    } catch (SQLException | RuntimeException e) {
      throw StoreException.writing("cannot store article " + c.article().id(), file, e);
    }
    if (outcome == Outcome.STORED) {
      faults.pass("stored");
    }
    return outcome;
  }

  private void write(CodedArticle c) throws SQLException {
    long key;
    try (PreparedStatement p = connection.prepareStatement("SELECT nextval('article_keys')");
        ResultSet r = p.executeQuery()) {
      r.next();
      key = r.getLong(1);
    }
    Map<Table, List<List<Object>>> rows = mapping.rows(key, c, LocalDateTime.now(clock));
    for (Table t : Table.values()) {
      if (rows.get(t).isEmpty()) {
        continue;
      }
      try (PreparedStatement p = connection.prepareStatement(t.insertSql())) {
        for (List<Object> row : rows.get(t)) {
          Sql.bind(p, row);
          p.executeUpdate();
        }
      }
    }
  }
}
