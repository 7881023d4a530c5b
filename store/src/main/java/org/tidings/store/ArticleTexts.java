package org.tidings.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** The text of stored articles (schema version 2), read back by its key; written with the article's rows ({@link CodedRows}). */
final class ArticleTexts {
  private final Connection connection;

  ArticleTexts(Connection connection) {
    this.connection = connection;
  }

  Optional<String> of(long articleKey) throws SQLException {
    try (PreparedStatement p = connection.prepareStatement("SELECT text FROM article_texts WHERE article_key = ?")) {
      p.setLong(1, articleKey);
      try (ResultSet r = p.executeQuery()) {
        return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
      }
    }
  }
}
