package org.tidings.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.tidings.store.ActorFilter;
import org.tidings.store.ArticleFilter;
import org.tidings.store.EventFilter;
import org.tidings.store.QuoteFilter;
import org.tidings.store.StoryReader;

/**
 * SQL and Lucene injection attempts in every parameter of every endpoint, and writes without the
 * token on every path: a parameter that takes a code, a date or a number refuses them with 400; one
 * that takes words ({@code text}, {@code place}, {@code q}) reads them as words (200) or refuses
 * query syntax it does not allow (400); none answers 500 or shows internals; and afterwards every
 * answer of the store is what it was before.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InjectionApiTest {
  private static final List<String> ATTACKS = List.of(
      "' OR '1'='1", "1; DROP TABLE events; --", "RUS' UNION SELECT * FROM articles --", "%' --",
      "\\'; DELETE FROM events WHERE ''='", "1 OR 1=1", "RUS\"); DROP TABLE quotes; --",
      "*:*", "actor:*", "/.*/", "text:[* TO *]", "*RUS", "RUS~2", "RUS OR *:*", "{!lucene}*", "(((((((", "\u0000");
  /** Parameters that take words or ids, where any text is a value to look for. */
  private static final Set<String> WORDS = Set.of("text", "place", "q", "article");
  private TestServer api;
  private String before;

  @BeforeAll
  void start(@TempDir Path dir) throws IOException {
    api = new TestServer(dir, a -> {
      throw new AssertionError("no coding here");
    });
    before = fingerprint();
  }

  @AfterAll
  void stop() {
    api.close();
  }

  /** Every endpoint with every parameter it takes. */
  private static Stream<String[]> parameters() {
    List<String[]> out = new ArrayList<>();
    add(out, "/api/events", EventFilter.NAMES, List.of("page", "size", "sort", "total"));
    add(out, "/api/timeline", EventFilter.NAMES, List.of("interval"));
    add(out, "/api/network", EventFilter.NAMES, List.of("limit"));
    add(out, "/api/map", EventFilter.NAMES, List.of("limit"));
    add(out, "/api/stories", StoryReader.FILTERS, List.of("min_articles", "page", "size"));
    add(out, "/api/actors", ActorFilter.NAMES, List.of("page", "size"));
    add(out, "/api/quotes", QuoteFilter.NAMES, List.of("page", "size"));
    add(out, "/api/articles", ArticleFilter.NAMES, List.of("page", "size"));
    add(out, "/api/search", List.of("q"), List.of("page", "size"));
    return out.stream();
  }

  private static void add(List<String[]> out, String path, List<String> names, List<String> more) {
    Stream.concat(names.stream(), more.stream()).forEach(n -> out.add(new String[] {path, n}));
  }

  @Test
  void everyAttackInEveryParameterIsRefusedOrReadAsWords() {
    int sent = 0;
    List<String> wrong = new ArrayList<>();
    for (String[] p : parameters().toList()) {
      boolean words = WORDS.contains(p[1]) || p[0].equals("/api/articles") && p[1].equals("source");
      for (String attack : ATTACKS) {
        String base = p[0].equals("/api/search") && !p[1].equals("q") ? "q=Kyiv&" : "";
        TestServer.Answer a = api.get(p[0] + "?" + base + TestServer.enc(p[1]) + "=" + TestServer.enc(attack));
        String what = p[0] + "?" + p[1] + "=" + attack + " -> " + a.status() + " " + a.body();
        boolean right = words ? a.status() == 200 || a.status() == 400
            : a.status() == 400 && a.json().get("error").asText().contains(p[1]);
        if (!right) {
          wrong.add(what);
        }
        BadRequestsApiTest.assertNoInternals(a);
        sent++;
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(sent).isGreaterThan(500);
    assertThat(fingerprint()).isEqualTo(before);
  }

  @Test
  void wordsThatLookLikeSqlFindNothingRatherThanEverything() {
    for (String attack : List.of("' OR '1'='1", "%' --", "1 OR 1=1")) {
      TestServer.Answer a = api.get("/api/events?total=true&text=" + TestServer.enc(attack));
      assertThat(a.status()).isEqualTo(200);
      assertThat(a.json().get("total").asLong()).as(attack).isZero();
    }
    assertThat(api.get("/api/search?q=" + TestServer.enc("*:*")).status()).isEqualTo(400);
    assertThat(api.get("/api/search?q=" + TestServer.enc("actor:*")).status()).isEqualTo(400);
  }

  @Test
  void noWriteOnAnyPathWithoutTheToken() {
    List<String> paths = List.of("/api/articles", "/api/articles/a1", "/api/events", "/api/stories", "/api/actors",
        "/api/quotes", "/api/search", "/api/timeline", "/api/health", "/", "/index.html");
    for (String path : paths) {
      for (String method : List.of("POST", "PUT", "PATCH", "DELETE")) {
        HttpRequest r = HttpRequest.newBuilder(api.uri(path)).method(method,
            HttpRequest.BodyPublishers.ofString("{\"id\":\"x\",\"text\":\"The army left the town.\"}")).build();
        TestServer.Answer a = api.send(r);
        assertThat(a.status()).as(method + " " + path + " -> " + a.body()).isIn(401, 404, 405);
      }
    }
    assertThat(fingerprint()).isEqualTo(before);
  }

  /** What the store answers to every list endpoint, as one text. */
  private String fingerprint() {
    StringBuilder sb = new StringBuilder();
    for (String q : List.of("/api/events?size=500&total=true", "/api/articles?size=100", "/api/stories?size=100",
        "/api/quotes?size=100", "/api/actors?size=100", "/api/search?q=" + TestServer.enc("kind:article OR kind:event"),
        "/api/timeline", "/api/articles/a1")) {
      TestServer.Answer a = api.get(q);
      assertThat(a.status()).as(q + " " + a.body()).isEqualTo(200);
      sb.append(q).append('\n').append(a.body()).append('\n');
    }
    return sb.toString();
  }
}
