package org.tidings.core.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Version 1 of the gazetteer: every country and capital from {@code countries.tsv} and the
 * cities, regions and landmarks of {@code places.tsv}.
 */
public final class Gazetteer {
  static final List<String> HEADER = List.of("name", "aliases", "country", "kind", "lat", "lon", "population");
  static final Set<String> KINDS = Set.of("city", "region", "territory", "landmark", "water");

  private final List<GazetteerEntry> all;
  private final Map<String, GazetteerEntry> byName;
  private final Map<String, GazetteerEntry> byLowerName;
  private final TsvTable table;

  Gazetteer(TsvTable table, Countries countries) {
    this.table = table;
    List<GazetteerEntry> list = new ArrayList<>();
    for (Country c : countries.all()) {
      list.add(new GazetteerEntry(c.name(), c.aliases(), c.iso3(), "country", c.lat(), c.lon(), 0, null));
      list.add(new GazetteerEntry(c.capital(), c.capitalAliases(), c.iso3(), "capital", c.capitalLat(),
          c.capitalLon(), 0, null));
    }
    for (TsvTable.Row r : table.rows()) {
      String kind = r.required("kind");
      if (!KINDS.contains(kind)) {
        throw r.error("kind must be one of " + KINDS + ": " + kind);
      }
      String country = r.required("country");
      if (!countries.contains(country)) {
        throw r.error("unknown country " + country);
      }
      list.add(new GazetteerEntry(r.required("name"), r.list("aliases"), country, kind, r.decimal("lat"),
          r.decimal("lon"), r.integer("population", 0), null));
    }
    Map<String, GazetteerEntry> names = new HashMap<>();
    for (GazetteerEntry e : list) {
      names.putIfAbsent(e.name(), e);
    }
    Map<String, GazetteerEntry> lower = new HashMap<>();
    for (GazetteerEntry e : list) {
      if (e.kind().equals("country")) {
        continue;
      }
      lower.putIfAbsent(e.name().toLowerCase(Locale.ROOT), e);
      for (String a : e.aliases()) {
        lower.putIfAbsent(a.toLowerCase(Locale.ROOT), e);
      }
    }
    // a dateline may name a city-state by its country's name ("LUXEMBOURG", "SINGAPORE")
    for (Country c : countries.all()) {
      GazetteerEntry capital = lower.get(c.capital().toLowerCase(Locale.ROOT));
      if (capital != null) {
        lower.putIfAbsent(c.name().toLowerCase(Locale.ROOT), capital);
      }
    }
    this.all = List.copyOf(list);
    this.byName = Map.copyOf(names);
    this.byLowerName = Map.copyOf(lower);
  }

  public static Gazetteer load(Countries countries) {
    return new Gazetteer(TsvTable.load("places.tsv", HEADER), countries);
  }

  public List<GazetteerEntry> all() {
    return all;
  }

  /** The entry with this canonical name (capitals before other places of the same name), or null. */
  public GazetteerEntry named(String name) {
    return byName.get(name);
  }

  /** A city or region by any of its names in any case ("PORT-AU-PRINCE"), capitals first; null if unknown. */
  public GazetteerEntry lookupIgnoringCase(String name) {
    return byLowerName.get(name.toLowerCase(Locale.ROOT));
  }

  TsvTable table() {
    return table;
  }
}
