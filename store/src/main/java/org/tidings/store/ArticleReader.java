package org.tidings.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Lists stored articles and gives one article's coded JSON. Parameterised SQL only. */
public final class ArticleReader {
  private static final String COLUMNS = "article_key, article_id, source, url, title, CAST(published AS VARCHAR), "
      + "status, strftime(coded_at, '%Y-%m-%dT%H:%M:%SZ'), focus_country, event_count";
  private final Connection connection;

  ArticleReader(Connection connection) {
    this.connection = connection;
  }

  /** One page of the articles that pass {@code filter}, most recently published first. */
  public List<StoredArticle> find(ArticleFilter filter, Page page) {
    Where w = where(filter);
    List<Object> params = new ArrayList<>(w.params());
    params.add(page.limit());
    params.add(page.offset());
    List<StoredArticle> out = new ArrayList<>();
    try (PreparedStatement p = connection.prepareStatement("SELECT " + COLUMNS + " FROM articles WHERE " + w.sql()
        + " ORDER BY published DESC NULLS LAST, article_key DESC LIMIT ? OFFSET ?")) {
      Sql.bind(p, params);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          String published = r.getString(6);
          out.add(new StoredArticle(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
              published == null ? null : LocalDate.parse(published), r.getString(7), r.getString(8),
              r.getString(9), r.getInt(10)));
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read articles: " + e.getMessage(), e);
    }
    return out;
  }

  /** How many articles pass {@code filter}. */
  public long count(ArticleFilter filter) {
    Where w = where(filter);
    try (PreparedStatement p = connection.prepareStatement("SELECT count(*) FROM articles WHERE " + w.sql())) {
      Sql.bind(p, w.params());
      try (ResultSet r = p.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    } catch (SQLException e) {
      throw new StoreException("cannot count articles: " + e.getMessage(), e);
    }
  }

  /** The article stored under {@code articleId}; when several articles share the id, the one stored last. */
  public Optional<ArticleDocument> document(String articleId) {
    return document("article_id = ? ORDER BY article_key DESC LIMIT 1", articleId);
  }

  /** The article whose content hash ({@link ContentHash}) is {@code hash}. */
  public Optional<ArticleDocument> documentByHash(String hash) {
    return document("content_hash = ?", hash);
  }

  private Optional<ArticleDocument> document(String condition, String value) {
    try (PreparedStatement p = connection.prepareStatement("SELECT article_key, coded_json FROM articles WHERE "
        + condition)) {
      p.setString(1, value);
      try (ResultSet r = p.executeQuery()) {
        if (!r.next()) {
          return Optional.empty();
        }
        long key = r.getLong(1);
        return Optional.of(new ArticleDocument(key, r.getString(2), new ArticleTexts(connection).of(key).orElse(null)));
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read article " + value + ": " + e.getMessage(), e);
    }
  }

  private static Where where(ArticleFilter f) {
    List<String> parts = new ArrayList<>();
    List<Object> params = new ArrayList<>();
    if (f.from() != null) {
      parts.add("published >= CAST(? AS DATE)");
      params.add(f.from().toString());
    }
    if (f.to() != null) {
      parts.add("published <= CAST(? AS DATE)");
      params.add(f.to().toString());
    }
    if (f.source() != null) {
      parts.add("lower(source) = lower(?)");
      params.add(f.source());
    }
    if (f.status() != null) {
      parts.add("status = ?");
      params.add(f.status());
    }
    return new Where(parts.isEmpty() ? "TRUE" : String.join(" AND ", parts), params);
  }

  private record Where(String sql, List<Object> params) {}
}
