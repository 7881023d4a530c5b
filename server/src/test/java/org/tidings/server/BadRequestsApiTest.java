package org.tidings.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every bad parameter gets a 400 with a message that names it, never a stack trace or an SQL error. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadRequestsApiTest {
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

  @ParameterizedTest(name = "{0}?{1}={2}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      /api/events   | actor      | RUS' OR '1'='1              | actor
      /api/events   | actor      | R                           | actor
      /api/events   | source     | RUS;DROP TABLE events       | source
      /api/events   | target     | ukr--                       | target
      /api/events   | dyad       | RUS                         | dyad
      /api/events   | dyad       | RUS:UKR:FRA                 | dyad
      /api/events   | dyad       | RUS' OR 1=1 --:UKR          | dyad
      /api/events   | cameo      | 19a                         | cameo
      /api/events   | cameo      | 12345                       | cameo
      /api/events   | plover     | assault' --                 | plover
      /api/events   | quad_class | 5                           | quad_class
      /api/events   | quad_class | one                         | quad_class
      /api/events   | country    | UK                          | country
      /api/events   | country    | UKR' OR '1'='1              | country
      /api/events   | from       | 2022-13-01                  | from
      /api/events   | from       | yesterday                   | from
      /api/events   | to         | 2022-02-30                  | to
      /api/events   | mode       | certain                     | mode
      /api/events   | sort       | date; DROP TABLE events     | sort
      /api/events   | sort       | source_code                 | sort
      /api/events   | page       | 0                           | page
      /api/events   | page       | -1                          | page
      /api/events   | page       | 1e3                         | page
      /api/events   | size       | 501                         | size
      /api/events   | size       | 0                           | size
      /api/events   | size       | 99999999999999999999        | size
      /api/events   | limit      | 10                          | limit
      /api/events   | total      | yes                         | total
      /api/events   | actors     | RUS                         | actors
      /api/events   | interval   | week                        | interval
      /api/timeline | interval   | month                       | interval
      /api/timeline | page       | 2                           | page
      /api/timeline | cameo      | 1 OR 1=1                    | cameo
      /api/stories  | plover     | ASSAULT                     | plover
      /api/stories  | mode       | asserted                    | mode
      /api/stories  | min_articles | 0                         | min_articles
      /api/stories  | dyad       | FRA-UKR                     | dyad
      /api/actors   | country    | Ukraine                     | country
      /api/actors   | sector     | GOVERNMENT                  | sector
      /api/actors   | code       | RUS%                        | code
      /api/actors   | actor      | RUS                         | actor
      /api/quotes   | speaker    | Emmanuel Macron             | speaker
      /api/quotes   | speaker    | FRA' OR '1'='1              | speaker
      /api/quotes   | author     | FRA                         | author
      /api/articles | status     | deleted                     | status
      /api/articles | from       | 2022/02/08                  | from
      /api/articles | size       | 1000                        | size
      /api/articles | sort       | title                       | sort
      /api/health   | verbose    | 1                           | verbose
      """)
  void badValueIsA400ThatNamesTheParameter(String path, String name, String value, String named) {
    TestServer.Answer a = api.get(path + "?" + TestServer.enc(name) + "=" + TestServer.enc(value));
    assertThat(a.status()).as(a.body()).isEqualTo(400);
    assertThat(a.json()).as(a.body()).isNotNull();
    assertThat(a.json().get("error").asText()).contains(named);
    assertNoInternals(a);
  }

  @Test
  void fromAfterToIsRefused() {
    TestServer.Answer a = api.get("/api/events?from=2022-03-01&to=2022-02-01");
    assertThat(a.status()).isEqualTo(400);
    assertThat(a.json().get("error").asText()).contains("after");
  }

  @Test
  void aRepeatedParameterIsRefused() {
    TestServer.Answer a = api.get("/api/events?actor=RUS&actor=UKR");
    assertThat(a.status()).isEqualTo(400);
    assertThat(a.json().get("error").asText()).contains("actor").contains("once");
  }

  @Test
  void anEmptyOrOverlongValueIsRefused() {
    assertThat(api.get("/api/events?actor=").status()).isEqualTo(400);
    assertThat(api.get("/api/events?place=" + "x".repeat(300)).status()).isEqualTo(400);
  }

  @Test
  void malformedPercentEncodingIsNotAServerError() {
    String answer = api.raw("GET /api/events?actor=%ZZ HTTP/1.1");
    assertThat(answer).startsWith("HTTP/1.1 400").contains("actor").contains("URL encoding");
    assertThat(answer).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(api.raw("GET /api/../../etc/passwd HTTP/1.1")).startsWith("HTTP/1.1 400").doesNotContain("root:");
  }

  @Test
  void unknownPathsAndMethodsAreJsonErrors() {
    TestServer.Answer a = api.get("/api/nothing");
    assertThat(a.status()).isEqualTo(404);
    assertThat(a.json().get("error").asText()).isNotBlank();
    TestServer.Answer traversal = api.get("/api/../../etc/passwd");
    assertThat(traversal.status()).isBetween(400, 404);
    assertThat(traversal.body()).doesNotContain("root:");
    TestServer.Answer encoded = api.get("/api/articles/..%2F..%2Fetc%2Fpasswd");
    assertThat(encoded.status()).isBetween(400, 404);
    assertThat(encoded.body()).doesNotContain("root:");
  }

  @Test
  void theStoreIsIntactAfterTheInjectionAttempts() {
    api.get("/api/events?actor=" + TestServer.enc("RUS'; DROP TABLE events; --"));
    TestServer.Answer a = api.get("/api/events?total=true");
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.json().get("total").asLong()).isEqualTo(4);
  }

  static void assertNoInternals(TestServer.Answer a) {
    assertThat(a.body()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("org.tidings")
        .doesNotContain("SQL").doesNotContain("duckdb").doesNotContain("Jetty");
  }
}
