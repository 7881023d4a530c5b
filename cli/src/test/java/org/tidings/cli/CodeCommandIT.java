package org.tidings.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tidings command end to end, in this JVM, on real models. */
class CodeCommandIT {
  private static final String TEXT = "On Tuesday, French President Emmanuel Macron met Ukrainian President Volodymyr"
      + " Zelensky in Kyiv. \u201CWe are united,\u201D he said.";
  private final ObjectMapper mapper = new ObjectMapper();

  @TempDir
  Path dir;

  @Test
  void aBatchWithBadLinesCodesEveryGoodArticleAndReportsEachBadOne() throws Exception {
    Path jsonl = dir.resolve("batch.jsonl");
    Files.write(jsonl, List.of(
        mapper.writeValueAsString(java.util.Map.of("id", "good", "date", "2022-02-08", "text", TEXT)),
        "{this is not json",
        "{\"text\":\"no id here\"}",
        "{\"id\":\"empty\",\"text\":\"\"}",
        "{\"id\":\"baddate\",\"date\":\"8 Feb\",\"text\":\"x\"}",
        mapper.writeValueAsString(java.util.Map.of("id", "good2", "date", "2022-02-08", "text", TEXT))));
    Cli r = Cli.run("code", jsonl.toString(), "--format", "json", "--threads", "2");
    assertThat(r.exit()).isZero();
    List<JsonNode> lines = r.out().lines().map(this::read).toList();
    assertThat(lines).extracting(n -> n.path("id").asText())
        .containsExactly("good", "batch:2", "batch:3", "empty", "baddate", "good2");
    assertThat(lines.get(0).path("events")).isNotEmpty();
    assertThat(lines.get(0).path("events").get(0).path("place").path("name").asText()).isEqualTo("Kyiv");
    assertThat(lines.get(1).path("errors").get(0).path("code").asText()).isEqualTo("malformed_json");
    assertThat(lines.get(1).path("errors").get(0).path("message").asText()).contains("line 2");
    assertThat(lines.get(2).path("errors").get(0).path("code").asText()).isEqualTo("missing_id");
    assertThat(lines.get(3).path("errors").get(0).path("code").asText()).isEqualTo("empty_text");
    assertThat(lines.get(4).path("errors").get(0).path("code").asText()).isEqualTo("bad_date");
    assertThat(lines.get(5).path("events")).isNotEmpty();
    assertThat(r.err()).contains("article empty: empty_text");
  }

  @Test
  void plainTextWithADateAsTsvAndAsText() throws Exception {
    Path txt = dir.resolve("kyiv.txt");
    Files.writeString(txt, TEXT);
    Cli tsv = Cli.run("code", txt.toString(), "--date", "2022-02-08", "--format", "tsv");
    assertThat(tsv.exit()).isZero();
    List<String> rows = tsv.out().lines().toList();
    assertThat(rows.get(0)).startsWith("article\tevent\tgroup");
    assertThat(rows).anySatisfy(row -> assertThat(row).contains("FRAGOV\tEmmanuel Macron").contains("UKRGOV")
        .contains("\t2022-02-08\ttext\tKyiv\tUKR\t"));
    Cli text = Cli.run("code", txt.toString(), "--date", "2022-02-08", "--format", "text");
    assertThat(text.out()).contains("== kyiv (2022-02-08)").contains("FRAGOV Emmanuel Macron")
        .contains("\u201CWe are united,\u201D  \u2014 FRAGOV Emmanuel Macron");
  }

  @Test
  void standardInputAndInvalidUtf8() {
    byte[] bytes = (TEXT + " Bad byte: ").getBytes(StandardCharsets.UTF_8);
    byte[] withBad = java.util.Arrays.copyOf(bytes, bytes.length + 1);
    withBad[bytes.length] = (byte) 0xFF;
    Cli r = Cli.runWithInput(withBad, "code", "-", "--date", "2022-02-08", "--format", "json");
    assertThat(r.exit()).isZero();
    JsonNode n = read(r.out().strip());
    assertThat(n.path("errors").get(0).path("code").asText()).isEqualTo("invalid_utf8");
    assertThat(n.path("events")).isNotEmpty();
  }

  @Test
  void emptyAndBinaryFilesAreReportedAndTheOthersCoded() throws Exception {
    Path empty = dir.resolve("empty.txt");
    Files.write(empty, new byte[0]);
    Path binary = dir.resolve("image.txt");
    byte[] png = new byte[600];
    new java.util.Random(7).nextBytes(png);
    png[0] = (byte) 0x89;
    Files.write(binary, png);
    Path good = dir.resolve("good.txt");
    Files.writeString(good, TEXT);
    Cli r = Cli.run("code", empty.toString(), binary.toString(), good.toString(), "--date", "2022-02-08", "--format",
        "json");
    assertThat(r.exit()).isZero();
    List<JsonNode> lines = r.out().lines().map(this::read).toList();
    assertThat(lines).extracting(n -> n.path("id").asText()).containsExactly("empty", "image", "good");
    assertThat(lines.get(0).path("errors").get(0).path("code").asText()).isEqualTo("empty_text");
    assertThat(lines.get(1).path("errors").findValuesAsText("code")).contains("invalid_utf8");
    assertThat(lines.get(1).path("events")).isEmpty();
    assertThat(lines.get(2).path("events")).isNotEmpty();
  }

  @Test
  void anUnknownDateFormatIsAClearError() {
    Cli r = Cli.run("code", "-", "--date", "08/02/2022");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--date").contains("YYYY-MM-DD");
  }

  @Test
  void aMissingFileIsAClearError() {
    Cli r = Cli.run("code", dir.resolve("nope.txt").toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("no such file");
  }

  @Test
  void evalScoresOutputWrittenEarlier() throws Exception {
    Path gold = dir.resolve("seed.json");
    try (var in = getClass().getClassLoader().getResourceAsStream("tidings/examples/seed.json")) {
      Files.copy(in, gold);
    }
    JsonNode g = mapper.readTree(gold.toFile());
    Path input = dir.resolve("seed.jsonl");
    Files.writeString(input, mapper.writeValueAsString(java.util.Map.of("id", g.path("id").asText(), "date",
        g.path("date").asText(), "text", g.path("text").asText())) + "\n");
    Cli coded = Cli.run("code", input.toString(), "--format", "json");
    Path output = dir.resolve("out.jsonl");
    Files.writeString(output, coded.out());
    Cli r = Cli.run("eval", gold.toString(), "--system", output.toString(), "--json");
    assertThat(r.exit()).isZero();
    JsonNode figures = read(r.out().strip());
    assertThat(figures.path("precision").asDouble()).isGreaterThanOrEqualTo(0.85);
    assertThat(figures.path("recall").asDouble()).isGreaterThanOrEqualTo(0.8);
    assertThat(figures.path("forbidden_hits").asInt()).isZero();
  }

  @Test
  void evalOnTheReferenceGoldPrintsTheFigures() throws Exception {
    Path gold = dir.resolve("seed.json");
    try (var in = getClass().getClassLoader().getResourceAsStream("tidings/examples/seed.json")) {
      Files.copy(in, gold);
    }
    Cli r = Cli.run("eval", gold.toString());
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("events (root + countries)").contains("forbidden hits              0")
        .contains("quotes found                5/5");
  }

  private JsonNode read(String line) {
    try {
      return mapper.readTree(line);
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + line, e);
    }
  }
}
