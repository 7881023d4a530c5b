package org.tidings.store.search;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;

/**
 * The Lucene documents of one article: the article itself (title, text), each supporting
 * sentence, each quote (with its speaker) and each event (its sentence, both actors' codes and
 * names, its CAMEO code and prefixes, PLOVER type and CAMEO name words, the countries of its
 * actors and place). Every document carries the article's key, id, publisher and date.
 */
final class SearchDocuments {
  static final String ARTICLE = "article";
  static final String SENTENCE = "sentence";
  static final String QUOTE = "quote";
  static final String EVENT = "event";

  List<Document> of(IndexedArticle a) {
    List<Document> out = new ArrayList<>();
    Document article = base(a, ARTICLE, -1);
    text(article, SearchFields.TITLE, a.title());
    text(article, SearchFields.TEXT, a.text());
    out.add(article);
    for (IndexedArticle.Sentence s : a.sentences()) {
      Document d = base(a, SENTENCE, s.index());
      text(d, SearchFields.TEXT, s.text());
      out.add(d);
    }
    for (JsonNode q : a.quotes()) {
      Document d = base(a, QUOTE, sentenceOf(a, q.path("start").asInt(-1)));
      text(d, SearchFields.TEXT, q.path("text").asText(""));
      JsonNode speaker = q.path("speaker");
      words(d, SearchFields.SPEAKER, value(speaker, "code"), value(speaker, "name"), value(speaker, "text"));
      out.add(d);
    }
    for (JsonNode e : a.events()) {
      Document d = base(a, EVENT, e.path("sentence").asInt());
      d.add(new StoredField(SearchFields.EVENT, e.path("id").asText("")));
      text(d, SearchFields.TEXT, e.path("evidence").path("text").asText(""));
      JsonNode s = e.path("source");
      JsonNode t = e.path("target");
      words(d, SearchFields.ACTOR, value(s, "code"), value(s, "country"), value(s, "name"), value(t, "code"),
          value(t, "country"), value(t, "name"));
      words(d, SearchFields.TYPE, typeWords(e));
      words(d, SearchFields.COUNTRY, value(s, "country"), value(t, "country"), value(e.path("place"), "country"));
      out.add(d);
    }
    return out;
  }

  private static Document base(IndexedArticle a, String kind, int sentence) {
    Document d = new Document();
    d.add(new StringField(SearchFields.KIND, kind, Field.Store.YES));
    d.add(new StringField(SearchFields.KEY, Long.toString(a.key()), Field.Store.YES));
    d.add(new StringField(SearchFields.ID, a.id().toLowerCase(Locale.ROOT), Field.Store.NO));
    d.add(new StoredField("article_id", a.id()));
    if (a.date() != null) {
      d.add(new StringField(SearchFields.DATE, a.date(), Field.Store.NO));
    }
    if (a.source() != null) {
      d.add(new TextField(SearchFields.SOURCE, a.source(), Field.Store.NO));
    }
    d.add(new StoredField(SearchFields.SENTENCE, sentence));
    return d;
  }

  private static void text(Document d, String field, String value) {
    if (value != null && !value.isEmpty()) {
      d.add(new TextField(field, value, Field.Store.YES));
    }
  }

  private static void words(Document d, String field, String... values) {
    Set<String> seen = new LinkedHashSet<>();
    for (String v : values) {
      if (v != null && !v.isBlank() && seen.add(v)) {
        d.add(new TextField(field, v, Field.Store.NO));
      }
    }
  }

  /** A CAMEO code with each prefix of two digits or more, the PLOVER type and the CAMEO name. */
  private static String[] typeWords(JsonNode e) {
    String cameo = e.path("cameo").asText("");
    List<String> out = new ArrayList<>();
    for (int n = 2; n <= cameo.length(); n++) {
      out.add(cameo.substring(0, n));
    }
    out.add(value(e, "plover"));
    out.add(value(e, "cameo_name"));
    return out.toArray(String[]::new);
  }

  private static String value(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  /** The supporting sentence whose span holds {@code offset}, else -1. */
  private static int sentenceOf(IndexedArticle a, int offset) {
    for (JsonNode e : a.events()) {
      JsonNode ev = e.path("evidence");
      if (offset >= ev.path("start").asInt() && offset < ev.path("end").asInt()) {
        return e.path("sentence").asInt();
      }
    }
    return -1;
  }
}
