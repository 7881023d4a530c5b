package org.tidings.core.knowledge;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Every populated place of the world with at least 15,000 inhabitants, plus capitals and
 * administrative seats ({@code gazetteer.tsv}, derived from GeoNames by
 * {@code tools/build-gazetteer.py}). Looked up by any of its names, without regard to case or
 * accents; {@link #best} picks among places of the same name by the article's countries, then
 * capital status, then population.
 */
public final class WorldGazetteer {
  static final List<String> HEADER = List.of("name", "aliases", "country", "admin1", "kind", "lat", "lon",
      "population");

  private final Map<String, List<GazetteerEntry>> byName;
  private final int size;
  private final TsvTable table;
  private final Countries countries;

  WorldGazetteer(TsvTable table, Countries countries) {
    this.table = table;
    this.countries = countries;
    Map<String, List<GazetteerEntry>> names = new HashMap<>(table.rows().size() * 3);
    int n = 0;
    for (TsvTable.Row r : table.rows()) {
      String country = r.required("country");
      if (!countries.contains(country)) {
        throw r.error("unknown country " + country);
      }
      String kind = r.required("kind");
      GazetteerEntry e = new GazetteerEntry(r.required("name"), r.list("aliases"), country, kind, r.decimal("lat"),
          r.decimal("lon"), r.integer("population", 0),
          r.get("admin1").isEmpty() ? null : r.get("admin1"));
      n++;
      add(names, e.name(), e);
      for (String a : e.aliases()) {
        add(names, a, e);
      }
    }
    names.replaceAll((k, v) -> List.copyOf(v));
    this.byName = names;
    this.size = n;
  }

  private static void add(Map<String, List<GazetteerEntry>> names, String name, GazetteerEntry e) {
    List<GazetteerEntry> list = names.computeIfAbsent(key(name), k -> new ArrayList<>(1));
    if (!list.contains(e)) {
      list.add(e);
    }
  }

  /** Lower case, accents and typographic apostrophes folded: "Kyïv" and "kyiv" are one key. */
  static String key(String name) {
    boolean ascii = true;
    for (int i = 0; i < name.length() && ascii; i++) {
      ascii = name.charAt(i) < 128;
    }
    String plain = ascii ? name : Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return plain.replace('\u2019', '\'').toLowerCase(Locale.ROOT).strip();
  }

  public static WorldGazetteer load(Countries countries) {
    return new WorldGazetteer(TsvTable.load("gazetteer.tsv", HEADER), countries);
  }

  /** Every place with this name or alias. */
  public List<GazetteerEntry> lookup(String name) {
    return byName.getOrDefault(key(name), List.of());
  }

  /**
   * The place of this name that a qualifier after it points to: a first-level region ("Victoria,
   * British Columbia", "Alexandria, Virginia") or a country ("Valencia, Venezuela"). Null when
   * the qualifier names neither for any place of that name.
   */
  public GazetteerEntry qualified(String name, String qualifier) {
    String q = key(qualifier);
    List<GazetteerEntry> all = lookup(name);
    for (GazetteerEntry e : all) {
      if (e.region() != null && key(e.region()).equals(q)) {
        return e;
      }
    }
    for (GazetteerEntry e : all) {
      Country c = countries.get(e.country());
      if (key(c.name()).equals(q) || c.aliases().stream().anyMatch(a -> key(a).equals(q))) {
        return e;
      }
    }
    return null;
  }

  /**
   * The place most likely meant by a name: one in a country the article is about, else a
   * capital, else an administrative seat, else the most populous.
   */
  public GazetteerEntry best(String name, Set<String> articleCountries) {
    return best(name, Set.of(), articleCountries);
  }

  /**
   * As {@link #best(String, Set)}, with the countries of the sentence itself weighing more than
   * those of the article ("clashes in Tripoli" beside "the Lebanese army").
   */
  public GazetteerEntry best(String name, Set<String> sentenceCountries, Set<String> articleCountries) {
    List<GazetteerEntry> all = lookup(name);
    if (all.isEmpty()) {
      return null;
    }
    return all.stream().max(Comparator.comparingDouble(e -> score(e, articleCountries)
        + (sentenceCountries.contains(e.country()) ? 4 : 0))).orElseThrow();
  }

  /**
   * A place's claim to a shared name: the article's countries and capital status weigh three
   * orders of magnitude of population each, an administrative seat one (so Paris is in France
   * even in an article about Texas, but Tripoli is in Lebanon in an article about Lebanon).
   */
  static double score(GazetteerEntry e, Set<String> articleCountries) {
    return (articleCountries.contains(e.country()) ? 3 : 0) + (e.kind().equals("capital") ? 3 : 0)
        + (e.kind().equals("admin_seat") ? 1 : 0) + Math.log10(e.population() + 1.0);
  }

  public int size() {
    return size;
  }

  TsvTable table() {
    return table;
  }
}
