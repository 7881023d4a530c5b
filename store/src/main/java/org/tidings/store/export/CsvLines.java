package org.tidings.store.export;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.tidings.store.ExportedEvent;
import org.tidings.store.StoredEvent;

/**
 * Flat event columns with a header, RFC 4180: fields separated by commas, records by CRLF, a
 * field holding a comma, a double quote, CR or LF is quoted and its quotes doubled. Null is an
 * empty field. The columns (and their names) are those of the Parquet export.
 */
final class CsvLines implements EventLines {
  static final List<String> COLUMNS = List.of("article_id", "event_id", "sentence", "date", "date_basis",
      "source_code", "source_name", "source_country", "source_sector", "source_text", "target_code", "target_name",
      "target_country", "target_sector", "target_text", "cameo", "cameo_name", "plover", "quad_class", "goldstein",
      "mode", "reported_by", "place_name", "place_country", "place_lat", "place_lon", "confidence", "publisher", "url",
      "trigger", "evidence");

  @Override
  public void begin(Appendable out) throws IOException {
    record(COLUMNS, out);
  }

  @Override
  public void write(ExportedEvent x, Appendable out) throws IOException {
    StoredEvent e = x.event();
    record(Arrays.asList(e.articleId(), e.eventId(), e.sentence(), e.date(), e.dateBasis(), e.sourceCode(),
        e.sourceName(), e.sourceCountry(), x.sourceSector(), x.sourceText(), e.targetCode(), e.targetName(),
        e.targetCountry(), x.targetSector(), x.targetText(), e.cameo(), e.cameoName(), e.plover(), e.quadClass(),
        e.goldstein(), e.mode(), e.reportedBy(), e.placeName(), e.placeCountry(), e.lat(), e.lon(), e.confidence(),
        e.publisher(), x.url(), e.trigger(), e.evidence()), out);
  }

  private static void record(List<?> fields, Appendable out) throws IOException {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(field(fields.get(i)));
    }
    out.append("\r\n");
  }

  static String field(Object v) {
    if (v == null) {
      return "";
    }
    String s = v.toString();
    boolean quote = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
    return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
  }
}
