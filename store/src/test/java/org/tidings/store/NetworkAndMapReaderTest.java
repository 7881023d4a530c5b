package org.tidings.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidings.core.model.Actor;
import org.tidings.core.model.ActorMention;
import org.tidings.core.model.DateBasis;
import org.tidings.core.model.EventMention;
import org.tidings.core.model.Mode;
import org.tidings.core.model.Place;

/** The actor network, the map's places and countries, and the free-text filter, on hand-made events. */
class NetworkAndMapReaderTest {
  @TempDir
  Path dir;
  private Store store;
  private ReadSession read;

  @BeforeEach
  void fill() {
    store = Store.open(dir.resolve("t.db"));
    ArticleWriter w = store.writer();
    w.store(Fixtures.shelling("r1", "Wire A", "2022-02-07", DateBasis.TEXT, "195", Mode.ASSERTED));
    w.store(Fixtures.shelling("r2", "Wire B", "2022-02-09", DateBasis.PUBLICATION, "190", Mode.REPORTED));
    String text = "NATO ministers met Finland's government in Brussels.";
    ActorMention nato = Fixtures.mention(text, "NATO ministers", Actor.organisation("NATO", "NATO"));
    ActorMention fin = Fixtures.mention(text, "Finland's government", new Actor("FINGOV", "FIN", "GOV", null));
    EventMention meet = Fixtures.event("m1:0", text, nato, fin, "met", "040", Mode.ASSERTED, "2022-02-08",
        DateBasis.PUBLICATION, new Place("Brussels", "BEL", 50.85, 4.35, null));
    w.store(Fixtures.coded("m1", "Wire A", LocalDate.of(2022, 2, 8), text, List.of(meet)));
    read = ReadSession.of(store);
  }

  @AfterEach
  void close() {
    read.close();
    store.close();
  }

  @Test
  void edgesCountEventsPerOrderedPairBusiestFirst() {
    List<NetworkEdge> edges = read.network().edges(EventFilter.ALL, 10);
    assertThat(edges).hasSize(2);
    NetworkEdge shelling = edges.get(0);
    assertThat(shelling.source()).isEqualTo("RUSMIL");
    assertThat(shelling.target()).isEqualTo("UKR");
    assertThat(shelling.events()).isEqualTo(2);
    assertThat(shelling.conflict()).isEqualTo(2);
    assertThat(shelling.cooperation()).isZero();
    assertThat(shelling.meanGoldstein()).isEqualTo(-10.0);
    assertThat(edges.get(1).cooperation()).isEqualTo(1);
    assertThat(read.network().edges(EventFilter.ALL, 1)).hasSize(1);
    assertThat(read.network().edges(EventFilter.parse(Map.of("actor", "NATO")), 10)).extracting(NetworkEdge::target)
        .containsExactly("FINGOV");
  }

  @Test
  void placesHaveCoordinatesAndCountsAndCountriesCountPlaceAndFocus() {
    List<PlaceCount> places = read.map().places(EventFilter.ALL, 10);
    assertThat(places).extracting(PlaceCount::name).containsExactly("Kharkiv", "Brussels");
    assertThat(places.get(0).events()).isEqualTo(2);
    assertThat(places.get(0).lat()).isEqualTo(49.99);
    assertThat(read.map().countries(EventFilter.ALL)).containsExactly(
        new CountryCount("BEL", 1, 0), new CountryCount("UKR", 2, 3));
    assertThat(read.map().countries(EventFilter.parse(Map.of("cameo", "04")))).containsExactly(
        new CountryCount("BEL", 1, 0), new CountryCount("UKR", 0, 1));
  }

  @Test
  void freeTextFindsWordsInSentencesTriggersAndActorsInAnyCase() {
    var events = store.events();
    assertThat(events.count(EventFilter.parse(Map.of("text", "brussels")))).isEqualTo(1);
    assertThat(events.count(EventFilter.parse(Map.of("text", "SHELLED")))).isEqualTo(2);
    assertThat(events.count(EventFilter.parse(Map.of("text", "finland's government")))).isEqualTo(1);
    assertThat(events.count(EventFilter.parse(Map.of("text", "100%")))).isZero();
    assertThat(events.count(EventFilter.parse(Map.of("text", "x' OR '1'='1")))).isZero();
    assertThatThrownBy(() -> EventFilter.parse(Map.of("text", "a".repeat(101)))).hasMessageContaining("text must be");
  }

  @Test
  void theTimelineSummaryIsNotUsedForWords() {
    EventDays.of(store).rebuild();
    EventFilter words = EventFilter.parse(Map.of("text", "brussels"));
    assertThat(TimelineReader.summarised(words)).isFalse();
    assertThat(read.timeline().points(words, TimelineReader.Interval.DAY)).extracting(TimelinePoint::events)
        .containsExactly(1L);
  }
}
