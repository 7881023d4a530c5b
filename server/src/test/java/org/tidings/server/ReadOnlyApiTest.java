package org.tidings.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidings.store.Store;
import org.tidings.store.StoreException;

/**
 * A store opened read-only is served read-only: reads answer, writes get 503 before the token is
 * asked for. A store that stops taking writes while the server runs (a full disk) is a 503 too.
 */
class ReadOnlyApiTest {
  @TempDir
  Path dir;

  @Test
  void readsAnswerAndWritesGet503SayingTheStoreIsReadOnly() throws Exception {
    Path db = dir.resolve("api.db");
    try (Store s = Store.open(db)) {
      Corpus.fill(s);
    }
    byte[] before = Files.readAllBytes(db);
    ApiToken token = ApiToken.unsaved(ApiToken.fileFor(db), new SecureRandom());
    HttpClient http = HttpClient.newHttpClient();
    try (Store store = Store.openReadOnly(db);
        TidingsServer server = TidingsServer.start(ServerSettings.local(0), store, token, a -> {
          throw new AssertionError("a read-only server codes nothing");
        })) {
      String api = "http://127.0.0.1:" + server.port() + "/api/";
      HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(api + "health")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(health.statusCode()).isEqualTo(200);
      assertThat(health.body()).contains("\"read_only\":true");
      HttpResponse<String> events = http.send(HttpRequest.newBuilder(URI.create(api + "events?total=true")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(events.statusCode()).isEqualTo(200);
      assertThat(events.body()).doesNotContain("\"total\":0");
      HttpResponse<String> timeline = http.send(HttpRequest.newBuilder(URI.create(api + "timeline")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(timeline.statusCode()).isEqualTo(200);
      for (String authorization : new String[] {null, "Bearer " + token.value(), "Bearer wrong"}) {
        HttpRequest.Builder post = HttpRequest.newBuilder(URI.create(api + "articles"))
            .POST(HttpRequest.BodyPublishers.ofString("{\"id\": \"x\", \"text\": \"Macron met Zelensky.\"}"));
        if (authorization != null) {
          post.header("Authorization", authorization);
        }
        HttpResponse<String> refused = http.send(post.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).as(String.valueOf(authorization)).isEqualTo(503);
        assertThat(refused.body()).contains("the store is read-only").contains("start the server again");
      }
    }
    assertThat(Files.readAllBytes(db)).isEqualTo(before);
    assertThat(ApiToken.fileFor(db)).doesNotExist();
  }

  @Test
  void aStoreThatStopsTakingWritesIs503WithoutItsPaths() throws Exception {
    ArticleCoder full = a -> {
      throw StoreException.stoppingWrites("cannot store article " + a.id() + ": the disk is full or the file size "
          + "limit was reached while writing /secret/place/api.db.wal (File too large)", null);
    };
    try (TestServer api = new TestServer(dir, full)) {
      TestServer.Answer a = api.post("/api/articles", "{\"id\": \"x\", \"text\": \"Macron met Zelensky.\"}");
      assertThat(a.status()).isEqualTo(503);
      assertThat(a.json().get("error").asText()).startsWith("the store cannot be written now (the disk is full");
      assertThat(a.body()).doesNotContain("/secret/place");
    }
  }
}
