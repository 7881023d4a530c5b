package org.tidings.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page's files over HTTP: index.html and every script and style it names (so a WebJar
 * version in the pom and in the page cannot drift apart), the page's CSP, no way out of the
 * served folders, and the endpoints the page adds (types, network, map).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebPageTest {
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

  @Test
  void thePageIsServedWithItsOwnPolicyAndTheApiKeepsItsOwn() {
    TestServer.Answer page = api.get("/");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(page.body()).contains("<title>Tidings");
    String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
    assertThat(csp).contains("script-src 'self'").contains("style-src 'self'").contains("img-src 'self' data:")
        .contains("frame-ancestors 'none'").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
    assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(page.body()).doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>");
    assertThat(page.body()).doesNotContainPattern("\\son[a-z]+=").doesNotContain("style=");
    assertThat(api.get("/api/health").headers().firstValue("Content-Security-Policy"))
        .contains(TidingsServer.CSP);
  }

  @Test
  void everyFileThePageNamesIsServed() {
    String html = api.get("/").body();
    Matcher m = Pattern.compile("(?:src|href)=\"(/[^\"]+)\"").matcher(html);
    List<String> paths = new ArrayList<>();
    while (m.find()) {
      paths.add(m.group(1));
    }
    assertThat(paths).contains("/js/app.js", "/webjars/leaflet/1.9.4/dist/leaflet.js");
    for (String p : paths) {
      assertThat(api.get(p).status()).as(p).isEqualTo(200);
    }
    for (String module : List.of("api", "state", "requests", "early", "filters", "colours", "timeline", "network", "map", "table",
        "annotate", "evidence", "reader", "dyad", "upload")) {
      TestServer.Answer js = api.get("/js/" + module + ".js");
      assertThat(js.status()).as(module).isEqualTo(200);
      assertThat(js.headers().firstValue("Content-Type").orElse("")).as(module).contains("javascript");
    }
    assertThat(api.get("/data/countries-110m.geojson").body()).startsWith("{\"type\":\"FeatureCollection\"");
  }

  @Test
  void nothingOutsideTheServedFoldersIsReachable() {
    for (String path : List.of("/../org/tidings/server/TidingsServer.class", "/webjars/../org/tidings/server/Views.class",
        "/webjars/%2e%2e/%2e%2e/org/tidings/server/Views.class", "/%2e%2e/%2e%2e/etc/passwd",
        "/webjars/..%2f..%2forg/tidings/server/Views.class", "/web/index.html", "/org/tidings/server/Views.class",
        "/META-INF/MANIFEST.MF", "/webjars/leaflet/1.9.4/../../../../org/tidings/server/Views.class",
        "/js/..%5c..%5corg/tidings/server/Views.class", "//etc/passwd", "/tidings/store/migrations/index.txt")) {
      String answer = api.raw("GET " + path + " HTTP/1.1");
      assertThat(answer).as(path).doesNotStartWith("HTTP/1.1 200").doesNotContain("CAFEBABE")
          .doesNotContain("root:x:").doesNotContain("V1__initial_schema");
    }
  }

  @Test
  void typesListCameoCodesWithNamesAndPloverTypes() {
    TestServer.Answer a = api.get("/api/types");
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.json().get("types").size()).isGreaterThan(250);
    var visit = a.json().get("types").findValues("cameo").stream().map(n -> n.asText()).toList();
    assertThat(visit).contains("04", "042", "195");
    var first = a.json().get("types").get(0);
    assertThat(first.get("cameo").asText()).isEqualTo("01");
    assertThat(first.get("name").asText()).isEqualTo("Make a public statement");
    assertThat(first.get("plover").asText()).isEqualTo("COMMENT");
    assertThat(first.get("quad_class").asInt()).isEqualTo(1);
  }

  @Test
  void networkAndMapSumTheFilteredEvents() {
    TestServer.Answer n = api.get("/api/network", Map.of("actor", "RUS"));
    assertThat(n.status()).isEqualTo(200);
    assertThat(n.json().get("edges").size()).isEqualTo(2);
    assertThat(n.json().get("edges").get(0).has("cooperation")).isTrue();
    TestServer.Answer m = api.get("/api/map", Map.of("dyad", "FRA:UKR"));
    assertThat(m.status()).isEqualTo(200);
    assertThat(m.json().get("places").get(0).get("name").asText()).isEqualTo("Kyiv");
    assertThat(m.json().get("countries").get(0).get("country").asText()).isEqualTo("UKR");
    assertThat(api.get("/api/map", Map.of("limit", "0")).status()).isEqualTo(400);
    assertThat(api.get("/api/network", Map.of("text", "'; DROP TABLE events; --")).status()).isEqualTo(200);
    assertThat(api.get("/api/events", Map.of("text", "nothing of the sort", "total", "true")).json().get("total").asInt()).isZero();
    assertThat(api.get("/api/events", Map.of("text", "zelensky", "total", "true")).json().get("total").asInt()).isEqualTo(1);
  }
}
