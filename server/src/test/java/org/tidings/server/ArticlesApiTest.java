package org.tidings.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidings.core.model.Article;
import org.tidings.core.model.CodedArticle;
import org.tidings.core.model.DateBasis;
import org.tidings.core.model.EventType;
import org.tidings.core.model.Mode;

/** {@code /api/articles}: listing, one article, posting with the token, the body limit, headers. */
class ArticlesApiTest {
  @TempDir
  Path dir;
  private TestServer api;
  private final AtomicInteger codings = new AtomicInteger();

  /** A stand-in coder: a meeting of France and Ukraine when the text says "met", else no event. */
  private CodedArticle code(Article a) {
    codings.incrementAndGet();
    String text = a.text();
    if (!text.contains("Macron met Zelensky")) {
      return Corpus.coded(a.id(), a.source(), a.date(), text, List.of(), List.of());
    }
    var e = Corpus.event(a.id() + ":0", text, Corpus.mention(text, "Macron", Corpus.FRAGOV),
        Corpus.mention(text, "Zelensky", Corpus.UKRGOV), "met", new EventType("040", "Consult", "CONSULT", 1, 1.0),
        Mode.ASSERTED, a.date().toString(), DateBasis.PUBLICATION, null);
    return Corpus.coded(a.id(), a.source(), a.date(), text, List.of(e), List.of());
  }

  @BeforeEach
  void start() throws IOException {
    api = new TestServer(dir, this::code);
  }

  @AfterEach
  void stop() {
    api.close();
  }

  private static String article(String id, String text) {
    return "{\"id\": \"" + id + "\", \"text\": \"" + text + "\", \"date\": \"2022-03-01\", \"title\": \"T\", "
        + "\"url\": \"https://example.org/" + id + "\", \"source\": \"Wire D\"}";
  }

  @Test
  void listingPagesAndFilters() {
    TestServer.Answer all = api.get("/api/articles");
    assertThat(all.status()).isEqualTo(200);
    assertThat(all.json().get("total").asLong()).isEqualTo(5);
    JsonNode first = all.json().get("articles").get(0);
    assertThat(first.get("article_id").asText()).isEqualTo("a5");
    assertThat(first.get("status").asText()).isEqualTo("failed");
    assertThat(ids(api.get("/api/articles", Map.of("source", "wire b")))).containsExactly("a3", "a2");
    assertThat(ids(api.get("/api/articles", Map.of("status", "failed")))).containsExactly("a5");
    assertThat(ids(api.get("/api/articles", Map.of("from", "2022-02-09")))).containsExactly("a5", "a3");
    assertThat(ids(api.get("/api/articles", Map.of("to", "2021-12-31")))).containsExactly("a4");
    assertThat(ids(api.get("/api/articles", Map.of("size", "2", "page", "2")))).containsExactly("a2", "a1");
  }

  private static List<String> ids(TestServer.Answer a) {
    assertThat(a.status()).as(a.body()).isEqualTo(200);
    List<String> out = new ArrayList<>();
    a.json().get("articles").forEach(n -> out.add(n.get("article_id").asText()));
    return out;
  }

  @Test
  void oneArticleIsItsTextWithEveryAnnotation() {
    TestServer.Answer a = api.get("/api/articles/a2");
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.json().get("id").asText()).isEqualTo("a2");
    assertThat(a.json().get("text").asText()).startsWith("Emmanuel Macron met");
    assertThat(a.json().get("events").get(0).get("cameo").asText()).isEqualTo("042");
    assertThat(a.json().get("quotes").get(0).get("text").asText()).isEqualTo("absolutely united");
  }

  @Test
  void unknownArticleIsA404() {
    TestServer.Answer a = api.get("/api/articles/" + TestServer.enc("nope' OR '1'='1"));
    assertThat(a.status()).isEqualTo(404);
    assertThat(a.json().get("error").asText()).contains("no article");
  }

  @Test
  void postingWithoutTheTokenIsRefused() {
    byte[] body = article("n1", "Macron met Zelensky in Kyiv.").getBytes(StandardCharsets.UTF_8);
    TestServer.Answer none = api.post("/api/articles", body, null);
    assertThat(none.status()).isEqualTo(401);
    assertThat(none.json().get("error").asText()).contains("token");
    assertThat(none.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
    assertThat(api.post("/api/articles", body, "Bearer wrong-token").status()).isEqualTo(401);
    assertThat(api.post("/api/articles", body, "Bearer " + api.token.value() + "x").status()).isEqualTo(401);
    assertThat(api.post("/api/articles", body, api.token.value()).status()).isEqualTo(401);
    assertThat(codings).hasValue(0);
    assertThat(api.get("/api/articles").json().get("total").asLong()).isEqualTo(5);
  }

  @Test
  void postingWithTheTokenCodesAndStoresOnce() {
    TestServer.Answer a = api.post("/api/articles", article("n1", "Macron met Zelensky in Kyiv."));
    assertThat(a.status()).as(a.body()).isEqualTo(201);
    assertThat(a.json().get("already_stored").asBoolean()).isFalse();
    assertThat(a.json().get("events").get(0).get("source").get("code").asText()).isEqualTo("FRAGOV");
    TestServer.Answer again = api.post("/api/articles", article("n1-copy", "Macron  met Zelensky in Kyiv."));
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.json().get("already_stored").asBoolean()).isTrue();
    assertThat(again.json().get("id").asText()).isEqualTo("n1");
    assertThat(codings).hasValue(1);
    JsonNode found = api.get("/api/events", Map.of("dyad", "FRA:UKR", "from", "2022-03-01", "total", "true")).json();
    assertThat(found.get("total").asLong()).isEqualTo(1);
    assertThat(api.get("/api/articles/n1").json().get("text").asText()).isEqualTo("Macron met Zelensky in Kyiv.");
  }

  @Test
  void anIdOnTwoLinesWithTwoTextsRefusesTheRequest() {
    String body = article("d1", "Macron met Zelensky in Lviv.") + "\n" + article("d1", "Scholz met Biden in Berlin.");
    TestServer.Answer a = api.post("/api/articles", body);
    assertThat(a.status()).isEqualTo(400);
    assertThat(a.json().get("error").asText()).contains("line 2").contains("line 1").contains("duplicate_id");
    assertThat(api.get("/api/articles/d1").status()).isEqualTo(404);
    assertThat(codings).hasValue(0);
  }

  @Test
  void postingJsonLinesStoresEach() {
    String body = article("j1", "Macron met Zelensky in Paris.") + "\n\n" + article("j2", "Nothing happened.") + "\n";
    TestServer.Answer a = api.post("/api/articles", body);
    assertThat(a.status()).as(a.body()).isEqualTo(201);
    assertThat(a.json().get("articles")).hasSize(2);
    assertThat(api.get("/api/articles").json().get("total").asLong()).isEqualTo(7);
  }

  @Test
  void aBadArticleRefusesTheWholeRequest() {
    String body = article("k1", "Macron met Zelensky.") + "\n{\"id\": \"k2\"}\n";
    TestServer.Answer a = api.post("/api/articles", body);
    assertThat(a.status()).isEqualTo(400);
    assertThat(a.json().get("error").asText()).contains("line 2").contains("text");
    assertThat(api.post("/api/articles", "{not json").status()).isEqualTo(400);
    assertThat(api.post("/api/articles", "").status()).isEqualTo(400);
    assertThat(api.post("/api/articles", "{\"id\": \"d\", \"text\": \"x\", \"date\": \"08/02/2022\"}").json()
        .get("error").asText()).contains("date");
    byte[] latin1 = article("l1", "Caf\u00e9").getBytes(StandardCharsets.ISO_8859_1);
    assertThat(api.post("/api/articles", latin1, "Bearer " + api.token.value()).status()).isEqualTo(400);
    assertThat(codings).hasValue(0);
  }

  @Test
  void aBodyOverTheLimitIsA413() {
    byte[] big = new byte[(int) ServerSettings.DEFAULT_MAX_BODY + 1024];
    java.util.Arrays.fill(big, (byte) ' ');
    TestServer.Answer a = api.post("/api/articles", big, "Bearer " + api.token.value());
    assertThat(a.status()).isEqualTo(413);
    assertThat(a.json().get("error").asText()).contains("25 MB");
    assertThat(codings).hasValue(0);
  }

  @Test
  void everyAnswerCarriesTheSecurityHeaders() {
    List<TestServer.Answer> answers = List.of(api.get("/api/health"), api.get("/api/events"),
        api.get("/api/events?actor=%27"), api.get("/api/nowhere"), api.get("/api/articles/none"),
        api.post("/api/articles", new byte[0], null));
    for (TestServer.Answer a : answers) {
      assertThat(a.headers().firstValue("X-Content-Type-Options")).as(a.body()).hasValue("nosniff");
      assertThat(a.headers().firstValue("Content-Security-Policy")).hasValue(TidingsServer.CSP);
      assertThat(a.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
      BadRequestsApiTest.assertNoInternals(a);
    }
  }

  @Test
  void otherWriteMethodsNeedTheTokenToo() {
    HttpRequest delete = HttpRequest.newBuilder(api.uri("/api/articles/a1")).DELETE().build();
    assertThat(api.send(delete).status()).isEqualTo(401);
    assertThat(api.get("/api/articles/a1").status()).isEqualTo(200);
  }

  @Test
  void healthSaysTheStoreAnswers() {
    TestServer.Answer a = api.get("/api/health");
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.json().get("status").asText()).isEqualTo("ok");
    assertThat(a.json().get("schema_version").asInt()).isGreaterThanOrEqualTo(2);
  }
}
