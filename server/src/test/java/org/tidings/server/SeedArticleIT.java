package org.tidings.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reference article posted to a real server, coded by the real pipeline, found again through the API. */
class SeedArticleIT {
  @TempDir
  Path dir;

  @Test
  void thePostedReferenceArticleGivesTheMacronZelenskyMeeting() throws Exception {
    String text = Files.readString(Path.of("..", "examples", "seed-article.txt"), StandardCharsets.UTF_8);
    String body = new ObjectMapper().writeValueAsString(Map.of("id", "seed-2022-02-08", "date", "2022-02-08",
        "title", "Macron in Kyiv", "url", "https://example.org/seed", "source", "Reference", "text", text));
    LazyCoder coder = new LazyCoder();
    try (TestServer api = new TestServer(dir, coder, ServerSettings.local(0), false)) {
      TestServer.Answer posted = api.post("/api/articles", body);
      assertThat(posted.status()).as(posted.body()).isEqualTo(201);
      assertThat(coder.loaded()).isTrue();
      assertThat(posted.json().get("events").size()).isGreaterThan(5);

      TestServer.Answer found = api.get("/api/events", Map.of("dyad", "FRA:UKR", "from", "2022-02-01"));
      assertThat(found.status()).isEqualTo(200);
      List<JsonNode> meetings = new ArrayList<>();
      found.json().get("events").forEach(e -> {
        if (e.get("cameo").asText().startsWith("04") && e.get("source").get("code").asText().startsWith("FRA")
            && e.get("target").get("code").asText().startsWith("UKR")) {
          meetings.add(e);
        }
      });
      assertThat(meetings).isNotEmpty();
      assertThat(meetings.get(0).get("article_id").asText()).isEqualTo("seed-2022-02-08");
      assertThat(meetings.get(0).get("evidence").get("text").asText()).contains("Macron met");

      TestServer.Answer again = api.post("/api/articles", body);
      assertThat(again.status()).isEqualTo(200);
      assertThat(again.json().get("already_stored").asBoolean()).isTrue();
      assertThat(api.get("/api/articles/seed-2022-02-08").json().get("text").asText()).isEqualTo(text);
      assertThat(api.get("/api/health").json().get("coder_loaded").asBoolean()).isTrue();
    }
  }
}
