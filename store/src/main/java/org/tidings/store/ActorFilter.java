package org.tidings.store;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What actors to list: {@code country} an ISO alpha-3 code (exact), {@code sector} a sector code
 * prefix ({@code GOV}, {@code MIL}), {@code code} an actor code prefix ({@code RUS}). Null: any.
 */
public record ActorFilter(String country, String sector, String code) {
  /** The filter names {@link #parse} accepts. */
  public static final List<String> NAMES = List.of("country", "sector", "code");
  public static final ActorFilter ALL = new ActorFilter(null, null, null);
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{3}");
  private static final Pattern SECTOR = Pattern.compile("[A-Z]{1,3}");
  private static final Pattern CODE = Pattern.compile("[A-Z0-9]{1,15}");

  public ActorFilter {
    check("country", country, COUNTRY, "an ISO 3166 alpha-3 code such as UKR");
    check("sector", sector, SECTOR, "a sector code or its first letters, such as GOV or MIL");
    check("code", code, CODE, "an actor code or its first letters, such as RUS or USAGOV");
  }

  /** A filter from text parameters (codes may be in lower case); an unknown name or a bad value is refused. */
  public static ActorFilter parse(Map<String, String> params) {
    for (String name : params.keySet()) {
      if (!NAMES.contains(name)) {
        throw new IllegalArgumentException("unknown filter \"" + name + "\"; filters are " + String.join(", ", NAMES));
      }
    }
    return new ActorFilter(upper(params.get("country")), upper(params.get("sector")), upper(params.get("code")));
  }

  private static String upper(String v) {
    return v == null ? null : v.strip().toUpperCase(Locale.ROOT);
  }

  private static void check(String name, String value, Pattern p, String expected) {
    if (value != null && !p.matcher(value).matches()) {
      String shown = value.length() > 40 ? value.substring(0, 40) + "..." : value;
      throw new IllegalArgumentException(name + " must be " + expected + ", not \"" + shown + "\"");
    }
  }
}
