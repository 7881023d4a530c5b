package org.tidings.store.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tidings.core.json.CodedArticleJson;
import org.tidings.core.model.Article;
import org.tidings.core.model.CodedArticle;
import org.tidings.store.StoredCodedArticle;

/**
 * An article as the index sees it: the store's key, what the {@code articles} row says of it and
 * its coded JSON with its {@code text} (from {@code article_texts}). Made the same way from a fresh coding and from a
 * stored row, so an index built as articles arrive and one rebuilt from the store hold the same
 * documents.
 *
 * @param date publication date {@code YYYY-MM-DD}, or null
 */
record IndexedArticle(long key, String id, String title, String source, String date, JsonNode coded) {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** A sentence that supports an event (the only sentence boundaries a coding carries). */
  record Sentence(int index, String text) {}

  static IndexedArticle of(CodedArticle c, long key, CodedArticleJson json) {
    Article a = c.article();
    ObjectNode tree = json.tree(c);
    tree.put("text", a.text());
    return new IndexedArticle(key, a.id(), a.title(), a.source(), a.date() == null ? null : a.date().toString(), tree);
  }

  static IndexedArticle of(StoredCodedArticle s) {
    try {
      JsonNode coded = MAPPER.readTree(s.codedJson());
      if (s.text() != null && coded instanceof ObjectNode o) {
        o.put("text", s.text());
      }
      return new IndexedArticle(s.key(), s.id(), s.title(), s.source(), s.published(), coded);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("article " + s.key() + " has unreadable stored JSON: " + e.getOriginalMessage(),
          e);
    }
  }

  /** The article text; an article stored before texts were kept is represented by its supporting sentences. */
  String text() {
    JsonNode t = coded.get("text");
    if (t != null && t.isTextual()) {
      return t.asText();
    }
    return String.join("\n", sentences().stream().map(Sentence::text).toList());
  }

  /** Supporting sentences in order, each once (the store's {@code sentences} rows). */
  List<Sentence> sentences() {
    Map<Integer, String> byIndex = new TreeMap<>();
    for (JsonNode e : coded.path("events")) {
      byIndex.putIfAbsent(e.path("sentence").asInt(), e.path("evidence").path("text").asText(""));
    }
    List<Sentence> out = new ArrayList<>();
    byIndex.forEach((i, t) -> out.add(new Sentence(i, t)));
    return out;
  }

  JsonNode events() {
    return coded.path("events");
  }

  JsonNode quotes() {
    return coded.path("quotes");
  }
}
