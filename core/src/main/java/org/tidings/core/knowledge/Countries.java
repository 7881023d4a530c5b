package org.tidings.core.knowledge;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code countries.tsv}: every state Tidings codes. */
public final class Countries {
  static final List<String> HEADER = List.of("iso3", "iso2", "name", "aliases", "demonyms", "capital",
      "capital_aliases", "capital_lat", "capital_lon", "lat", "lon");

  private final Map<String, Country> byIso3;
  private final TsvTable table;

  Countries(TsvTable table) {
    this.table = table;
    Map<String, Country> m = new LinkedHashMap<>();
    for (TsvTable.Row r : table.rows()) {
      String iso3 = r.required("iso3");
      if (!iso3.matches("[A-Z]{3}")) {
        throw r.error("iso3 must be three capital letters: " + iso3);
      }
      Country c = new Country(iso3, r.get("iso2"), r.required("name"), r.list("aliases"), r.list("demonyms"),
          r.required("capital"), r.list("capital_aliases"), r.decimal("capital_lat"), r.decimal("capital_lon"),
          r.decimal("lat"), r.decimal("lon"));
      if (m.put(iso3, c) != null) {
        throw r.error("duplicate country " + iso3);
      }
    }
    this.byIso3 = Map.copyOf(m);
  }

  public static Countries load() {
    return new Countries(TsvTable.load("countries.tsv", HEADER));
  }

  public Country get(String iso3) {
    return byIso3.get(iso3);
  }

  public boolean contains(String iso3) {
    return byIso3.containsKey(iso3);
  }

  public Collection<Country> all() {
    return byIso3.values();
  }

  TsvTable table() {
    return table;
  }
}
