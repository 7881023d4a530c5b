package org.tidings.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** The text of stored articles (schema version 2): written with the article, read back by its key. */
final class ArticleTexts {
  private final Connection connection;

  ArticleTexts(Connection connection) {
    this.connection = connection;
  }

  void insert(long articleKey, String text) throws SQLException {
    try (PreparedStatement p = connection.prepareStatement("INSERT INTO article_texts VALUES (?, ?)")) {
      p.setLong(1, articleKey);
      p.setString(2, text);
      p.executeUpdate();
    }
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
