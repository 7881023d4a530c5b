package org.tidings.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.tidings.store.Store;

/** A real server on 127.0.0.1 (a free port) over a real store file in a test's folder, and an HTTP client for it. */
final class TestServer implements AutoCloseable {
  final Store store;
  final ApiToken token;
  final TidingsServer server;
  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final ObjectMapper mapper = new ObjectMapper();

  /** An answer: status, headers and body. */
  record Answer(int status, java.net.http.HttpHeaders headers, String body, JsonNode json) {}

  TestServer(Path dir, ArticleCoder coder, ServerSettings settings, boolean withCorpus) throws IOException {
    Path db = dir.resolve("api.db");
    this.store = Store.open(db);
    if (withCorpus) {
      Corpus.fill(store);
    }
    this.token = ApiToken.loadOrCreate(ApiToken.fileFor(db), new SecureRandom());
    this.server = TidingsServer.start(settings, store, token, coder);
  }

  /** A server on a store that holds the {@link Corpus}. */
  TestServer(Path dir, ArticleCoder coder) throws IOException {
    this(dir, coder, ServerSettings.local(0), true);
  }

  URI uri(String pathAndQuery) {
    return URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
  }

  /** GET {@code path} with the query {@code params} (encoded here). */
  Answer get(String path, Map<String, String> params) {
    String q = params.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
        .collect(Collectors.joining("&"));
    return get(path + (q.isEmpty() ? "" : "?" + q));
  }

  Answer get(String pathAndQuery) {
    return send(HttpRequest.newBuilder(uri(pathAndQuery)).GET().build());
  }

  Answer post(String path, byte[] body, String authorization) {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    return send(b.build());
  }

  Answer post(String path, String body) {
    return post(path, body.getBytes(StandardCharsets.UTF_8), "Bearer " + token.value());
  }

  Answer send(HttpRequest request) {
    try {
      HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
      JsonNode json = null;
      try {
        json = mapper.readTree(r.body());
      } catch (IOException notJson) {
        // left null: the test says whether it expected JSON
      }
      return new Answer(r.statusCode(), r.headers(), r.body(), json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Sends {@code requestLine} as it is (no client checks) and gives back the whole answer as text. */
  String raw(String requestLine) {
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(5000);
      socket.getOutputStream().write((requestLine + "\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.ISO_8859_1));
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    server.close();
    store.close();
  }
}
