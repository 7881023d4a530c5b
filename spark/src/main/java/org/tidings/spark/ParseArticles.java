package org.tidings.spark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.tidings.core.json.ArticleReader;
import org.tidings.core.model.Article;
import org.tidings.store.ContentHash;

/**
 * Turns raw input rows into articles with their content hash, on the executors: a JSON line is read
 * by the same {@link ArticleReader} as {@code tidings code}; a line or row that cannot be read keeps
 * its reason ({@code malformed_json}, {@code missing_id}, {@code bad_date}, ...) and becomes a
 * failure row later. Blank lines are skipped. {@code date} fills in a missing publication date.
 */
final class ParseArticles implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;
  static final StructType PARSED = new StructType().add("content_hash", DataTypes.StringType)
      .add("id", DataTypes.StringType).add("date", DataTypes.DateType).add("title", DataTypes.StringType)
      .add("url", DataTypes.StringType).add("source", DataTypes.StringType).add("text", DataTypes.StringType)
      .add("error_code", DataTypes.StringType).add("error_message", DataTypes.StringType);
  private final LocalDate date;

  ParseArticles(LocalDate date) {
    this.date = date;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> raw) {
    ArticleReader reader = new ArticleReader();
    List<Row> out = new ArrayList<>();
    raw.forEachRemaining(r -> {
      String line = r.getString(0);
      if (line != null && line.isBlank()) {
        return;
      }
      out.add(line != null ? fromJson(reader, line, r.getString(1)) : fromFields(r));
    });
    return out.iterator();
  }

  private Row fromJson(ArticleReader reader, String line, String file) {
    String fallback = (file == null ? "input" : file) + ":" + ContentHash.of(line).substring(0, 12);
    ArticleReader.Result res = reader.read(line, fallback);
    if (!res.ok()) {
      return failed(res.id(), res.code(), "a line of " + file + ": " + res.message());
    }
    return ok(res.article());
  }

  private Row fromFields(Row r) {
    String id = r.getString(2);
    String text = r.getString(7);
    if (id == null || id.isBlank()) {
      return failed("row:" + ContentHash.of(String.valueOf(text)).substring(0, 12), "missing_id",
          "the article has no id");
    }
    if (text == null) {
      return failed(id, "missing_text", "the article has no text");
    }
    LocalDate published = null;
    if (r.getString(3) != null) {
      try {
        published = ArticleReader.parseDate(r.getString(3));
      } catch (IllegalArgumentException e) {
        return failed(id, "bad_date", e.getMessage());
      }
    }
    return ok(new Article(id, published, r.getString(4), r.getString(5), r.getString(6), text));
  }

  private Row ok(Article a) {
    LocalDate published = a.date() != null ? a.date() : date;
    return RowFactory.create(ContentHash.of(a), a.id(), published, a.title(), a.url(), a.source(), a.text(), null,
        null);
  }

  private static Row failed(String id, String code, String message) {
    return RowFactory.create(ContentHash.ofUnreadable(id), id, null, null, null, null, "", code, message);
  }
}
