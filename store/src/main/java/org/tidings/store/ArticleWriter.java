package org.tidings.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import org.tidings.core.json.CodedArticleJson;
import org.tidings.core.model.Article;
import org.tidings.core.model.ArticleError;
import org.tidings.core.model.CodedArticle;

/**
 * Stores coded articles, each in one transaction: the article row, its sentences, mentions,
 * events, quotes and failures are all written or none is, so a process killed mid-write leaves
 * no half article. An article whose content hash is already stored is skipped.
 */
public final class ArticleWriter {
  private final Connection connection;
  private final Clock clock;
  private final CodedArticleJson json = new CodedArticleJson();
  private final EventRows events;
  private final TextRows texts;

  /** What became of one article. */
  public enum Outcome { STORED, ALREADY_STORED }

  ArticleWriter(Connection connection) {
    this(connection, Clock.systemUTC());
  }

  ArticleWriter(Connection connection, Clock clock) {
    this.connection = connection;
    this.clock = clock;
    this.events = new EventRows(connection);
    this.texts = new TextRows(connection);
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
    return c.focus() == null && !c.errors().isEmpty();
  }

  /** Stores {@code c} in one transaction, or skips it when its content is already stored. */
  public Outcome store(CodedArticle c) {
    String hash = ContentHash.of(c.article());
    try {
      connection.setAutoCommit(false);
      try {
        if (isStored(hash)) {
          connection.rollback();
          return Outcome.ALREADY_STORED;
        }
        write(c, hash);
        connection.commit();
        return Outcome.STORED;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw new StoreException("cannot store article " + c.article().id() + ": " + e.getMessage(), e);
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new StoreException("cannot store article " + c.article().id() + ": " + e.getMessage(), e);
    }
  }

  private void write(CodedArticle c, String hash) throws SQLException {
    Article a = c.article();
    ObjectNode tree = json.tree(c);
    String now = LocalDateTime.now(clock).toString().replace('T', ' ');
    long key;
    try (PreparedStatement p = connection.prepareStatement("INSERT INTO articles (article_id, content_hash, source, "
        + "url, title, published, status, coded_at, tidings_version, knowledge_id, focus_country, event_count, "
        + "coded_json) VALUES (?, ?, ?, ?, ?, CAST(? AS DATE), ?, CAST(? AS TIMESTAMP), ?, ?, ?, ?, ?) "
        + "RETURNING article_key")) {
      Sql.bind(p, Arrays.asList(a.id(), hash, a.source(), a.url(), a.title(), a.date(), failed(c) ? "failed" : "ok",
          now, c.provenance().tidingsVersion(), c.provenance().knowledgeId(),
          c.focus() == null ? null : c.focus().country(), c.events().size(), tree.toString()));
      try (ResultSet r = p.executeQuery()) {
        r.next();
        key = r.getLong(1);
      }
    }
    String text = a.text();
    new ArticleTexts(connection).insert(key, text);
    texts.insertSentences(key, text, c.events());
    texts.insertMentions(key, c.mentions());
    events.insert(key, text, c.events(), tree.get("events"));
    texts.insertQuotes(key, c.quotes(), c.events());
    if (failed(c)) {
      try (PreparedStatement p = connection.prepareStatement(
          "INSERT INTO failures VALUES (?, ?, ?, CAST(? AS TIMESTAMP))")) {
        for (ArticleError e : c.errors()) {
          Sql.bind(p, Arrays.asList(key, e.code(), e.message(), now));
          p.executeUpdate();
        }
      }
    }
  }
}
