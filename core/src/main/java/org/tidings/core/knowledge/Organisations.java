package org.tidings.core.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** {@code organisations.tsv}. */
public final class Organisations {
  static final List<String> HEADER = List.of("code", "name", "aliases", "descriptions", "kind", "country");
  static final Set<String> KINDS = Set.of("igo", "region", "group", "ngo");

  private final List<Organisation> all;
  private final TsvTable table;

  Organisations(TsvTable table) {
    this.table = table;
    List<Organisation> list = new ArrayList<>();
    for (TsvTable.Row r : table.rows()) {
      String kind = r.required("kind");
      if (!KINDS.contains(kind)) {
        throw r.error("kind must be one of " + KINDS + ": " + kind);
      }
      String country = r.get("country");
      list.add(new Organisation(r.required("code"), r.required("name"), r.list("aliases"), r.list("descriptions"),
          kind, country.isEmpty() ? null : country));
    }
    this.all = List.copyOf(list);
  }

  public static Organisations load() {
    return new Organisations(TsvTable.load("organisations.tsv", HEADER));
  }

  public List<Organisation> all() {
    return all;
  }

  TsvTable table() {
    return table;
  }
}
