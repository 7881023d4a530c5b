package org.tidings.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Benchmark input: {@code n} articles made by recombining the paragraphs of the test articles
 * ({@link TestArticles}), four to eight paragraphs each, drawn with a fixed seed so every run codes
 * the same input; each article takes the date of the article its first paragraph comes from.
 * Paragraphs are split at blank lines (the places set has none: its articles are one paragraph).
 */
final class BenchArticles {
  private record Paragraph(String text, String date) {}

  private BenchArticles() {}

  static void write(Path file, int n) throws IOException {
    List<Paragraph> pool = new ArrayList<>();
    for (ObjectNode a : TestArticles.all()) {
      for (String p : a.get("text").asText().split("\n\\s*\n")) {
        if (!p.isBlank()) {
          pool.add(new Paragraph(p.strip(), a.get("date").asText()));
        }
      }
    }
    ObjectMapper json = new ObjectMapper();
    Random random = new Random(20220208L);
    Files.createDirectories(file.toAbsolutePath().getParent());
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 1; i <= n; i++) {
        int count = 4 + random.nextInt(5);
        List<String> parts = new ArrayList<>();
        Paragraph first = pool.get(random.nextInt(pool.size()));
        parts.add(first.text());
        for (int k = 1; k < count; k++) {
          parts.add(pool.get(random.nextInt(pool.size())).text());
        }
        ObjectNode a = json.createObjectNode().put("id", String.format("bench-%05d", i)).put("date", first.date())
            .put("text", String.join("\n\n", parts));
        w.write(a.toString());
        w.write('\n');
      }
    }
  }

  /** {@code BenchArticles FILE [N]}: writes N (default 2,000) articles to FILE. */
  public static void main(String[] args) throws IOException {
    write(Path.of(args[0]), args.length > 1 ? Integer.parseInt(args[1]) : 2000);
  }
}
