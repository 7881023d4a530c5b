package org.tidings.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** {@code /api/events}, {@code /api/timeline} and {@code /api/stories} over HTTP: each filter, paging, sorting. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventsApiTest {
  private TestServer api;

  @BeforeAll
  void start(@TempDir Path dir) throws IOException {
    api = new TestServer(dir, a -> {
      throw new AssertionError("no coding in read tests");
    });
  }

  @AfterAll
  void stop() {
    api.close();
  }

  /** The events for {@code params}, after checking the answer is a 200 page. */
  private List<JsonNode> events(Map<String, String> params) {
    Map<String, String> withTotal = new java.util.HashMap<>(params);
    withTotal.put("total", "true");
    TestServer.Answer a = api.get("/api/events", withTotal);
    assertThat(a.status()).as(a.body()).isEqualTo(200);
    List<JsonNode> out = new ArrayList<>();
    a.json().get("events").forEach(out::add);
    assertThat(a.json().get("total").asLong()).isEqualTo(out.size());
    return out;
  }

  private List<String> articles(List<JsonNode> events) {
    return events.stream().map(e -> e.get("article_id").asText()).toList();
  }

  /** The events for {@code params} are exactly those of {@code expected}, and each satisfies {@code check}. */
  private void filters(Map<String, String> params, Predicate<JsonNode> check, String... expected) {
    List<JsonNode> found = events(params);
    assertThat(articles(found)).containsExactlyInAnyOrder(expected);
    assertThat(found).allMatch(check);
  }

  private static String code(JsonNode e, String side) {
    return e.get(side).isNull() ? "" : e.get(side).get("code").asText();
  }

  @Test
  void withoutFiltersEveryEventNewestFirst() {
    assertThat(articles(events(Map.of()))).containsExactly("a3", "a2", "a1", "a4");
  }

  @Test
  void eventsCarryTheirFormatFieldsAndArticle() {
    JsonNode e = events(Map.of("dyad", "FRA:UKR")).get(0);
    assertThat(e.get("article_id").asText()).isEqualTo("a2");
    assertThat(e.get("publisher").asText()).isEqualTo("Wire B");
    assertThat(e.get("cameo").asText()).isEqualTo("042");
    assertThat(e.get("source").get("name").asText()).isEqualTo("Emmanuel Macron");
    assertThat(e.get("trigger").get("text").asText()).isEqualTo("met");
    assertThat(e.get("place").get("name").asText()).isEqualTo("Kyiv");
  }

  @Test
  void actorIsEitherSide() {
    filters(Map.of("actor", "RUS"), e -> code(e, "source").startsWith("RUS") || code(e, "target").startsWith("RUS"),
        "a1", "a3");
  }

  @Test
  void sourceIsACodePrefix() {
    filters(Map.of("source", "fra"), e -> code(e, "source").startsWith("FRA"), "a2");
  }

  @Test
  void targetIsACodePrefix() {
    filters(Map.of("target", "UKR"), e -> code(e, "target").startsWith("UKR"), "a1", "a2");
  }

  @Test
  void dyadIsEitherWay() {
    Predicate<JsonNode> between = e -> code(e, "source").startsWith("FRA") && code(e, "target").startsWith("UKR")
        || code(e, "source").startsWith("UKR") && code(e, "target").startsWith("FRA");
    filters(Map.of("dyad", "FRA:UKR"), between, "a2");
    filters(Map.of("dyad", "UKR:FRA"), between, "a2");
  }

  @Test
  void cameoIsACodePrefix() {
    filters(Map.of("cameo", "04"), e -> e.get("cameo").asText().startsWith("04"), "a2", "a4");
    filters(Map.of("cameo", "195"), e -> e.get("cameo").asText().equals("195"), "a1");
  }

  @Test
  void ploverIsOneType() {
    filters(Map.of("plover", "accuse"), e -> e.get("plover").asText().equals("ACCUSE"), "a3");
  }

  @Test
  void quadClassIsOneClass() {
    filters(Map.of("quad_class", "1"), e -> e.get("quad_class").asInt() == 1, "a2", "a4");
  }

  @Test
  void countryIsOfEitherActorOrThePlace() {
    filters(Map.of("country", "BEL"), e -> e.get("place").get("country").asText().equals("BEL"), "a4");
    filters(Map.of("country", "USA"), e -> code(e, "source").startsWith("USA"), "a3");
  }

  @Test
  void placeIsANameInAnyCase() {
    filters(Map.of("place", "kyiv"), e -> e.get("place").get("name").asText().equals("Kyiv"), "a2");
  }

  @Test
  void fromAndToBoundTheEventDates() {
    filters(Map.of("from", "2022-02-08"), e -> e.get("date").asText().compareTo("2022-02-08") >= 0, "a2", "a3");
    filters(Map.of("to", "2022-01-31"), e -> e.get("date").asText().startsWith("2022-01"), "a4");
    filters(Map.of("from", "2022-02-07", "to", "2022-02-07"), e -> e.get("date").asText().equals("2022-02-07"), "a1");
  }

  @Test
  void modeIsOneMode() {
    filters(Map.of("mode", "planned"), e -> e.get("mode").asText().equals("planned"), "a4");
    filters(Map.of("mode", "REPORTED"), e -> e.get("mode").asText().equals("reported"), "a3");
  }

  @Test
  void filtersCombine() {
    filters(Map.of("actor", "UKR", "quad_class", "4"), e -> e.get("quad_class").asInt() == 4, "a1");
  }

  @Test
  void pagesSplitTheListWithoutOverlap() {
    TestServer.Answer first = api.get("/api/events", Map.of("size", "2"));
    TestServer.Answer second = api.get("/api/events", Map.of("size", "2", "page", "2"));
    TestServer.Answer third = api.get("/api/events", Map.of("size", "2", "page", "3"));
    assertThat(first.json().has("total")).isFalse();
    assertThat(first.json().get("has_more").asBoolean()).isTrue();
    assertThat(second.json().get("has_more").asBoolean()).isFalse();
    assertThat(first.json().get("page").asInt()).isEqualTo(1);
    assertThat(first.json().get("size").asInt()).isEqualTo(2);
    List<String> ids = new ArrayList<>();
    first.json().get("events").forEach(e -> ids.add(e.get("article_id").asText()));
    second.json().get("events").forEach(e -> ids.add(e.get("article_id").asText()));
    assertThat(ids).containsExactly("a3", "a2", "a1", "a4");
    assertThat(third.json().get("events")).isEmpty();
  }

  @Test
  void sortOrdersTheEvents() {
    assertThat(articles(events(Map.of("sort", "date")))).containsExactly("a4", "a1", "a2", "a3");
    assertThat(articles(events(Map.of("sort", "goldstein")))).containsExactly("a1", "a3", "a4", "a2");
    assertThat(articles(events(Map.of("sort", "-goldstein")))).containsExactly("a2", "a4", "a3", "a1");
  }

  @Test
  void timelineCountsPerDayByQuadClass() {
    TestServer.Answer a = api.get("/api/timeline", Map.of());
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.json().get("interval").asText()).isEqualTo("day");
    JsonNode points = a.json().get("points");
    assertThat(points).hasSize(3);
    assertThat(points.get(0).get("date").asText()).isEqualTo("2022-02-07");
    assertThat(points.get(0).get("quad_class").get("4").asLong()).isEqualTo(1);
    assertThat(points.get(0).get("mean_goldstein").asDouble()).isEqualTo(-10.0);
    assertThat(points.get(1).get("quad_class").get("1").asLong()).isEqualTo(1);
  }

  @Test
  void timelineTakesTheEventFiltersAndWeeks() {
    JsonNode days = api.get("/api/timeline", Map.of("actor", "RUS")).json().get("points");
    assertThat(days).hasSize(2);
    JsonNode weeks = api.get("/api/timeline", Map.of("interval", "week")).json().get("points");
    assertThat(weeks).hasSize(1);
    assertThat(weeks.get(0).get("date").asText()).isEqualTo("2022-02-07");
    assertThat(weeks.get(0).get("events").asLong()).isEqualTo(3);
  }

  @Test
  void storiesTakeTheFiltersThatApplyToThem() {
    TestServer.Answer all = api.get("/api/stories", Map.of());
    assertThat(all.status()).isEqualTo(200);
    assertThat(all.json().get("total").asLong()).isEqualTo(3);
    JsonNode ukr = api.get("/api/stories", Map.of("dyad", "FRA:UKR")).json().get("stories");
    assertThat(ukr).hasSize(1);
    assertThat(ukr.get(0).get("source_code").asText()).isEqualTo("FRAGOV");
    assertThat(ukr.get(0).get("first_day").asText()).isEqualTo("2022-02-08");
    assertThat(api.get("/api/stories", Map.of("cameo", "19")).json().get("stories")).hasSize(1);
    assertThat(api.get("/api/stories", Map.of("min_articles", "2")).json().get("stories")).isEmpty();
  }
}
