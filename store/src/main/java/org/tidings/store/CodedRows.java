package org.tidings.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.tidings.core.json.CodedArticleJson;
import org.tidings.core.model.Article;
import org.tidings.core.model.ArticleError;
import org.tidings.core.model.CodedArticle;
import org.tidings.core.model.EventMention;

/**
 * How a coded article becomes rows, table by table ({@link Table}), as plain Java values:
 * {@code Long}, {@code Integer}, {@code Double}, {@code Boolean}, {@code String},
 * {@code LocalDate} for DATE and {@code LocalDateTime} for TIMESTAMP, in the order of the
 * table's columns. The one mapping shared by the store's writer and the Spark job; no I/O.
 * Instances are not shared between threads (each holds a JSON writer).
 */
public final class CodedRows {
  private final CodedArticleJson json = new CodedArticleJson();

  /** A coded article that was not coded at all: it has an error and no focus. */
  public static boolean failed(CodedArticle c) {
    return c.focus() == null && !c.errors().isEmpty();
  }

  /**
   * The rows of {@code c} stored under {@code key}, coded at {@code codedAt}; every table is present,
   * {@link Table#ARTICLES} with exactly one row.
   */
  public Map<Table, List<List<Object>>> rows(long key, CodedArticle c, LocalDateTime codedAt) {
    Article a = c.article();
    ObjectNode tree = json.tree(c);
    String text = a.text();
    Map<Table, List<List<Object>>> out = new EnumMap<>(Table.class);
    out.put(Table.ARTICLES, List.of(Arrays.asList(key, a.id(), ContentHash.of(a), a.source(), a.url(), a.title(),
        a.date(), failed(c) ? "failed" : "ok", codedAt, c.provenance().tidingsVersion(),
        c.provenance().knowledgeId(), c.focus() == null ? null : c.focus().country(), c.events().size(),
        tree.toString())));
    // the text its offsets point into (FORMAT.md section 1), once, beside the coded JSON
    out.put(Table.ARTICLE_TEXTS, List.of(Arrays.asList(key, text)));
    out.put(Table.SENTENCES, TextRows.sentences(key, text, c.events()));
    out.put(Table.MENTIONS, TextRows.mentions(key, c.mentions()));
    out.put(Table.EVENTS, events(key, text, c.events(), tree.get("events")));
    out.put(Table.QUOTES, TextRows.quotes(key, c.quotes(), c.events()));
    List<List<Object>> failures = new ArrayList<>();
    if (failed(c)) {
      for (ArticleError e : c.errors()) {
        failures.add(Arrays.asList(key, e.code(), e.message(), codedAt));
      }
    }
    out.put(Table.FAILURES, failures);
    return out;
  }

  private static List<List<Object>> events(long key, String text, List<EventMention> events, JsonNode eventJson) {
    List<List<Object>> out = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      out.add(EventRows.row(key, text, events.get(i), eventJson.get(i).toString()));
    }
    return out;
  }
}
