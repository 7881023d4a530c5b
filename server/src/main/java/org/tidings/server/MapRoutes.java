package org.tidings.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.List;
import org.tidings.store.CountryCount;
import org.tidings.store.EventFilter;
import org.tidings.store.MapReader;
import org.tidings.store.NetworkEdge;
import org.tidings.store.PlaceCount;

/**
 * {@code GET /api/network} and {@code /api/map}: the events that pass a filter summed per actor
 * pair, per place and per country, for the web page's network and map (a page never needs the
 * events themselves to draw them).
 */
final class MapRoutes {
  private static final List<String> LIMIT = List.of("limit");
  private static final int MAX_EDGES = 500;
  private static final int MAX_PLACES = 5000;
  private final ReadPool reads;
  private final Views views;
  private final Respond respond;

  MapRoutes(ReadPool reads, Views views, Respond respond) {
    this.reads = reads;
    this.views = views;
    this.respond = respond;
  }

  /** {@code edges}: at most {@code limit} (default 80, at most 500) actor pairs, busiest first. */
  void network(Context ctx) {
    Params params = Params.of(ctx, EventFilter.NAMES, LIMIT);
    EventFilter filter = EventRoutes.parse(() -> EventFilter.parse(params.only(EventFilter.NAMES)));
    int limit = params.integer("limit", 1, MAX_EDGES, 80);
    List<NetworkEdge> edges = reads.read(s -> s.network().edges(filter, limit));
    ObjectNode root = views.mapper().createObjectNode();
    var list = root.putArray("edges");
    edges.forEach(e -> list.add(views.mapper().valueToTree(e)));
    respond.ok(ctx, root);
  }

  /** {@code places} (at most {@code limit}, default 1000, at most 5000) and {@code countries}. */
  void map(Context ctx) {
    Params params = Params.of(ctx, EventFilter.NAMES, LIMIT);
    EventFilter filter = EventRoutes.parse(() -> EventFilter.parse(params.only(EventFilter.NAMES)));
    int limit = params.integer("limit", 1, MAX_PLACES, 1000);
    record Found(List<PlaceCount> places, List<CountryCount> countries) {}
    Found found = reads.read(s -> {
      MapReader m = s.map();
      return new Found(m.places(filter, limit), m.countries(filter));
    });
    respond.ok(ctx, views.mapper().valueToTree(found));
  }
}
