package org.tidings.store.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidings.store.EventFilter;
import org.tidings.store.NewsFixtures;
import org.tidings.store.Store;

class EventExporterTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  private Store store() {
    Store s = Store.open(dir.resolve("t.db"));
    NewsFixtures.storeAll(s);
    return s;
  }

  private static String export(Store s, ExportFormat f, EventFilter filter) {
    StringWriter out = new StringWriter();
    new EventExporter(s).write(f, filter, out);
    return out.toString();
  }

  private static List<JsonNode> jsonLines(String text) throws Exception {
    List<JsonNode> out = new ArrayList<>();
    for (String line : text.split("\n")) {
      out.add(JSON.readTree(line));
    }
    return out;
  }

  @Test
  void jsonlIsTheStoredEventShapeWithItsArticle() throws Exception {
    try (Store s = store()) {
      List<JsonNode> lines = jsonLines(export(s, ExportFormat.JSONL, EventFilter.ALL));
      assertThat(lines).hasSize(5);
      JsonNode first = lines.get(0);
      assertThat(first.get("article_id").asText()).isEqualTo("wire-1");
      assertThat(first.get("id").asText()).isEqualTo("wire-1:0");
      assertThat(first.get("cameo").asText()).isEqualTo("195");
      assertThat(first.get("source").get("code").asText()).isEqualTo("RUSMIL");
      assertThat(first.get("evidence").get("text").asText()).startsWith("Russian forces shelled Kharkiv");
      assertThat(first.get("place").get("lat").asDouble()).isEqualTo(49.99);
    }
  }

  @Test
  void csvRoundTripsQuotesCommasAndLineBreaks() {
    try (Store s = store()) {
      List<List<String>> rows = Rfc4180.parse(export(s, ExportFormat.CSV, EventFilter.ALL));
      assertThat(rows.get(0)).isEqualTo(CsvLines.COLUMNS);
      assertThat(rows).hasSize(6).allSatisfy(r -> assertThat(r).hasSize(CsvLines.COLUMNS.size()));
      List<String> minsk = rows.stream().filter(r -> r.get(0).equals("odd-3")).findFirst().orElseThrow();
      assertThat(minsk.get(CsvLines.COLUMNS.indexOf("evidence"))).isEqualTo(NewsFixtures.MINSK);
      assertThat(minsk.get(CsvLines.COLUMNS.indexOf("publisher"))).isEqualTo("Wire, \"Quoted\" Ltd");
      assertThat(minsk.get(CsvLines.COLUMNS.indexOf("target_code"))).isEmpty();
      assertThat(minsk.get(CsvLines.COLUMNS.indexOf("date"))).isEqualTo("2022-02");
    }
  }

  @Test
  void gdeltLinesHaveSixtyOneColumnsAndFipsPlaces() {
    assertThat(GdeltLines.COLUMNS).hasSize(61).startsWith("GLOBALEVENTID", "SQLDATE").endsWith("DATEADDED",
        "SOURCEURL").doesNotHaveDuplicates();
    assertThat(GdeltLines.COLUMNS.get(26)).isEqualTo("EventCode");
    assertThat(GdeltLines.COLUMNS.get(51)).isEqualTo("ActionGeo_Type");
    try (Store s = store()) {
      String[] lines = export(s, ExportFormat.GDELT, EventFilter.ALL).split("\n");
      assertThat(lines).hasSize(5);
      for (String line : lines) {
        assertThat(line.split("\t", -1)).hasSize(61);
      }
      Map<String, String> kharkiv = row(lines[0]);
      assertThat(kharkiv.get("SQLDATE")).isEqualTo("20220207");
      assertThat(kharkiv.get("MonthYear")).isEqualTo("202202");
      assertThat(kharkiv.get("FractionDate")).isEqualTo("2022.1836");
      assertThat(kharkiv.get("Actor1Code")).isEqualTo("RUSMIL");
      assertThat(kharkiv.get("Actor1CountryCode")).isEqualTo("RUS");
      assertThat(kharkiv.get("Actor1Type1Code")).isEqualTo("MIL");
      assertThat(kharkiv.get("Actor2Name")).isEqualTo("UKRAINE");
      assertThat(List.of(kharkiv.get("EventCode"), kharkiv.get("EventBaseCode"), kharkiv.get("EventRootCode")))
          .containsExactly("195", "195", "19");
      assertThat(kharkiv.get("IsRootEvent")).isEqualTo("1");
      assertThat(List.of(kharkiv.get("NumMentions"), kharkiv.get("NumSources"), kharkiv.get("NumArticles")))
          .containsExactly("2", "2", "2");
      assertThat(List.of(kharkiv.get("ActionGeo_Type"), kharkiv.get("ActionGeo_FullName"),
          kharkiv.get("ActionGeo_CountryCode"), kharkiv.get("ActionGeo_Lat"))).containsExactly("4",
          "Kharkiv, Ukraine", "UP", "49.99");
      assertThat(kharkiv.get("SOURCEURL")).isEqualTo("https://example.org/wire-1");
      assertThat(kharkiv.get("DATEADDED")).matches("\\d{14}");
      Map<String, String> condemned = row(lines[1]);
      assertThat(condemned.get("IsRootEvent")).isEqualTo("0");
      assertThat(condemned.get("NumArticles")).isEqualTo("1");
      assertThat(condemned.get("ActionGeo_Type")).isEqualTo("0");
      Map<String, String> berlin = rowOf(lines, "20220208", "FRAGOV");
      assertThat(berlin.get("ActionGeo_CountryCode")).isEqualTo("GM");
      assertThat(rowOf(lines, "", "BLRCVL").get("Actor2Code")).isEmpty();
    }
  }

  private static Map<String, String> rowOf(String[] lines, String date, String actor) {
    return Arrays.stream(lines).map(EventExporterTest::row).filter(r -> r.get("Actor1Code").equals(actor)
        && (date.isEmpty() || r.get("SQLDATE").equals(date))).findFirst().orElseThrow();
  }

  private static Map<String, String> row(String line) {
    String[] f = line.split("\t", -1);
    Map<String, String> m = new java.util.HashMap<>();
    for (int i = 0; i < f.length; i++) {
      m.put(GdeltLines.COLUMNS.get(i), f[i]);
    }
    return m;
  }

  @Test
  void ploverLinesCarryTypeActorsLocationAndSentence() throws Exception {
    try (Store s = store()) {
      JsonNode e = jsonLines(export(s, ExportFormat.PLOVER, EventFilter.ALL)).get(0);
      assertThat(e.get("event_type").asText()).isEqualTo("ASSAULT");
      assertThat(e.get("mode").isNull()).isTrue();
      assertThat(e.get("context").isArray()).isTrue();
      assertThat(e.get("actors").get("source").get("code").asText()).isEqualTo("RUSMIL");
      assertThat(e.get("actors").get("target").get("name").asText()).isEqualTo("Ukraine");
      assertThat(e.get("date").asText()).isEqualTo("2022-02-07");
      assertThat(e.get("location").get("country").asText()).isEqualTo("UKR");
      assertThat(e.get("location").get("lon").asDouble()).isEqualTo(36.23);
      assertThat(e.get("source_sentence").asText()).startsWith("Russian forces shelled");
      assertThat(e.get("modality").asText()).isEqualTo("asserted");
    }
  }

  @Test
  void parquetReadBackEqualsTheJsonLines() throws Exception {
    try (Store s = store()) {
      EventFilter filter = EventFilter.parse(Map.of("country", "ukr"));
      List<String> fromJson = new ArrayList<>();
      for (JsonNode n : jsonLines(export(s, ExportFormat.JSONL, filter))) {
        fromJson.add(n.get("article_id").asText() + "|" + n.get("id").asText() + "|" + n.get("cameo").asText() + "|"
            + n.get("date").asText() + "|" + n.get("goldstein").asDouble() + "|" + n.get("evidence").get("text")
            .asText());
      }
      Path file = dir.resolve("out.parquet");
      assertThat(new EventExporter(s).writeParquet(filter, file)).isEqualTo(3);
      List<String> fromParquet = new ArrayList<>();
      List<String> columns = new ArrayList<>();
      try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
          ResultSet r = c.createStatement().executeQuery("SELECT * FROM read_parquet('" + file + "')")) {
        for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
          columns.add(r.getMetaData().getColumnName(i));
        }
        while (r.next()) {
          fromParquet.add(r.getString("article_id") + "|" + r.getString("event_id") + "|" + r.getString("cameo") + "|"
              + r.getString("date") + "|" + r.getDouble("goldstein") + "|" + r.getString("evidence"));
        }
      }
      assertThat(columns).isEqualTo(CsvLines.COLUMNS);
      assertThat(fromParquet).hasSize(3).isEqualTo(fromJson);
    }
  }

  @Test
  void filtersApplyToEveryFormat() throws Exception {
    try (Store s = store()) {
      EventFilter assaults = EventFilter.parse(Map.of("cameo", "19", "from", "2022-02-07", "to", "2022-02-07"));
      assertThat(jsonLines(export(s, ExportFormat.JSONL, assaults))).hasSize(2)
          .allSatisfy(n -> assertThat(n.get("cameo").asText()).startsWith("19"));
      assertThat(Rfc4180.parse(export(s, ExportFormat.CSV, assaults))).hasSize(3);
      assertThat(export(s, ExportFormat.GDELT, assaults).split("\n")).hasSize(2);
      assertThat(jsonLines(export(s, ExportFormat.PLOVER, EventFilter.parse(Map.of("actor", "FRA"))))).hasSize(1);
      assertThat(export(s, ExportFormat.JSONL, EventFilter.parse(Map.of("actor", "CHN")))).isEmpty();
      assertThat(Rfc4180.parse(export(s, ExportFormat.CSV, EventFilter.parse(Map.of("actor", "CHN"))))).hasSize(1);
    }
  }
}
