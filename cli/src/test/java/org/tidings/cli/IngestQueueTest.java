package org.tidings.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidings.core.model.CodedArticle;
import org.tidings.core.model.Provenance;
import org.tidings.core.pipeline.BatchCoder;
import org.tidings.store.ContentHash;

class IngestQueueTest {
  @TempDir
  Path dir;

  @Test
  void handsOutEachWantedArticleOnceInFileOrder() throws Exception {
    Path jsonl = Files.write(dir.resolve("a.jsonl"), List.of(
        "{\"id\":\"one\",\"text\":\"Estonia recalled its envoy.\"}",
        "{\"id\":\"two\",\"text\":\"Latvia closed a crossing.\"}",
        "{\"id\":\"again\",\"text\":\"Estonia  recalled its envoy.\"}"));
    Path txt = Files.writeString(dir.resolve("b.txt"), "Poland sent aid.");
    Set<String> wanted = new HashSet<>(Set.of(ContentHash.of("Estonia recalled its envoy."),
        ContentHash.of("Poland sent aid.")));
    Provenance p = new Provenance("test", Map.of());
    IngestQueue queue = new IngestQueue(List.of(jsonl, txt),
        new IngestSources((a, e) -> CodedArticle.failed(a, e, p)), null, wanted);
    List<String> ids = new ArrayList<>();
    queue.forEachRemaining((BatchCoder.Item i) -> ids.add(i.article().id()));
    assertThat(ids).containsExactly("one", "b");
    assertThat(wanted).isEmpty();
  }
}
