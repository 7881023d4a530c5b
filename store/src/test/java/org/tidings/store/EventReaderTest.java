package org.tidings.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidings.core.model.Actor;
import org.tidings.core.model.ActorMention;
import org.tidings.core.model.DateBasis;
import org.tidings.core.model.EventMention;
import org.tidings.core.model.Mode;
import org.tidings.core.model.Place;

class EventReaderTest {
  @TempDir
  Path dir;
  private Store store;

  @BeforeEach
  void fill() {
    store = Store.open(dir.resolve("t.db"));
    ArticleWriter w = store.writer();
    w.store(Fixtures.shelling("r1", "Wire A", "2022-02-07", DateBasis.TEXT, "195", Mode.ASSERTED));
    w.store(Fixtures.shelling("r2", "Wire B", "2022-02-09", DateBasis.PUBLICATION, "190", Mode.REPORTED));
    w.store(Fixtures.shelling("r3", "Wire B", "2022-03", DateBasis.TEXT, "195", Mode.NEGATED));
    String text = "NATO ministers met Finland's government in Brussels.";
    ActorMention nato = Fixtures.mention(text, "NATO ministers", Actor.organisation("NATO", "NATO"));
    ActorMention fin = Fixtures.mention(text, "Finland's government", new Actor("FINGOV", "FIN", "GOV", null));
    EventMention meet = Fixtures.event("m1:0", text, nato, fin, "met", "040", Mode.ASSERTED, "2022-02-08",
        DateBasis.PUBLICATION, new Place("Brussels", "BEL", 50.85, 4.35, null));
    w.store(Fixtures.coded("m1", "Wire A", LocalDate.of(2022, 2, 8), text, List.of(meet)));
  }

  @org.junit.jupiter.api.AfterEach
  void close() {
    store.close();
  }

  private List<String> ids(Map<String, String> params) {
    return store.events().find(EventFilter.parse(params), EventSort.DATE_ASC, Page.first(100)).stream()
        .map(StoredEvent::articleId).toList();
  }

  @Test
  void eachFilterNarrowsTheEvents() {
    assertThat(ids(Map.of())).containsExactly("r1", "m1", "r2", "r3");
    assertThat(ids(Map.of("actor", "fin"))).containsExactly("m1");
    assertThat(ids(Map.of("source", "RUS"))).containsExactly("r1", "r2", "r3");
    assertThat(ids(Map.of("source", "RUSMIL", "target", "UKR"))).containsExactly("r1", "r2", "r3");
    assertThat(ids(Map.of("target", "RUS"))).isEmpty();
    assertThat(ids(Map.of("dyad", "UKR:RUS"))).containsExactly("r1", "r2", "r3");
    assertThat(ids(Map.of("dyad", "FIN:NATO"))).containsExactly("m1");
    assertThat(ids(Map.of("cameo", "19"))).containsExactly("r1", "r2", "r3");
    assertThat(ids(Map.of("cameo", "195"))).containsExactly("r1", "r3");
    assertThat(ids(Map.of("plover", "consult"))).containsExactly("m1");
    assertThat(ids(Map.of("quad_class", "4"))).containsExactly("r1", "r2", "r3");
    assertThat(ids(Map.of("country", "BEL"))).containsExactly("m1");
    assertThat(ids(Map.of("country", "UKR"))).containsExactly("r1", "r2", "r3");
    assertThat(ids(Map.of("place", "kharkiv"))).containsExactly("r1", "r2", "r3");
    assertThat(ids(Map.of("mode", "Reported"))).containsExactly("r2");
    assertThat(ids(Map.of("from", "2022-02-08", "to", "2022-02-09"))).containsExactly("m1", "r2");
    // a month-precision date is found by any day of its month
    assertThat(ids(Map.of("from", "2022-03-15", "to", "2022-03-15"))).containsExactly("r3");
    assertThat(store.events().count(EventFilter.parse(Map.of("source", "RUS")))).isEqualTo(3);
  }

  @Test
  void pagesAndSorts() {
    EventReader r = store.events();
    assertThat(r.find(EventFilter.ALL, EventSort.DATE_DESC, new Page(2, 0))).extracting(StoredEvent::articleId)
        .containsExactly("r3", "r2");
    assertThat(r.find(EventFilter.ALL, EventSort.DATE_DESC, new Page(2, 2))).extracting(StoredEvent::articleId)
        .containsExactly("m1", "r1");
    assertThat(r.find(EventFilter.ALL, EventSort.parse("-goldstein"), Page.first(1))).extracting(StoredEvent::cameo)
        .containsExactly("040");
    assertThatThrownBy(() -> EventSort.parse("date; DROP TABLE events")).hasMessageContaining("sort must be one of");
    assertThatThrownBy(() -> new Page(0, 0)).hasMessageContaining("limit");
    assertThatThrownBy(() -> new Page(10, -1)).hasMessageContaining("offset");
  }

  @Test
  void theTimelineCountsEventsDatedToADay() {
    assertThat(store.events().timeline(EventFilter.ALL)).containsExactly(
        new DayCount(LocalDate.of(2022, 2, 7), 1), new DayCount(LocalDate.of(2022, 2, 8), 1),
        new DayCount(LocalDate.of(2022, 2, 9), 1));
    assertThat(store.events().timeline(EventFilter.parse(Map.of("actor", "NATO"))))
        .containsExactly(new DayCount(LocalDate.of(2022, 2, 8), 1));
  }

  @Test
  void badValuesAndUnknownFiltersAreRefusedWithAReason() {
    assertThatThrownBy(() -> EventFilter.parse(Map.of("colour", "red"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown filter \"colour\"").hasMessageContaining("actor, source");
    assertThatThrownBy(() -> EventFilter.parse(Map.of("cameo", "1x"))).hasMessageContaining("cameo must be");
    assertThatThrownBy(() -> EventFilter.parse(Map.of("quad_class", "5"))).hasMessageContaining("quad_class");
    assertThatThrownBy(() -> EventFilter.parse(Map.of("quad_class", "two"))).hasMessageContaining("quad_class");
    assertThatThrownBy(() -> EventFilter.parse(Map.of("country", "UK"))).hasMessageContaining("alpha-3");
    assertThatThrownBy(() -> EventFilter.parse(Map.of("from", "yesterday"))).hasMessageContaining("YYYY-MM-DD");
    assertThatThrownBy(() -> EventFilter.parse(Map.of("from", "2022-02-10", "to", "2022-02-01")))
        .hasMessageContaining("after");
    assertThatThrownBy(() -> EventFilter.parse(Map.of("mode", "rumoured"))).hasMessageContaining("asserted");
    assertThatThrownBy(() -> EventFilter.parse(Map.of("dyad", "RUS"))).hasMessageContaining("A:B");
    assertThatThrownBy(() -> EventFilter.parse(Map.of("place", " "))).hasMessageContaining("place");
  }

  @Test
  void anInjectionAttemptIsRefusedOrMatchesNothing() throws Exception {
    String attack = "x' OR '1'='1'; DROP TABLE events; --";
    assertThatThrownBy(() -> EventFilter.parse(Map.of("source", attack))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("source must be");
    assertThatThrownBy(() -> EventFilter.parse(Map.of("cameo", attack))).isInstanceOf(IllegalArgumentException.class);
    assertThat(ids(Map.of("place", attack))).isEmpty();
    assertThat(ids(Map.of("place", "Kharkiv' OR '1'='1"))).isEmpty();
    assertThat(Fixtures.count(store, "events")).isEqualTo(4);
  }
}
