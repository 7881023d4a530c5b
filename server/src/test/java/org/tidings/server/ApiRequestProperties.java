package org.tidings.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.tidings.store.ActorFilter;
import org.tidings.store.ArticleFilter;
import org.tidings.store.EventFilter;
import org.tidings.store.QuoteFilter;
import org.tidings.store.StoryReader;

/**
 * Properties of the API over a real server and store: any query parameters on any read
 * endpoint, any raw query string, and any posted body get a JSON answer that is a success or a
 * 4xx naming the problem, never a 500. Requests go over loopback to the in-process
 * {@link TestServer}, so each try costs 5 to 15 milliseconds: a few hundred tries, not thousands.
 */
class ApiRequestProperties {
  private static final List<String> EVENTS = concat(EventFilter.NAMES, List.of("sort", "total", "page", "size"));
  private static final Map<String, List<String>> ENDPOINTS = Map.of(
      "/api/events", EVENTS,
      "/api/timeline", concat(EventFilter.NAMES, List.of("interval")),
      "/api/stories", concat(StoryReader.FILTERS, List.of("min_articles", "page", "size")),
      "/api/network", concat(EventFilter.NAMES, List.of("limit")),
      "/api/map", concat(EventFilter.NAMES, List.of("limit")),
      "/api/actors", concat(ActorFilter.NAMES, List.of("page", "size")),
      "/api/quotes", concat(QuoteFilter.NAMES, List.of("page", "size")),
      "/api/articles", concat(ArticleFilter.NAMES, List.of("page", "size")),
      "/api/search", List.of("q", "page", "size"),
      "/api/types", List.of());
  private Path dir;
  private TestServer api;

  @BeforeProperty
  void start() throws IOException {
    dir = Files.createTempDirectory("tidings-api-properties");
    api = new TestServer(dir, a -> Corpus.coded(a.id(), a.source(), a.date(), a.text(), List.of(), List.of()));
  }

  @AfterProperty
  void stop() throws IOException {
    api.close();
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }

  @Property(tries = 200)
  void anyParametersOfAReadAreA200OrA400(@ForAll("reads") Tuple.Tuple2<String, Map<String, String>> read) {
    TestServer.Answer a = api.get(read.get1(), read.get2());
    assertThat(a.status()).as("%s %s: %s", read.get1(), read.get2(), a.body()).isIn(200, 400);
    answeredInJson(a);
  }

  @Property(tries = 100)
  void anyArticleIdIsFoundOrNot(@ForAll("anyValue") String id) {
    TestServer.Answer a = api.get("/api/articles/" + TestServer.enc(id).replace("+", "%20"));
    assertThat(a.status()).as("%s: %s", id, a.body()).isIn(200, 400, 404);
    answeredInJson(a);
  }

  @Property(tries = 150)
  void anyRawQueryStringIsNeverAServerError(@ForAll("rawQueries") String query) {
    String answer = api.raw("GET /api/events?" + query + " HTTP/1.1");
    assertThat(answer).as(query).matches("(?s)HTTP/1\\.1 (200|400) .*");
    assertThat(answer).as(query).doesNotContain("Exception").doesNotContain("\tat ");
    String body = answer.substring(answer.indexOf("\r\n\r\n") + 4);
    assertThat(body).as(query).startsWith("{\"").doesNotContain("<h1>");
  }

  @Example
  void aRequestJettyRefusesIsAJsonErrorToo() {
    TestServer.Answer a = api.get("/api/articles/a%00b");
    assertThat(a.status()).isEqualTo(400);
    assertThat(a.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(
        "application/json"));
    assertThat(a.json().path("error").asText()).startsWith("bad request");
  }

  @Property(tries = 50)
  void anyPostedBodyIsStoredOrRefused(@ForAll("bodies") String body) {
    TestServer.Answer a = api.post("/api/articles", body);
    assertThat(a.status()).as("%s: %s", body, a.body()).isIn(200, 201, 400, 413);
    answeredInJson(a);
  }

  private static void answeredInJson(TestServer.Answer a) {
    assertThat(a.json()).as(a.body()).isNotNull();
    if (a.status() >= 400) {
      assertThat(a.json().path("error").asText()).as(a.body()).isNotBlank().doesNotContain("Exception");
    }
  }

  @Provide
  Arbitrary<Tuple.Tuple2<String, Map<String, String>>> reads() {
    return Arbitraries.of(ENDPOINTS.keySet().stream().sorted().toList()).flatMap(path -> {
      List<String> names = ENDPOINTS.get(path);
      Arbitrary<String> name = names.isEmpty() ? Arbitraries.of("x", "page")
          : Arbitraries.oneOf(Arbitraries.of(names), Arbitraries.of(names), Arbitraries.of("x", "Actor", "page ", ""));
      Arbitrary<Map<String, String>> params = name.flatMap(n -> value(n).map(v -> Map.entry(n, v))).list()
          .ofMaxSize(4).map(entries -> {
            Map<String, String> m = new LinkedHashMap<>();
            entries.forEach(e -> m.put(e.getKey(), e.getValue()));
            return m;
          });
      return params.map(p -> Tuple.of(path, p));
    });
  }

  @Provide
  Arbitrary<String> anyValue() {
    return Arbitraries.oneOf(Arbitraries.strings().all().ofMinLength(1).ofMaxLength(40),
        Arbitraries.of("a-1", "m-1", "..", "../../etc/passwd", "%2e%2e", "x".repeat(301), "a\u0000b", "' OR 1=1 --"));
  }

  /** Query strings of names, values and percent escapes, well and badly encoded. */
  @Provide
  Arbitrary<String> rawQueries() {
    Arbitrary<String> piece = Arbitraries.oneOf(
        Arbitraries.of(EVENTS.toArray(String[]::new)),
        Arbitraries.strings().withChars("abcRUS019-_.~!$'()*,;:@/?").ofMinLength(1).ofMaxLength(8),
        Arbitraries.of("=", "=", "&", "&", "%", "%Z", "%ZZ", "%00", "%0A", "%0D%0A", "%C3", "%C3%28", "%FF", "%E2%80%AE",
            "%ED%A0%80", "%F0%9F%98%80", "%25", "%26", "%3D", "+", "%2B", "#", "[", "]", "{", "}", "|", "^", "`",
            "\\", "\"", "<", ">"));
    return piece.list().ofMinSize(1).ofMaxSize(12).map(l -> String.join("", l));
  }

  /** JSON articles, alone or as lines, of any content, and bodies that are not articles at all. */
  @Provide
  Arbitrary<String> bodies() {
    Arbitrary<String> text = Arbitraries.strings().all().ofMaxLength(60);
    Arbitrary<String> date = Arbitraries.oneOf(Arbitraries.of("2022-02-08", "0000-01-01", "9999-12-31", "2022-02-30",
        "+999999999-12-31", "", "2022-02-08T10:00Z"), text);
    Arbitrary<String> article = Combinators.combine(text.filter(s -> !s.isBlank()), date, text, text)
        .as((id, d, title, body) -> "{\"id\":" + json(id) + ",\"date\":" + json(d) + ",\"title\":" + json(title)
            + ",\"source\":" + json(title) + ",\"text\":" + json(body) + "}");
    Arbitrary<String> lines = article.list().ofMinSize(1).ofMaxSize(3).map(l -> String.join("\n", l));
    return Arbitraries.oneOf(article, lines, text, Arbitraries.of("", "{}", "[]", "null", "{\"id\":1,\"text\":2}",
        "{\"id\":\"a\",\"text\":\"x\"} {\"id\":\"b\",\"text\":\"y\"}", "[".repeat(5000)));
  }

  private static String json(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c < 0x20 || Character.isSurrogate(c)) {
        sb.append(String.format("\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.append('"').toString();
  }

  private static Arbitrary<String> value(String name) {
    Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(60);
    Arbitrary<String> typed = switch (name) {
      case "actor", "source", "target", "speaker", "code" -> Arbitraries.of("RUS", "rusmil", "UKR", "R", "RUS%",
          "RUS' OR '1'='1", "ﬀ");
      case "dyad" -> Arbitraries.of("RUS:UKR", "rus:ukr", "RUS", "RUS:UKR:FRA", ":", "RUS::UKR");
      case "cameo" -> Arbitraries.of("19", "190", "1", "12345", "19a", "%");
      case "plover", "sector" -> Arbitraries.of("ASSAULT", "consult", "GOV", "A", "X".repeat(40));
      case "quad_class" -> Arbitraries.of("1", "4", "0", "5", "٣", "+2", "99999999999");
      case "country" -> Arbitraries.of("UKR", "ukr", "UK", "ÜKR", "NATO");
      case "from", "to" -> Arbitraries.of("2022-02-08", "2022-02-01", "0000-01-01", "9999-12-31", "2022-02-30",
          "+999999999-12-31", "-0001-01-01", "2022/02/08", " 2022-02-08 ");
      case "mode" -> Arbitraries.of("asserted", "NEGATED", "certain");
      case "sort" -> Arbitraries.of("-date", "date", "goldstein", "-goldstein", "-confidence", "source_code");
      case "total" -> Arbitraries.of("true", "false", "TRUE", "1");
      case "interval" -> Arbitraries.of("day", "week", "WEEK", "month");
      case "page", "size", "limit", "min_articles" -> Arbitraries.of("1", "2", "0", "-1", "500", "501", "100000",
          "100001", "2147483648", "٣", "+3", " 7 ", "1e3");
      case "status" -> Arbitraries.of("ok", "failed", "deleted");
      case "article" -> Arbitraries.of("a-1", "m-1", "x".repeat(400));
      case "q" -> Arbitraries.of("kharkiv", "actor:RUS", "*:*", "/.*/", "foo:.", "\"shelled", "sh*", "s*",
          "date:[2022-01-01 TO 2022-12-31]", "text:" + "a".repeat(190));
      default -> any;
    };
    return Arbitraries.oneOf(typed, typed, any);
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return List.copyOf(out);
  }
}
