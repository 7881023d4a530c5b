package org.tidings.core.knowledge;

import java.util.ArrayList;
import java.util.List;

/** {@code metonyms.tsv}. */
public final class Metonyms {
  static final List<String> HEADER = List.of("term", "code", "place");

  private final List<Metonym> all;
  private final TsvTable table;

  Metonyms(TsvTable table) {
    this.table = table;
    List<Metonym> list = new ArrayList<>();
    for (TsvTable.Row r : table.rows()) {
      List<String> terms = r.list("term");
      if (terms.isEmpty()) {
        throw r.error("term is empty");
      }
      list.add(new Metonym(terms, r.required("code"), r.get("place")));
    }
    this.all = List.copyOf(list);
  }

  public static Metonyms load() {
    return new Metonyms(TsvTable.load("metonyms.tsv", HEADER));
  }

  public List<Metonym> all() {
    return all;
  }

  TsvTable table() {
    return table;
  }
}
