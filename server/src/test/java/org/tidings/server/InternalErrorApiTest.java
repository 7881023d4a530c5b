package org.tidings.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An unexpected failure is a 500 that says "internal error" and nothing of its cause. */
class InternalErrorApiTest {
  @TempDir
  Path dir;

  @Test
  void aFailureInsideIsA500WithoutItsCause() throws Exception {
    try (TestServer api = new TestServer(dir, a -> {
      throw new IllegalStateException("secret detail: SELECT * FROM events at org.tidings.Thing");
    })) {
      TestServer.Answer a = api.post("/api/articles", "{\"id\": \"x\", \"text\": \"Something new happened.\"}");
      assertThat(a.status()).isEqualTo(500);
      assertThat(a.body()).isEqualTo("{\"error\":\"internal error\"}");
      assertThat(a.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
      assertThat(api.get("/api/health").status()).isEqualTo(200);
    }
  }
}
