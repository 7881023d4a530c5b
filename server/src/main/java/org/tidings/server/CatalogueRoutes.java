package org.tidings.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.List;
import org.tidings.core.knowledge.EventTypes;
import org.tidings.core.model.EventType;
import org.tidings.store.ActorFilter;
import org.tidings.store.QuoteFilter;

/** {@code GET /api/actors}, {@code /api/quotes}, {@code /api/types} and {@code /api/health}. */
final class CatalogueRoutes {
  private final ReadPool reads;
  private final Views views;
  private final Respond respond;
  private final Health health;
  private final ObjectNode types;

  /** What {@code /api/health} reports besides whether the store answers. */
  record Health(String version, int schemaVersion, ArticleCoder coder, boolean readOnly) {}

  CatalogueRoutes(ReadPool reads, Views views, Respond respond, Health health) {
    this.reads = reads;
    this.views = views;
    this.respond = respond;
    this.health = health;
    this.types = types(views, EventTypes.load().all());
  }

  /** Every CAMEO code of {@code cameo.tsv} with its name, PLOVER type, quad class and Goldstein score. */
  void types(Context ctx) {
    Params.of(ctx);
    respond.ok(ctx, types);
  }

  private static ObjectNode types(Views views, List<EventType> all) {
    ObjectNode root = views.mapper().createObjectNode();
    var list = root.putArray("types");
    for (EventType t : all) {
      list.addObject().put("cameo", t.cameo()).put("name", t.name()).put("plover", t.plover())
          .put("quad_class", t.quadClass()).put("goldstein", t.goldstein());
    }
    return root;
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
    root.put("read_only", health.readOnly());
    respond.status(ctx, alive ? 200 : 503, root);
  }
}
