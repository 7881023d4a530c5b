package org.tidings.core.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.tidings.core.model.Article;

/**
 * Reads one input article from a JSON line (FORMAT.md section 1), or says clearly what is wrong
 * with it: a line holds one JSON object and nothing after it; {@code id} is a string (or a
 * number), {@code text} a string, {@code date} a day {@code YYYY-MM-DD}, and {@code title},
 * {@code url} and {@code source}, when given, strings (or numbers).
 */
public final class ArticleReader {
  private static final List<String> OPTIONAL_TEXT = List.of("title", "url", "source");
  private static final Pattern DAY = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  private final ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /** The outcome of reading a line: an article, or an error with the id when one could be read. */
  public record Result(Article article, String id, String code, String message) {
    public boolean ok() {
      return article != null;
    }
  }

  public Result read(String line, String fallbackId) {
    JsonNode n;
    try {
      n = mapper.readTree(line);
    } catch (JsonProcessingException e) {
      return new Result(null, fallbackId, "malformed_json", "not valid JSON: " + e.getOriginalMessage());
    }
    if (n == null || !n.isObject()) {
      return new Result(null, fallbackId, "malformed_json", "a line must hold one JSON object");
    }
    JsonNode idNode = n.get("id");
    String id = idNode != null && (idNode.isTextual() || idNode.isNumber()) ? idNode.asText() : null;
    if (id == null || id.isBlank()) {
      return new Result(null, fallbackId, "missing_id", "the article has no \"id\" (a string)");
    }
    JsonNode textNode = n.get("text");
    if (textNode == null || !textNode.isTextual()) {
      return new Result(null, id, "missing_text", "the article has no \"text\" (a string)");
    }
    for (String field : OPTIONAL_TEXT) {
      JsonNode v = n.get(field);
      if (v != null && !v.isNull() && !v.isTextual() && !v.isNumber()) {
        return new Result(null, id, "malformed_json", "\"" + field + "\" must be a string, not "
            + (v.isBoolean() ? "true or false" : "an " + v.getNodeType().name().toLowerCase(Locale.ROOT)));
      }
    }
    LocalDate date = null;
    JsonNode dateNode = n.get("date");
    if (dateNode != null && !dateNode.isNull()) {
      try {
        date = parseDate(dateNode.asText());
      } catch (IllegalArgumentException e) {
        return new Result(null, id, "bad_date", e.getMessage());
      }
    }
    return new Result(new Article(id, date, text(n, "title"), text(n, "url"), text(n, "source"), textNode.asText()),
        id, null, null);
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  /**
   * A publication date, {@code YYYY-MM-DD} (a time after it, "2022-02-08T10:00Z", is ignored); a
   * year of four digits only ({@link LocalDate#parse} alone also takes "+999999999-12-31").
   */
  public static LocalDate parseDate(String s) {
    String v = s.strip();
    if (v.length() > 10 && v.charAt(10) == 'T') {
      v = v.substring(0, 10);
    }
    if (DAY.matcher(v).matches()) {
      try {
        return LocalDate.parse(v);
      } catch (DateTimeParseException e) {
        // refused below
      }
    }
    throw new IllegalArgumentException("date must be YYYY-MM-DD, got \"" + s + "\"");
  }
}
