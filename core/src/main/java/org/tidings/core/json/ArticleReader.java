package org.tidings.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.tidings.core.model.Article;

/**
 * Reads one input article from a JSON line (FORMAT.md section 1), or says clearly what is wrong
 * with it. The rules, each failure with its code:
 *
 * <ul>
 *   <li>A line holds exactly one JSON object, with no key twice and nothing after it; anything
 *       else is {@code malformed_json} (so two objects on one line lose neither in silence).
 *   <li>{@code id}: a string, or a number taken as its text. Missing, null or blank:
 *       {@code missing_id}; any other type: {@code wrong_type}; longer than {@value #MAX_ID}
 *       characters or holding a control character (no one-line export or log could carry it):
 *       {@code bad_id}. These three keep the caller's fallback id (the file and line), since the
 *       line's own id cannot name it.
 *   <li>{@code text}: a string (of any length: the coder refuses one far too long as
 *       {@code too_long}, and an empty one as {@code empty_text}). Missing or null:
 *       {@code missing_text}; another type: {@code wrong_type}.
 *   <li>{@code date}: a {@code YYYY-MM-DD} string (a time after it is ignored), null or absent.
 *       Another type: {@code wrong_type}; not such a date, before {@value #FIRST_YEAR} (a
 *       placeholder such as 0001-01-01, not a day news was printed) or more than a day after today
 *       in UTC (a day's grace for time zones): {@code bad_date}. 1850 is a date of news.
 *   <li>{@code title}, {@code url}, {@code source}: a string, null or absent; a number is taken as
 *       its text; another type: {@code wrong_type}.
 *   <li>Other fields are ignored.
 * </ul>
 *
 * Whether an id is used twice is a question about a whole file, not a line: see the readers of
 * JSONL files. Instances are not shared between threads.
 */
public final class ArticleReader {
  /** The longest id accepted. */
  public static final int MAX_ID = 300;
  /** No publication date before this year is accepted. */
  public static final int FIRST_YEAR = 1600;
  private static final Pattern DAY = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  private final ObjectMapper mapper = new ObjectMapper(JsonFactory.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
      .build()).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private final Clock clock;

  /** A reader that takes today from the system clock (UTC). */
  public ArticleReader() {
    this(Clock.systemUTC());
  }

  /** A reader that takes today from {@code clock}, to tell dates in the future. */
  public ArticleReader(Clock clock) {
    this.clock = clock;
  }

  /** The outcome of reading a line: an article, or an error with the id when one could be read. */
  public record Result(Article article, String id, String code, String message) {
    public boolean ok() {
      return article != null;
    }

    static Result failed(String id, String code, String message) {
      return new Result(null, id, code, message);
    }
  }

  public Result read(String line, String fallbackId) {
    JsonNode n;
    try {
      n = mapper.readTree(line);
    } catch (JsonProcessingException e) {
      return Result.failed(fallbackId, "malformed_json", "not valid JSON: " + e.getOriginalMessage());
    }
    if (n == null || !n.isObject()) {
      return Result.failed(fallbackId, "malformed_json", "a line must hold one JSON object");
    }
    JsonNode idNode = n.get("id");
    if (idNode == null || idNode.isNull() || (idNode.isTextual() && idNode.asText().isBlank())) {
      return Result.failed(fallbackId, "missing_id", "the article has no \"id\"");
    }
    if (!idNode.isTextual() && !idNode.isNumber()) {
      return Result.failed(fallbackId, "wrong_type", "\"id\" must be a string or a number, not " + kind(idNode));
    }
    String id = idNode.asText();
    if (id.length() > MAX_ID) {
      return Result.failed(fallbackId, "bad_id", String.format(Locale.ROOT,
          "the id has %,d characters; at most %d are allowed", id.length(), MAX_ID));
    }
    if (id.chars().anyMatch(Character::isISOControl)) {
      return Result.failed(fallbackId, "bad_id", "the id holds a control character (a line break, a tab)");
    }
    JsonNode textNode = n.get("text");
    if (textNode == null || textNode.isNull()) {
      return Result.failed(id, "missing_text", "the article has no \"text\"");
    }
    if (!textNode.isTextual()) {
      return Result.failed(id, "wrong_type", "\"text\" must be a string, not " + kind(textNode));
    }
    LocalDate date = null;
    JsonNode dateNode = n.get("date");
    if (dateNode != null && !dateNode.isNull()) {
      if (!dateNode.isTextual()) {
        return Result.failed(id, "wrong_type", "\"date\" must be a string YYYY-MM-DD, not " + kind(dateNode));
      }
      try {
        date = date(dateNode.asText());
      } catch (IllegalArgumentException e) {
        return Result.failed(id, "bad_date", e.getMessage());
      }
    }
    String[] optional = new String[3];
    String[] names = {"title", "url", "source"};
    for (int i = 0; i < names.length; i++) {
      JsonNode v = n.get(names[i]);
      if (v != null && !v.isNull() && !v.isTextual() && !v.isNumber()) {
        return Result.failed(id, "wrong_type", "\"" + names[i] + "\" must be a string, not " + kind(v));
      }
      optional[i] = v == null || v.isNull() ? null : v.asText();
    }
    return new Result(new Article(id, date, optional[0], optional[1], optional[2], textNode.asText()), id, null,
        null);
  }

  /**
   * A publication date: {@code YYYY-MM-DD} (see {@link #parseDate}), from {@value #FIRST_YEAR} to
   * a day after today (UTC), else an {@link IllegalArgumentException} saying why.
   */
  public LocalDate date(String s) {
    LocalDate d = parseDate(s);
    if (d.getYear() < FIRST_YEAR) {
      throw new IllegalArgumentException("the date " + d + " is before " + FIRST_YEAR
          + ": a placeholder, not a day of news");
    }
    LocalDate today = LocalDate.now(clock);
    if (d.isAfter(today.plusDays(1))) {
      throw new IllegalArgumentException("the date " + d + " is in the future (today is " + today + ")");
    }
    return d;
  }

  /**
   * A publication date, {@code YYYY-MM-DD} (a time after it, "2022-02-08T10:00Z", is ignored); a
   * year of four digits only ({@link LocalDate#parse} alone also takes "+999999999-12-31"); no
   * range check.
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

  private static String kind(JsonNode n) {
    return switch (n.getNodeType()) {
      case OBJECT -> "an object";
      case ARRAY -> "an array";
      case BOOLEAN -> "a boolean";
      case NUMBER -> "a number";
      default -> n.getNodeType().name().toLowerCase(Locale.ROOT);
    };
  }
}
