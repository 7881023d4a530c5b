package org.tidings.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.List;
import org.tidings.store.search.SearchHit;
import org.tidings.store.Store;
import org.tidings.store.search.SearchIndex;
import org.tidings.store.search.SearchResults;

/**
 * {@code GET /api/search?q=...}: full-text search of the stored articles, sentences, quotes and
 * events, in the query language of {@code tidings search} (fields, phrases, AND OR NOT). A query
 * the index refuses is a 400 saying why. An index found damaged while its hits are read is rebuilt
 * from the store (the log says so) and the query answered from the new one.
 */
final class SearchRoutes {
  private static final List<String> NAMES = List.of("q");
  private final SearchIndex index;
  private final Store store;
  private final Views views;
  private final Respond respond;

  SearchRoutes(SearchIndex index, Store store, Views views, Respond respond) {
    this.index = index;
    this.store = store;
    this.views = views;
    this.respond = respond;
  }

  void search(Context ctx) {
    Params params = Params.of(ctx, NAMES, Params.PAGING);
    String q = params.get("q", null);
    if (q == null) {
      throw ApiException.badRequest("give a query: q=..., e.g. q=actor:RUS AND \"Kharkiv\"");
    }
    int size = params.pageSize();
    int offset = (params.pageNumber() - 1) * size;
    // an index found damaged as its hits are read is rebuilt from the store and searched again
    SearchResults r = EventRoutes.parse(() -> index.search(store, q, size, offset));
    ObjectNode root = views.mapper().createObjectNode();
    root.put("total", r.total());
    root.put("page", params.pageNumber());
    root.put("size", size);
    ArrayNode hits = root.putArray("hits");
    for (SearchHit h : r.hits()) {
      ObjectNode n = hits.addObject();
      n.put("kind", h.kind());
      n.put("article_id", h.articleId());
      if (h.sentence() >= 0) {
        n.put("sentence", h.sentence());
      }
      if (h.eventId() != null) {
        n.put("event_id", h.eventId());
      }
      n.put("snippet", h.snippet());
    }
    respond.ok(ctx, root);
  }
}
