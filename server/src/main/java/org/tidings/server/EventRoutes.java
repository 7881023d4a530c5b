package org.tidings.server;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import org.tidings.store.EventFilter;
import org.tidings.store.EventSort;
import org.tidings.store.Page;
import org.tidings.store.StoredEvent;
import org.tidings.store.Story;
import org.tidings.store.StoryReader;
import org.tidings.store.TimelinePoint;
import org.tidings.store.TimelineReader;

/** {@code GET /api/events}, {@code /api/stories} and {@code /api/timeline}: events by filter, merged or counted. */
final class EventRoutes {
  private static final List<String> SORT = List.of("sort");
  private static final List<String> TOTAL = List.of("total");
  private static final List<String> INTERVAL = List.of("interval");
  private static final List<String> STORY_EXTRA = List.of("min_articles");
  private final ReadPool reads;
  private final Views views;
  private final Respond respond;

  EventRoutes(ReadPool reads, Views views, Respond respond) {
    this.reads = reads;
    this.views = views;
    this.respond = respond;
  }

  /**
   * A page of events, newest first unless {@code sort} says otherwise, with {@code has_more}; the
   * exact {@code total} only when asked ({@code total=true}): counting every match of a broad filter
   * reads the whole events table, where a page sorted by date reads only its end.
   */
  void events(Context ctx) {
    Params params = Params.of(ctx, EventFilter.NAMES, Params.PAGING, SORT, TOTAL);
    EventFilter filter = filter(params.only(EventFilter.NAMES));
    EventSort sort = parse(() -> EventSort.parse(params.get("sort", EventSort.DATE_DESC.label())));
    boolean total = params.bool("total", false);
    Page page = params.page();
    Page probe = new Page(page.limit() + 1, page.offset());
    record Found(List<StoredEvent> events, Long total) {}
    Found found = reads.read(s -> new Found(s.events().find(filter, sort, probe),
        total ? s.events().count(filter) : null));
    List<StoredEvent> shown = found.events().stream().limit(page.limit()).toList();
    var root = views.page("events", shown.stream().map(views::event).toList(), params, found.total());
    root.put("has_more", found.events().size() > page.limit());
    respond.ok(ctx, root);
  }

  void stories(Context ctx) {
    Params params = Params.of(ctx, StoryReader.FILTERS, STORY_EXTRA, Params.PAGING);
    EventFilter filter = filter(params.only(StoryReader.FILTERS));
    int minArticles = params.integer("min_articles", 1, 1_000_000, 1);
    Page page = params.page();
    record Found(List<Story> stories, long total) {}
    Found found = reads.read(s -> new Found(s.storyEvents().find(filter, minArticles, page),
        s.storyEvents().count(filter, minArticles)));
    respond.ok(ctx, views.page("stories", found.stories(), params, found.total()));
  }

  void timeline(Context ctx) {
    Params params = Params.of(ctx, EventFilter.NAMES, INTERVAL);
    EventFilter filter = filter(params.only(EventFilter.NAMES));
    TimelineReader.Interval interval = parse(() -> TimelineReader.Interval.parse(params.get("interval", "day")));
    List<TimelinePoint> points = reads.read(s -> s.timeline().points(filter, interval));
    var root = views.mapper().createObjectNode();
    root.put("interval", interval.name().toLowerCase(java.util.Locale.ROOT));
    var list = root.putArray("points");
    points.forEach(p -> list.add(views.point(p)));
    respond.ok(ctx, root);
  }

  private static EventFilter filter(Map<String, String> params) {
    return parse(() -> EventFilter.parse(params));
  }

  /** Runs a parse method of the store, whose refusals are IllegalArgumentExceptions, as a 400. */
  static <T> T parse(java.util.function.Supplier<T> parse) {
    try {
      return parse.get();
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(e.getMessage());
    }
  }
}
