package org.tidings.store.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tidings.store.ExportedEvent;
import org.tidings.store.StoredEvent;

/**
 * The GDELT 2.0 Events table: 61 tab-separated columns per event in the codebook's order
 * ({@link #COLUMNS}), no header, as GDELT's own files. How Tidings fills them:
 * <ul>
 * <li>GLOBALEVENTID: the event's row number in the store + 1 (stable for a store, unique within it);
 * <li>SQLDATE, MonthYear, Year, FractionDate: the first day of the event's date, else the
 *     publication date; FractionDate is year + (month × 30 + day) / 365, as GDELT computes it;
 * <li>Actor*Code, CountryCode, Type1Code: the CAMEO-style code, its ISO3 country (CAMEO country
 *     codes, as GDELT) and sector; KnownGroupCode: the code of an organisation without a country;
 *     Actor*Name: the canonical name, else the mention's words, upper case; ethnic, religion and
 *     further type codes are not coded (empty);
 * <li>IsRootEvent: 1 for an event of the article's first sentence; EventCode, EventBaseCode
 *     (3 digits), EventRootCode (2), QuadClass, GoldsteinScale as coded;
 * <li>NumMentions, NumSources, NumArticles: of the event's story when stories were built, else 1;
 *     AvgTone: empty (Tidings measures no tone);
 * <li>Actor1Geo, Actor2Geo: type 0 and empty (Tidings places events, not actors); ActionGeo: the
 *     event's place: type 1 (country) when it names the country itself, else 4 (world city); the
 *     country code in FIPS 10-4 ({@link FipsCodes}), ADM1 the FIPS country code (Tidings knows no
 *     first-order divisions), FeatureID the FIPS code for a country, else empty;
 * <li>DATEADDED: when the article was coded, YYYYMMDDHHMMSS (UTC); SOURCEURL: the article's URL,
 *     else its publisher, else its id.
 * </ul>
 */
final class GdeltLines implements EventLines {
  static final List<String> COLUMNS = columns();
  private final FipsCodes fips;

  GdeltLines(FipsCodes fips) {
    this.fips = fips;
  }

  private static List<String> columns() {
    List<String> c = new ArrayList<>(List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"));
    for (String a : List.of("Actor1", "Actor2")) {
      for (String f : List.of("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
          "Religion2Code", "Type1Code", "Type2Code", "Type3Code")) {
        c.add(a + f);
      }
    }
    c.addAll(List.of("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
        "NumMentions", "NumSources", "NumArticles", "AvgTone"));
    for (String g : List.of("Actor1Geo_", "Actor2Geo_", "ActionGeo_")) {
      for (String f : List.of("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")) {
        c.add(g + f);
      }
    }
    c.addAll(List.of("DATEADDED", "SOURCEURL"));
    return List.copyOf(c);
  }

  @Override
  public void write(ExportedEvent x, Appendable out) throws IOException {
    List<String> fields = fields(x);
    for (int i = 0; i < fields.size(); i++) {
      out.append(i == 0 ? "" : "\t").append(clean(fields.get(i)));
    }
    out.append('\n');
  }

  List<String> fields(ExportedEvent x) {
    StoredEvent e = x.event();
    String day = x.day() != null ? x.day() : x.published() != null ? x.published() : "";
    List<String> f = new ArrayList<>(COLUMNS.size());
    f.add(Long.toString(x.row() + 1));
    f.addAll(dates(day));
    f.addAll(actor(e.sourceCode(), e.sourceName(), x.sourceText(), e.sourceCountry(), x.sourceSector()));
    f.addAll(actor(e.targetCode(), e.targetName(), x.targetText(), e.targetCountry(), x.targetSector()));
    String cameo = e.cameo();
    f.addAll(List.of(e.sentence() == 0 ? "1" : "0", cameo, cameo.substring(0, Math.min(3, cameo.length())),
        cameo.substring(0, 2), Integer.toString(e.quadClass()), Double.toString(e.goldstein()),
        Integer.toString(x.mentions()), Integer.toString(x.sources()), Integer.toString(x.articles()), ""));
    f.addAll(List.of("0", "", "", "", "", "", "", ""));
    f.addAll(List.of("0", "", "", "", "", "", "", ""));
    f.addAll(place(e));
    f.add(x.codedAt() == null ? "" : x.codedAt().replaceAll("[^0-9]", "").substring(0, 14));
    f.add(x.url() != null ? x.url() : e.publisher() != null ? e.publisher() : e.articleId());
    return f;
  }

  private static List<String> dates(String day) {
    if (day.length() != 10) {
      return List.of("", "", "", "");
    }
    int year = Integer.parseInt(day.substring(0, 4));
    int month = Integer.parseInt(day.substring(5, 7));
    int dom = Integer.parseInt(day.substring(8, 10));
    String fraction = String.format(Locale.ROOT, "%.4f", year + (month * 30 + dom) / 365.0);
    return List.of(day.replace("-", ""), day.substring(0, 7).replace("-", ""), day.substring(0, 4), fraction);
  }

  private static List<String> actor(String code, String name, String words, String country, String sector) {
    if (code == null) {
      return List.of("", "", "", "", "", "", "", "", "", "");
    }
    String shown = (name != null ? name : words == null ? "" : words).toUpperCase(Locale.ROOT);
    return List.of(code, shown, orEmpty(country), country == null ? code : "", "", "", "", orEmpty(sector), "", "");
  }

  private List<String> place(StoredEvent e) {
    FipsCodes.Country c = fips.of(e.placeCountry());
    if (e.placeName() == null || c == null) {
      return List.of("0", "", "", "", "", "", "", "");
    }
    boolean country = e.placeName().equalsIgnoreCase(c.name());
    String full = country ? c.name() : e.placeName() + ", " + c.name();
    return List.of(country ? "1" : "4", full, c.fips(), c.fips(), "", e.lat() == null ? "" : e.lat().toString(),
        e.lon() == null ? "" : e.lon().toString(), country ? c.fips() : "");
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  /** Tabs and line breaks would break the table: each becomes a space. */
  private static String clean(String s) {
    return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }
}
