package org.tidings.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** {@code /api/actors} and {@code /api/quotes}: counts, filters, paging. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogueApiTest {
  private TestServer api;

  @BeforeAll
  void start(@TempDir Path dir) throws IOException {
    api = new TestServer(dir, a -> {
      throw new AssertionError("no coding here");
    });
  }

  @AfterAll
  void stop() {
    api.close();
  }

  private List<JsonNode> list(String path, String key, Map<String, String> params) {
    TestServer.Answer a = api.get(path, params);
    assertThat(a.status()).as(a.body()).isEqualTo(200);
    List<JsonNode> out = new ArrayList<>();
    a.json().get(key).forEach(out::add);
    return out;
  }

  @Test
  void actorsComeWithTheirEventCounts() {
    List<JsonNode> all = list("/api/actors", "actors", Map.of());
    assertThat(all).extracting(n -> n.get("code").asText())
        .containsExactlyInAnyOrder("RUSMIL", "UKR", "FRAGOV", "UKRGOV", "USAGOV", "RUSGOV", "NATO", "FINGOV");
    JsonNode macron = all.stream().filter(n -> n.get("code").asText().equals("FRAGOV")).findFirst().orElseThrow();
    assertThat(macron.get("name").asText()).isEqualTo("Emmanuel Macron");
    assertThat(macron.get("events").asLong()).isEqualTo(1);
    assertThat(macron.get("as_source").asLong()).isEqualTo(1);
  }

  @Test
  void actorsFilterByCountrySectorAndCode() {
    assertThat(list("/api/actors", "actors", Map.of("country", "rus"))).extracting(n -> n.get("code").asText())
        .containsExactlyInAnyOrder("RUSMIL", "RUSGOV");
    assertThat(list("/api/actors", "actors", Map.of("sector", "GOV"))).allMatch(n -> n.get("sector").asText()
        .equals("GOV")).hasSize(5);
    assertThat(list("/api/actors", "actors", Map.of("code", "UKR"))).extracting(n -> n.get("code").asText())
        .containsExactlyInAnyOrder("UKR", "UKRGOV");
    assertThat(list("/api/actors", "actors", Map.of("size", "3"))).hasSize(3);
  }

  @Test
  void quotesFilterBySpeakerAndArticle() {
    List<JsonNode> bySpeaker = list("/api/quotes", "quotes", Map.of("speaker", "FRA"));
    assertThat(bySpeaker).hasSize(1);
    assertThat(bySpeaker.get(0).get("text").asText()).isEqualTo("absolutely united");
    assertThat(bySpeaker.get(0).get("speaker_name").asText()).isEqualTo("Emmanuel Macron");
    assertThat(bySpeaker.get(0).get("event_id").asText()).isEqualTo("a2:0");
    assertThat(list("/api/quotes", "quotes", Map.of("article", "a2"))).hasSize(1);
    assertThat(list("/api/quotes", "quotes", Map.of("article", "a1"))).isEmpty();
    assertThat(list("/api/quotes", "quotes", Map.of("speaker", "USA"))).isEmpty();
  }

  @Test
  void searchFindsStoredTextByFieldsAndPhrases() {
    TestServer.Answer kharkiv = api.get("/api/search", Map.of("q", "Kharkiv"));
    assertThat(kharkiv.status()).as(kharkiv.body()).isEqualTo(200);
    assertThat(kharkiv.json().get("total").asLong()).isPositive();
    assertThat(kharkiv.json().get("hits").findValuesAsText("article_id")).contains("a1").doesNotContain("a2");
    assertThat(kharkiv.json().get("hits").get(0).get("snippet").asText()).contains("<mark>Kharkiv</mark>");
    TestServer.Answer phrase = api.get("/api/search", Map.of("q", "actor:FRAGOV AND \"absolutely united\""));
    assertThat(phrase.json().get("hits").findValuesAsText("article_id")).containsOnly("a2");
  }

  @Test
  void aQueryTheIndexRefusesIsA400() {
    for (String q : List.of("nosuchfield:x", "*:*", "text:/.*/", "\"unclosed", "*ukraine")) {
      TestServer.Answer a = api.get("/api/search", Map.of("q", q));
      assertThat(a.status()).as(q).isEqualTo(400);
      assertThat(a.json().get("error").asText()).as(q).isNotBlank().doesNotContain("Exception");
    }
    assertThat(api.get("/api/search", Map.of()).status()).isEqualTo(400);
  }
}
