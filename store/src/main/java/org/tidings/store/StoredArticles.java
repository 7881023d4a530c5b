package org.tidings.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads stored articles in key order, a batch at a time (keyset paging: memory stays flat however
 * large the store), for indexes and exports kept beside the store.
 */
public final class StoredArticles {
  private final Store store;

  /** How many articles are stored and the highest key among them (0 when none). */
  public record Mark(long articles, long maxKey) {}

  public StoredArticles(Store store) {
    this.store = store;
  }

  public Mark mark() {
    try (Statement s = store.connection().createStatement();
        ResultSet r = s.executeQuery("SELECT count(*), coalesce(max(article_key), 0) FROM articles")) {
      r.next();
      return new Mark(r.getLong(1), r.getLong(2));
    } catch (SQLException e) {
      throw new StoreException("cannot read the articles of " + store.file() + ": " + e.getMessage(), e);
    }
  }

  /** Hands every article whose key is above {@code afterKey} to {@code sink}, {@code batch} at a time, in key order. */
  public void forEachAfter(long afterKey, int batch, Consumer<List<StoredCodedArticle>> sink) {
    long last = afterKey;
    while (true) {
      List<StoredCodedArticle> page = page(last, batch);
      if (page.isEmpty()) {
        return;
      }
      sink.accept(page);
      last = page.get(page.size() - 1).key();
    }
  }

  private List<StoredCodedArticle> page(long afterKey, int batch) {
    List<StoredCodedArticle> out = new ArrayList<>();
    try (PreparedStatement p = store.connection().prepareStatement("SELECT a.article_key, article_id, title, source, "
        + "url, CAST(published AS VARCHAR), coded_json, t.text FROM articles a LEFT JOIN article_texts t "
        + "ON t.article_key = a.article_key WHERE a.article_key > ? ORDER BY a.article_key LIMIT ?")) {
      Sql.bind(p, List.of(afterKey, batch));
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          out.add(new StoredCodedArticle(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
              r.getString(6), r.getString(7), r.getString(8)));
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read the articles of " + store.file() + ": " + e.getMessage(), e);
    }
    return out;
  }
}
