package org.tidings.cli.badinput;

import static org.tidings.cli.badinput.Expected.duplicate;
import static org.tidings.cli.badinput.Expected.failed;
import static org.tidings.cli.badinput.Expected.none;
import static org.tidings.cli.badinput.Expected.stored;
import static org.tidings.cli.badinput.Expected.warned;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The generated JSON lines: every field of the wrong type, missing and blank ids and texts,
 * malformed lines, duplicate ids and contents, dates in the future, in 1850 and before any news,
 * byte order marks, CR line ends, invalid UTF-8 on one line of several, and lines too long to read.
 */
final class JsonLineCases {
  private final CorpusWriter out;
  private final ObjectMapper mapper = new ObjectMapper();

  JsonLineCases(CorpusWriter out) {
    this.out = out;
  }

  /** One line of a JSONL file: its raw text, the id its row must have (null: the fallback id), its outcome. */
  private record Line(String json, String id, Expected expected) {}

  void writeAll() throws IOException {
    types();
    malformed();
    dates();
    duplicates();
    framing();
    sizes();
  }

  private String text() {
    return quote(Sentences.article(out.next()));
  }

  private String quote(String s) {
    try {
      return mapper.writeValueAsString(s);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private Line article(String id, String rest, Expected expected) {
    return new Line("{\"id\": " + quote(id) + ", \"text\": " + text() + rest + "}", id, expected);
  }

  private void types() throws IOException {
    List<Line> lines = new ArrayList<>();
    // ids of the wrong type: no article can be known by them
    lines.add(new Line("{\"id\": {\"value\": \"x\"}, \"text\": " + text() + "}", null, failed("wrong_type")));
    lines.add(new Line("{\"id\": [\"x\"], \"text\": " + text() + "}", null, failed("wrong_type")));
    lines.add(new Line("{\"id\": true, \"text\": " + text() + "}", null, failed("wrong_type")));
    lines.add(new Line("{\"id\": null, \"text\": " + text() + "}", null, failed("missing_id")));
    lines.add(new Line("{\"id\": \"\", \"text\": " + text() + "}", null, failed("missing_id")));
    lines.add(new Line("{\"id\": \"   \", \"text\": " + text() + "}", null, failed("missing_id")));
    lines.add(new Line("{\"text\": " + text() + "}", null, failed("missing_id")));
    lines.add(new Line("{\"ID\": \"upper\", \"text\": " + text() + "}", null, failed("missing_id")));
    // numbers are ids: taken as their text
    lines.add(new Line("{\"id\": 4711, \"text\": " + text() + "}", "4711", stored()));
    lines.add(new Line("{\"id\": -3, \"text\": " + text() + "}", "-3", stored()));
    lines.add(new Line("{\"id\": 2.5, \"text\": " + text() + "}", "2.5", stored()));
    // ids no export or log line can carry
    lines.add(new Line("{\"id\": " + quote("x".repeat(10_000)) + ", \"text\": " + text() + "}", null,
        failed("bad_id")));
    lines.add(new Line("{\"id\": \"two\\nlines\", \"text\": " + text() + "}", null, failed("bad_id")));
    lines.add(new Line("{\"id\": \"tab\\there\", \"text\": " + text() + "}", null, failed("bad_id")));
    // odd but fine ids
    lines.add(article("t-\u00e9\u00e8-\u5317\u4eac-\uD83D\uDD25", "", stored()));
    lines.add(article("../../etc/passwd", "", stored()));
    lines.add(article("t-'; DROP TABLE articles; --", "", stored()));
    // texts of the wrong type, missing, empty
    lines.add(new Line("{\"id\": \"t-text-number\", \"text\": 42}", "t-text-number", failed("wrong_type")));
    lines.add(new Line("{\"id\": \"t-text-bool\", \"text\": false}", "t-text-bool", failed("wrong_type")));
    lines.add(new Line("{\"id\": \"t-text-object\", \"text\": {\"body\": \"x\"}}", "t-text-object",
        failed("wrong_type")));
    lines.add(new Line("{\"id\": \"t-text-array\", \"text\": [\"a\", \"b\"]}", "t-text-array", failed("wrong_type")));
    lines.add(new Line("{\"id\": \"t-text-null\", \"text\": null}", "t-text-null", failed("missing_text")));
    lines.add(new Line("{\"id\": \"t-text-missing\", \"title\": \"A title\"}", "t-text-missing",
        failed("missing_text")));
    lines.add(new Line("{\"id\": \"t-text-empty\", \"text\": \"\"}", "t-text-empty", failed("empty_text")));
    lines.add(new Line("{\"id\": \"t-text-blank\", \"text\": \" \\n\\t \"}", "t-text-blank", failed("empty_text")));
    lines.add(new Line("{\"id\": \"t-text-nul\", \"text\": \"\\u0000\\u0000\\u0000\"}", "t-text-nul",
        failed("binary_content")));
    lines.add(new Line("{\"id\": \"t-text-lone-surrogate\", \"text\": " + text().replace("The ", "The \\ud800 ")
        + "}", "t-text-lone-surrogate", stored()));
    // the optional fields: null is absent, a number is its text, anything else is wrong
    lines.add(article("t-title-null", ", \"title\": null, \"source\": null, \"url\": null", stored()));
    lines.add(article("t-title-number", ", \"title\": 1984", stored()));
    lines.add(article("t-title-object", ", \"title\": {\"en\": \"x\"}", failed("wrong_type")));
    lines.add(article("t-source-array", ", \"source\": [\"A\", \"B\"]", failed("wrong_type")));
    lines.add(article("t-url-bool", ", \"url\": true", failed("wrong_type")));
    lines.add(article("t-extra-fields", ", \"lang\": \"en\", \"tags\": [1, 2], \"meta\": {\"a\": null}", stored()));
    lines.add(new Line("{\"id\": \"t-nested-deep\", \"text\": " + text() + ", \"meta\": " + "[".repeat(5000)
        + "]".repeat(5000) + "}", null, failed("malformed_json")));
    file("types", lines);
  }

  private void malformed() throws IOException {
    List<Line> lines = new ArrayList<>();
    lines.add(new Line("{\"id\": \"m1\", \"text\": \"The talks in Oslo", null, failed("malformed_json")));
    lines.add(new Line("{\"id\": \"m2\", \"text\": " + text() + ",}", null, failed("malformed_json")));
    lines.add(new Line("{'id': 'm3', 'text': 'The minister spoke.'}", null, failed("malformed_json")));
    lines.add(new Line("{id: \"m4\", text: \"The minister spoke.\"}", null, failed("malformed_json")));
    lines.add(new Line("{\"id\": \"m5\", \"text\": " + text() + ", \"score\": NaN}", null, failed("malformed_json")));
    lines.add(new Line("{\"id\": \"m6\", \"text\": " + text() + "} // a comment", null, failed("malformed_json")));
    lines.add(new Line("{\"id\": \"m7\", \"text\": " + text() + "} {\"id\": \"m7b\", \"text\": " + text() + "}",
        null, failed("malformed_json")));
    lines.add(new Line("{\"id\": \"m8\", \"text\": " + text() + "} trailing words", null, failed("malformed_json")));
    lines.add(new Line("{\"id\": \"m9\", \"id\": \"m9b\", \"text\": " + text() + "}", null, failed("malformed_json")));
    lines.add(new Line("{\"id\": \"m10\", \"text\": \"bad escape \\q here\"}", null, failed("malformed_json")));
    lines.add(new Line("[{\"id\": \"m11\", \"text\": " + text() + "}]", null, failed("malformed_json")));
    lines.add(new Line("\"just a string\"", null, failed("malformed_json")));
    lines.add(new Line("12345", null, failed("malformed_json")));
    lines.add(new Line("null", null, failed("malformed_json")));
    lines.add(new Line("true", null, failed("malformed_json")));
    lines.add(new Line("<html><body>not json</body></html>", null, failed("malformed_json")));
    lines.add(new Line("The minister met the envoy on Monday.", null, failed("malformed_json")));
    lines.add(new Line("}", null, failed("malformed_json")));
    file("malformed", lines);
  }

  private void dates() throws IOException {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    List<Line> lines = new ArrayList<>();
    lines.add(article("d-1850", ", \"date\": \"1850-06-01\"", stored()));
    lines.add(article("d-1605", ", \"date\": \"1605-01-15\"", stored()));
    lines.add(article("d-1970-epoch", ", \"date\": \"1970-01-01\"", stored()));
    lines.add(article("d-with-time", ", \"date\": \"2022-02-08T23:59:59+05:00\"", stored()));
    lines.add(article("d-null", ", \"date\": null", stored()));
    lines.add(article("d-tomorrow", ", \"date\": \"" + today.plusDays(1) + "\"", stored()));
    lines.add(article("d-in-a-week", ", \"date\": \"" + today.plusDays(7) + "\"", failed("bad_date")));
    lines.add(article("d-2150", ", \"date\": \"2150-01-01\"", failed("bad_date")));
    lines.add(article("d-year-9999", ", \"date\": \"9999-12-31\"", failed("bad_date")));
    lines.add(article("d-year-10000", ", \"date\": \"+10000-01-01\"", failed("bad_date")));
    lines.add(article("d-year-1", ", \"date\": \"0001-01-01\"", failed("bad_date")));
    lines.add(article("d-before-common-era", ", \"date\": \"-0044-03-15\"", failed("bad_date")));
    lines.add(article("d-feb-30", ", \"date\": \"2022-02-30\"", failed("bad_date")));
    lines.add(article("d-month-13", ", \"date\": \"2022-13-01\"", failed("bad_date")));
    lines.add(article("d-words", ", \"date\": \"yesterday\"", failed("bad_date")));
    lines.add(article("d-us-order", ", \"date\": \"02/08/2022\"", failed("bad_date")));
    lines.add(article("d-short", ", \"date\": \"2022-2-8\"", failed("bad_date")));
    lines.add(article("d-empty", ", \"date\": \"\"", failed("bad_date")));
    lines.add(article("d-number", ", \"date\": 20220208", failed("wrong_type")));
    lines.add(article("d-epoch-millis", ", \"date\": 1644278400000", failed("wrong_type")));
    lines.add(article("d-object", ", \"date\": {\"year\": 2022}", failed("wrong_type")));
    lines.add(article("d-array", ", \"date\": [2022, 2, 8]", failed("wrong_type")));
    lines.add(article("d-bool", ", \"date\": true", failed("wrong_type")));
    file("dates", lines);
  }

  /** Ids are unique within a file: a second article under an id already used is a failure, not a second article. */
  private void duplicates() throws IOException {
    String a = text();
    List<Line> lines = new ArrayList<>();
    lines.add(new Line("{\"id\": \"dup-1\", \"text\": " + a + "}", "dup-1", stored()));
    // another text under the same id: refused (the row is the line's, not the id's)
    lines.add(new Line("{\"id\": \"dup-1\", \"text\": " + text() + "}", null, failed("duplicate_id")));
    // the same line again: the same article, already stored
    lines.add(new Line("{\"id\": \"dup-1\", \"text\": " + a + "}", null, duplicate()));
    // the same text under another id: the same article
    lines.add(new Line("{\"id\": \"dup-2\", \"text\": " + a + "}", null, duplicate()));
    // the same text re-wrapped: the same article
    lines.add(new Line("{\"id\": \"dup-3\", \"text\": " + a.replace(" ", "\\n  ") + "}", null, duplicate()));
    // a number and a string of the same digits are one id
    lines.add(new Line("{\"id\": 77, \"text\": " + text() + "}", "77", stored()));
    lines.add(new Line("{\"id\": \"77\", \"text\": " + text() + "}", null, failed("duplicate_id")));
    // an id that failed before is still taken
    lines.add(new Line("{\"id\": \"dup-4\", \"text\": 5}", "dup-4", failed("wrong_type")));
    lines.add(new Line("{\"id\": \"dup-4\", \"text\": " + text() + "}", null, failed("duplicate_id")));
    file("duplicates", lines);
    // ids are the file's: another file may use them
    out.shareId("dup-1");
    file("duplicates-other-file", List.of(new Line("{\"id\": \"dup-1\", \"text\": " + text() + "}", "dup-1",
        stored())));
  }

  private void framing() throws IOException {
    // a byte order mark at the start of a line: files joined with cat
    String bomLines = "{\"id\": \"f-bom-1\", \"text\": " + text() + "}\n\uFEFF{\"id\": \"f-bom-2\", \"text\": "
        + text() + "}\n";
    Path bom = out.write("jsonl", "joined-with-boms.jsonl", ("\uFEFF" + bomLines).getBytes(StandardCharsets.UTF_8));
    line(bom, 1, "f-bom-1", stored());
    line(bom, 2, "f-bom-2", stored());
    // old Mac line ends, Windows line ends, blank and white-space lines between articles
    String cr = "{\"id\": \"f-cr-1\", \"text\": " + text() + "}\r{\"id\": \"f-cr-2\", \"text\": " + text() + "}\r";
    Path crFile = out.write("jsonl", "cr-line-ends.jsonl", cr.getBytes(StandardCharsets.UTF_8));
    line(crFile, 1, "f-cr-1", stored());
    line(crFile, 2, "f-cr-2", stored());
    String crlf = "\r\n  \r\n{\"id\": \"f-crlf-1\", \"text\": " + text() + "}\r\n\t\r\n{\"id\": \"f-crlf-2\", \"text\": "
        + text() + "}";
    Path crlfFile = out.write("jsonl", "crlf-and-blank-lines.jsonl", crlf.getBytes(StandardCharsets.UTF_8));
    line(crlfFile, 3, "f-crlf-1", stored());
    line(crlfFile, 5, "f-crlf-2", stored());
    // a text that holds a line separator (legal inside a JSON string)
    Path sep = out.write("jsonl", "line-separator-in-text.jsonl", ("{\"id\": \"f-u2028\", \"text\": "
        + text().replace(". ", ".\u2028\u2029 ") + "}\n").getBytes(StandardCharsets.UTF_8));
    line(sep, 1, "f-u2028", stored());
    // invalid UTF-8 on the middle line only: only that article says so
    byte[] bad = TextCases.concat(("{\"id\": \"f-utf8-1\", \"text\": " + text() + "}\n").getBytes(StandardCharsets.UTF_8),
        ("{\"id\": \"f-utf8-2\", \"text\": \"The caf\u00e9 owners met the mayor on Monday. " + Sentences.article(out.next())
            + "\"}\n").getBytes(StandardCharsets.ISO_8859_1),
        ("{\"id\": \"f-utf8-3\", \"text\": " + text() + "}\n").getBytes(StandardCharsets.UTF_8));
    Path badFile = out.write("jsonl", "invalid-utf8-on-one-line.jsonl", bad);
    line(badFile, 1, "f-utf8-1", stored());
    line(badFile, 2, "f-utf8-2", warned("invalid_utf8"));
    line(badFile, 3, "f-utf8-3", stored());
    // UTF-16 with a byte order mark
    String wide = "{\"id\": \"f-utf16-1\", \"text\": " + text() + "}\n{\"id\": \"f-utf16-2\", \"text\": " + text() + "}\n";
    Path wideFile = out.write("jsonl", "utf16le-bom.jsonl", TextCases.concat(TextCases.bom(StandardCharsets.UTF_16LE),
        wide.getBytes(StandardCharsets.UTF_16LE)));
    line(wideFile, 1, "f-utf16-1", stored());
    line(wideFile, 2, "f-utf16-2", stored());
    // files with no article
    Path empty = out.write("jsonl", "empty.jsonl", new byte[0]);
    out.add(new Case("jsonl/empty.jsonl", "jsonl", empty, null, none()));
    Path blank = out.write("jsonl", "blank-lines-only.jsonl", "\n \n\t\r\n\n".getBytes(StandardCharsets.UTF_8));
    out.add(new Case("jsonl/blank-lines-only.jsonl", "jsonl", blank, null, none()));
    // random bytes with no line break
    byte[] random = new byte[2000];
    new Random(11).nextBytes(random);
    for (int i = 0; i < random.length; i++) {
      if (random[i] == '\n' || random[i] == '\r') {
        random[i] = 'x';
      }
    }
    Path noise = out.write("jsonl", "random-bytes.jsonl", random);
    line(noise, 1, null, failed("malformed_json"));
  }

  private void sizes() throws IOException {
    // a text longer than any JSON reader should hold: refused as too long, not as bad JSON
    String huge = "{\"id\": \"s-huge\", \"text\": " + quote(Sentences.paragraphs(out.next(), 21_000_000)) + "}\n";
    Path f = out.write("jsonl", "huge-text.jsonl", huge.getBytes(StandardCharsets.UTF_8));
    line(f, 1, "s-huge", failed("too_long"));
  }

  /** Writes {@code jsonl/name.jsonl}, one line per case; failures without an id of their own get {@code name:line}. */
  private void file(String name, List<Line> lines) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (Line l : lines) {
      sb.append(l.json()).append('\n');
    }
    Path f = out.write("jsonl", name + ".jsonl", sb.toString().getBytes(StandardCharsets.UTF_8));
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      line(f, i + 1, l.expected().hasRow() && l.id() == null ? name + ":" + (i + 1) : l.id(), l.expected());
    }
  }

  private void line(Path file, int n, String id, Expected expected) {
    String base = file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
    out.add(new Case("jsonl/" + base + ":" + n, "jsonl", file, expected.hasRow() ? (id == null ? base + ":" + n : id)
        : null, expected));
  }
}
