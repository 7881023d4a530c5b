package org.tidings.store;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.tidings.core.model.Mode;

/**
 * What events to find. Every field is optional (null: any). Actor codes match as prefixes
 * ({@code RUS} matches {@code RUSGOV}, {@code RUSMIL}); {@code dyad} is two codes {@code A:B},
 * events between them either way; {@code cameo} is a code prefix; {@code country} is the country
 * of either actor or of the place; {@code from} and {@code to} are inclusive and compared with
 * the days an event's date covers; {@code text} is words to find, in any case, in the evidence
 * sentence, the trigger or an actor's name or words. Values are checked when the filter is made:
 * a bad one is an {@link IllegalArgumentException} whose message says what is wrong.
 */
public record EventFilter(String actor, String source, String target, String dyad, String cameo, String plover,
    Integer quadClass, String country, String place, LocalDate from, LocalDate to, Mode mode, String text) {

  /** The filter names {@link #parse} accepts. */
  public static final List<String> NAMES = List.of("actor", "source", "target", "dyad", "cameo", "plover",
      "quad_class", "country", "place", "from", "to", "mode", "text");
  public static final EventFilter ALL = new EventFilter(null, null, null, null, null, null, null, null, null, null,
      null, null, null);
  private static final Pattern ACTOR = Pattern.compile("[A-Z0-9]{2,15}");
  private static final Pattern CAMEO = Pattern.compile("\\d{1,4}");
  private static final Pattern PLOVER = Pattern.compile("[A-Z][A-Z_]{1,29}");
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{3}");
  private static final Pattern DAY = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  public EventFilter {
    check("actor", actor, ACTOR, "an actor code such as RUS or USAGOV");
    check("source", source, ACTOR, "an actor code such as RUS or USAGOV");
    check("target", target, ACTOR, "an actor code such as RUS or USAGOV");
    if (dyad != null) {
      String[] two = dyad.split(":", -1);
      if (two.length != 2 || !ACTOR.matcher(two[0]).matches() || !ACTOR.matcher(two[1]).matches()) {
        throw bad("dyad", dyad, "two actor codes A:B such as RUS:UKR");
      }
    }
    check("cameo", cameo, CAMEO, "a CAMEO code or its first digits, such as 19 or 190");
    check("plover", plover, PLOVER, "a PLOVER type such as ASSAULT");
    if (quadClass != null && (quadClass < 1 || quadClass > 4)) {
      throw bad("quad_class", String.valueOf(quadClass), "1, 2, 3 or 4");
    }
    check("country", country, COUNTRY, "an ISO 3166 alpha-3 code such as UKR");
    if (place != null && (place.isBlank() || place.length() > 100 || place.chars().anyMatch(Character::isISOControl))) {
      throw bad("place", place, "a place name of 1 to 100 characters");
    }
    if (text != null && (text.isBlank() || text.length() > 100 || text.chars().anyMatch(Character::isISOControl))) {
      throw bad("text", text, "words of 1 to 100 characters");
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("from (" + from + ") is after to (" + to + ")");
    }
  }

  /** A filter without words to find ({@code text} null). */
  public EventFilter(String actor, String source, String target, String dyad, String cameo, String plover,
      Integer quadClass, String country, String place, LocalDate from, LocalDate to, Mode mode) {
    this(actor, source, target, dyad, cameo, plover, quadClass, country, place, from, to, mode, null);
  }

  /**
   * A filter from text parameters (as an HTTP query gives them): names from {@link #NAMES}; codes
   * may be in lower case; dates {@code YYYY-MM-DD}. An unknown name or a bad value is refused.
   */
  public static EventFilter parse(Map<String, String> params) {
    for (String name : params.keySet()) {
      if (!NAMES.contains(name)) {
        throw new IllegalArgumentException("unknown filter \"" + name + "\"; filters are " + String.join(", ", NAMES));
      }
    }
    return new EventFilter(upper(params.get("actor")), upper(params.get("source")), upper(params.get("target")),
        upper(params.get("dyad")), params.get("cameo"), upper(params.get("plover")),
        quad(params.get("quad_class")), upper(params.get("country")), params.get("place"),
        date("from", params.get("from")), date("to", params.get("to")), mode(params.get("mode")),
        params.get("text") == null ? null : params.get("text").strip());
  }

  private static void check(String name, String value, Pattern p, String expected) {
    if (value != null && !p.matcher(value).matches()) {
      throw bad(name, value, expected);
    }
  }

  private static IllegalArgumentException bad(String name, String value, String expected) {
    String shown = value.length() > 40 ? value.substring(0, 40) + "..." : value;
    return new IllegalArgumentException(name + " must be " + expected + ", not \"" + shown + "\"");
  }

  private static String upper(String v) {
    return v == null ? null : v.strip().toUpperCase(Locale.ROOT);
  }

  private static Integer quad(String v) {
    if (v == null) {
      return null;
    }
    try {
      return Integer.parseInt(v.strip());
    } catch (NumberFormatException e) {
      throw bad("quad_class", v, "1, 2, 3 or 4");
    }
  }

  /**
   * A {@code YYYY-MM-DD} filter value, or null when absent; any other value is refused with its
   * name. Four digits of year only: {@link LocalDate#parse} alone also takes "+999999999-12-31",
   * which the store's DATE cannot hold.
   */
  static LocalDate date(String name, String v) {
    if (v == null) {
      return null;
    }
    String d = v.strip();
    if (DAY.matcher(d).matches()) {
      try {
        return LocalDate.parse(d);
      } catch (DateTimeParseException e) {
        // refused below
      }
    }
    throw bad(name, v, "a date YYYY-MM-DD");
  }

  private static Mode mode(String v) {
    if (v == null) {
      return null;
    }
    for (Mode m : Mode.values()) {
      if (m.label().equals(v.strip().toLowerCase(Locale.ROOT))) {
        return m;
      }
    }
    throw bad("mode", v, "one of " + String.join(", ", Arrays.stream(Mode.values()).map(Mode::label).toList()));
  }
}
