package org.tidings.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
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
