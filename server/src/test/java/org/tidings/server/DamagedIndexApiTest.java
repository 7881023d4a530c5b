package org.tidings.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidings.store.search.SearchIndex;

/**
 * An index damaged in the middle of a segment while the server runs (opening it does not read
 * there; reading hits does) is rebuilt from the store and the search answered, not a 500.
 */
class DamagedIndexApiTest {

  @Test
  void aSearchThatMeetsDamageRebuildsTheIndexAndAnswers(@TempDir Path dir) throws IOException {
    try (TestServer api = new TestServer(dir, a -> {
      throw new AssertionError("no coding here");
    })) {
      String query = "/api/search?size=100&q=" + TestServer.enc("kind:article");
      TestServer.Answer before = api.get(query);
      assertThat(before.status()).isEqualTo(200);
      assertThat(before.json().get("total").asLong()).isPositive();

      Path segment = largestCompoundFile(SearchIndex.beside(api.store.file()));
      byte[] bytes = Files.readAllBytes(segment);
      int stored = indexOf(bytes, "Lucene90StoredFieldsFastData".getBytes(StandardCharsets.US_ASCII));
      assertThat(stored).as("the stored fields in " + segment).isPositive();
      byte[] junk = new byte[Math.min(64, bytes.length - 16 - (stored + 100))];
      Arrays.fill(junk, (byte) 'G');
      // in place, never shorter: the server has the file mapped
      try (FileChannel c = FileChannel.open(segment, StandardOpenOption.WRITE)) {
        c.write(ByteBuffer.wrap(junk), stored + 100);
      }

      TestServer.Answer after = api.get(query);
      assertThat(after.status()).as(after.body()).isEqualTo(200);
      assertThat(after.json().get("hits")).isEqualTo(before.json().get("hits"));
      assertThat(api.get(query).json().get("hits")).isEqualTo(before.json().get("hits"));
    }
  }

  private static Path largestCompoundFile(Path index) throws IOException {
    try (Stream<Path> files = Files.list(index)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".cfs"))
          .max(Comparator.comparingLong(f -> f.toFile().length())).orElseThrow();
    }
  }

  private static int indexOf(byte[] hay, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= hay.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (hay[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
