package org.tidings.server;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tidings.core.json.ArticleReader;
import org.tidings.core.json.CodedArticleJson;
import org.tidings.core.model.Article;
import org.tidings.core.model.CodedArticle;
import org.tidings.store.ArticleDocument;
import org.tidings.store.ArticleWriter;
import org.tidings.store.ContentHash;
import org.tidings.store.EventDays;
import org.tidings.store.Store;
import org.tidings.store.search.SearchIndex;

/**
 * Takes posted articles in: reads them from a JSON object or JSON lines (FORMAT.md section 1),
 * codes the new ones and stores them. An article whose content is stored already is not coded
 * again: its stored coding is given back. Writes go through the store's own connection, one
 * request at a time; stories and the timeline summary are rebuilt after a request that stored
 * something.
 */
final class Intake {
  private final Store store;
  private final SearchIndex index;
  private final ReadPool reads;
  private final ArticleCoder coder;
  private final Views views;
  private final int maxArticles;
  private final Object writeLock = new Object();
  private final ArticleReader articleReader = new ArticleReader();
  private final CodedArticleJson codedJson = new CodedArticleJson();
  private final ObjectMapper strict = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /** One article taken in: its coded JSON, and whether it had been stored before. */
  record Taken(ObjectNode coded, boolean alreadyStored) {}

  Intake(Store store, ReadPool reads, ArticleCoder coder, Views views, int maxArticles, SearchIndex index) {
    this.store = store;
    this.index = index;
    this.reads = reads;
    this.coder = coder;
    this.views = views;
    this.maxArticles = maxArticles;
  }

  /**
   * The articles of a request body: one JSON object, or one per non-blank line. Any bad one refuses
   * the request, and so does an id given on two lines with two texts.
   */
  List<Article> read(String body) {
    if (body.isBlank()) {
      throw ApiException.badRequest("the body is empty; send a JSON article {\"id\", \"text\", \"date\", ...} "
          + "or JSON lines of them");
    }
    if (wholeIsOneObject(body)) {
      return List.of(article(body.strip(), "the article"));
    }
    List<Article> out = new ArrayList<>();
    record First(int line, String hash) {}
    Map<String, First> firstOfId = new HashMap<>();
    String[] lines = body.split("\r?\n");
    for (int i = 0; i < lines.length; i++) {
      if (!lines[i].isBlank()) {
        if (out.size() == maxArticles) {
          throw ApiException.badRequest("at most " + maxArticles + " articles a request");
        }
        Article a = article(lines[i], "line " + (i + 1));
        // as in a JSONL file: one id, one text; the same text again is the same article
        String hash = ContentHash.of(a);
        First first = firstOfId.putIfAbsent(a.id(), new First(i + 1, hash));
        if (first != null && !first.hash().equals(hash)) {
          throw ApiException.badRequest("line " + (i + 1) + ": the id \"" + Params.shown(a.id())
              + "\" is the id of line " + first.line() + ", with another text (duplicate_id)");
        }
        out.add(a);
      }
    }
    return out;
  }

  private boolean wholeIsOneObject(String body) {
    try {
      return strict.readTree(body).isObject();
    } catch (IOException e) {
      return false;
    }
  }

  private Article article(String json, String where) {
    ArticleReader.Result r = articleReader.read(json, null);
    if (!r.ok()) {
      throw ApiException.badRequest(where + ": " + r.message() + " (" + r.code() + ")");
    }
    if (r.article().id().length() > 300) {
      throw ApiException.badRequest(where + ": the id is longer than 300 characters");
    }
    return r.article();
  }

  /** Codes and stores {@code articles}, in order. */
  List<Taken> take(List<Article> articles) {
    List<Taken> out = new ArrayList<>();
    boolean stored = false;
    for (Article a : articles) {
      Taken t = take(a);
      stored |= !t.alreadyStored();
      out.add(t);
    }
    if (stored) {
      synchronized (writeLock) {
        store.stories().rebuild();
        EventDays.of(store).rebuild();
        index.sync(store);
      }
    }
    return out;
  }

  private Taken take(Article a) {
    String hash = ContentHash.of(a);
    var before = reads.read(s -> s.articles().documentByHash(hash));
    if (before.isPresent()) {
      return new Taken(stored(before.get()), true);
    }
    CodedArticle c = coder.code(a);
    ArticleWriter.Outcome outcome;
    synchronized (writeLock) {
      outcome = store.writer().store(c);
    }
    if (outcome == ArticleWriter.Outcome.ALREADY_STORED) {
      return new Taken(stored(reads.read(s -> s.articles().documentByHash(hash)).orElseThrow()), true);
    }
    return new Taken(codedJson.tree(c), false);
  }

  private ObjectNode stored(ArticleDocument d) {
    return (ObjectNode) views.parse(d.codedJson());
  }
}
