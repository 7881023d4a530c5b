package org.tidings.server;

import io.javalin.http.Context;
import org.tidings.store.ActorFilter;
import org.tidings.store.QuoteFilter;

/** {@code GET /api/actors}, {@code /api/quotes} and {@code /api/health}. */
final class CatalogueRoutes {
  private final ReadPool reads;
  private final Views views;
  private final Respond respond;
  private final Health health;

  /** What {@code /api/health} reports besides whether the store answers. */
  record Health(String version, int schemaVersion, LazyCoder coder) {}

  CatalogueRoutes(ReadPool reads, Views views, Respond respond, Health health) {
    this.reads = reads;
    this.views = views;
    this.respond = respond;
    this.health = health;
  }

  void actors(Context ctx) {
    Params params = Params.of(ctx, ActorFilter.NAMES, Params.PAGING);
    ActorFilter filter = EventRoutes.parse(() -> ActorFilter.parse(params.only(ActorFilter.NAMES)));
    var page = params.page();
    var actors = reads.read(s -> s.actors().find(filter, page));
    respond.ok(ctx, views.page("actors", actors.stream().map(views::actor).toList(), params, null));
  }

  void quotes(Context ctx) {
    Params params = Params.of(ctx, QuoteFilter.NAMES, Params.PAGING);
    QuoteFilter filter = EventRoutes.parse(() -> QuoteFilter.parse(params.only(QuoteFilter.NAMES)));
    var page = params.page();
    var quotes = reads.read(s -> s.quotes().find(filter, page));
    respond.ok(ctx, views.page("quotes", quotes, params, null));
  }

  void health(Context ctx) {
    Params.of(ctx);
    boolean alive = reads.read(s -> s.alive());
    var root = views.mapper().createObjectNode();
    root.put("status", alive ? "ok" : "store_unavailable");
    root.put("tidings", health.version());
    root.put("schema_version", health.schemaVersion());
    root.put("coder_loaded", health.coder() != null && health.coder().loaded());
    respond.status(ctx, alive ? 200 : 503, root);
  }
}
