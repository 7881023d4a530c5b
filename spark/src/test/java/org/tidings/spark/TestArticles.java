package org.tidings.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The project's articles as FORMAT.md input objects ({@code id}, {@code date}, {@code title},
 * {@code text}): the reference article (2022-02-08) and the gold, places and quotes test sets.
 */
final class TestArticles {
  private static final ObjectMapper JSON = new ObjectMapper();

  private TestArticles() {}

  /** Every test article, the reference article first; paths relative to the {@code spark} module. */
  static List<ObjectNode> all() {
    List<ObjectNode> out = new ArrayList<>();
    try {
      ObjectNode seed = JSON.createObjectNode().put("id", "seed-2022-02-08").put("date", "2022-02-08")
          .put("text", Files.readString(Path.of("../examples/seed-article.txt")));
      out.add(seed);
      for (String set : List.of("gold", "places", "quotes")) {
        try (Stream<Path> files = Files.list(Path.of("../core/src/test/resources", set))) {
          for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
            JsonNode n = JSON.readTree(f.toFile());
            ObjectNode a = JSON.createObjectNode().put("id", n.get("id").asText()).put("date", n.get("date").asText());
            if (n.hasNonNull("title")) {
              a.put("title", n.get("title").asText());
            }
            out.add(a.put("text", n.get("text").asText()));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
