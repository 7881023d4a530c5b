package org.tidings.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;

/**
 * Properties of the filters the API builds from query parameters: any parameters give a filter
 * or an IllegalArgumentException whose message names what is wrong, and any filter given runs
 * on a real store (events, counts, the timeline, the network, the map, stories, articles)
 * without a store error, so the API answers 200 or 400, never 500.
 */
class EventFilterProperties {
  private static final List<String> NAMES = EventFilter.NAMES;
  private Path dir;
  private Store store;
  private ReadSession reads;

  @BeforeProperty
  void open() throws IOException {
    dir = Files.createTempDirectory("tidings-filter-properties");
    store = Store.open(dir.resolve("t.db"));
    NewsFixtures.storeAll(store);
    reads = ReadSession.of(store);
  }

  @AfterProperty
  void close() throws IOException {
    reads.close();
    store.close();
    TempTrees.delete(dir);
  }

  @Property(tries = 300)
  void anyParametersAreAFilterThatRunsOrARefusalThatSaysWhy(@ForAll("parameters") Map<String, String> params) {
    EventFilter events;
    ArticleFilter articles;
    try {
      events = EventFilter.parse(params);
    } catch (IllegalArgumentException refused) {
      assertThat(refused.getMessage()).as(params.toString()).matches(m -> NAMES.stream().anyMatch(m::startsWith)
          || m.startsWith("unknown filter"), "names a filter");
      events = null;
    }
    Map<String, String> dates = new HashMap<>();
    params.forEach((k, v) -> {
      if (k.equals("from") || k.equals("to")) {
        dates.put(k, v);
      }
    });
    try {
      articles = ArticleFilter.parse(dates);
    } catch (IllegalArgumentException refused) {
      assertThat(refused.getMessage()).as(dates.toString()).matches(m -> m.startsWith("from") || m.startsWith("to"));
      articles = null;
    }
    if (events != null) {
      runs(events);
      Map<String, String> story = new HashMap<>(params);
      story.keySet().retainAll(StoryReader.FILTERS);
      EventFilter stories = EventFilter.parse(story);
      reads.storyEvents().find(stories, 1, Page.first(5));
      reads.storyEvents().count(stories, 2);
    }
    if (articles != null) {
      reads.articles().find(articles, Page.first(5));
      reads.articles().count(articles);
    }
  }

  @Example
  void aDateWithAYearBeyondFourDigitsIsRefusedNotAStoreError() {
    for (String d : List.of("+999999999-12-31", "-999999999-01-01", "+10000-01-01", "-0001-01-01")) {
      assertThat(refusal(Map.of("from", d))).as(d).startsWith("from must be a date YYYY-MM-DD");
      assertThat(refusal(Map.of("to", d))).as(d).startsWith("to must be a date YYYY-MM-DD");
    }
    runs(EventFilter.parse(Map.of("from", "0000-01-01", "to", "9999-12-31")));
  }

  private static String refusal(Map<String, String> params) {
    try {
      EventFilter.parse(params);
      return "accepted";
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
  }

  private void runs(EventFilter f) {
    reads.events().find(f, EventSort.DATE_DESC, Page.first(5));
    reads.events().count(f);
    reads.timeline().points(f, TimelineReader.Interval.WEEK);
    reads.network().edges(f, 10);
    reads.map().places(f, 10);
    reads.map().countries(f);
  }

  /** Some of the filter names (now and then an unknown one), each with a value of its kind or anything. */
  @Provide
  Arbitrary<Map<String, String>> parameters() {
    Arbitrary<String> name = Arbitraries.oneOf(Arbitraries.of(NAMES), Arbitraries.of(NAMES),
        Arbitraries.of("sort", "Actor", "actor ", "page", "x"));
    return name.flatMap(n -> value(n).map(v -> Map.entry(n, v))).list().ofMaxSize(5)
        .map(entries -> {
          Map<String, String> m = new HashMap<>();
          entries.forEach(e -> m.put(e.getKey(), e.getValue()));
          return m;
        });
  }

  private static Arbitrary<String> value(String name) {
    Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(120);
    Arbitrary<String> typed = switch (name) {
      case "actor", "source", "target" -> codes();
      case "dyad" -> Combinators.combine(codes(), Arbitraries.of(":", "-", "::", ""), codes()).as((a, s, b) -> a + s + b);
      case "cameo" -> Arbitraries.oneOf(Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(5),
          Arbitraries.of("19a", "1 OR 1=1", "%", "٣"));
      case "plover" -> Arbitraries.of("ASSAULT", "assault", "consult", "A", "ASSAULT' --", "X".repeat(31));
      case "quad_class" -> Arbitraries.oneOf(Arbitraries.integers().between(-3, 7).map(String::valueOf),
          Arbitraries.of(" 2 ", "+3", "٣", "99999999999", "1.0", "one"));
      case "country" -> Arbitraries.of("UKR", "ukr", "UK", "UKRR", "ÜKR", "ﬀR", "UKR' OR '1'='1");
      case "from", "to" -> dates();
      case "mode" -> Arbitraries.of("asserted", "ASSERTED", " negated ", "reported", "certain", "");
      default -> any;
    };
    return Arbitraries.oneOf(typed, typed, any);
  }

  private static Arbitrary<String> codes() {
    return Arbitraries.oneOf(Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(16),
        Arbitraries.of("rus", " RUS ", "RUS%", "RUS_", "RUS' OR '1'='1", "ß", "ﬀ", "ǅ", "RUSGOV"));
  }

  private static Arbitrary<String> dates() {
    Arbitrary<String> days = Arbitraries.longs().between(java.time.LocalDate.of(0, 1, 1).toEpochDay(),
        java.time.LocalDate.of(9999, 12, 31).toEpochDay()).map(d -> java.time.LocalDate.ofEpochDay(d).toString());
    return Arbitraries.oneOf(days, Arbitraries.of("+999999999-12-31", "-999999999-01-01", "+10000-01-01",
        "-0001-01-01", "0000-01-01", "2022-02-30", "2022-13-01", "2022/02/08", " 2022-02-08 ", "yesterday",
        "2022-02-08T10:00"));
  }
}
