package org.tidings.core.knowledge;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/** {@code people.tsv}: known people and their dated offices. */
public final class People {
  static final List<String> HEADER = List.of("name", "aliases", "country", "sector", "office", "office_kind",
      "executive", "start", "end");
  static final Set<String> KINDS = Set.of("head_of_state", "head_of_government", "foreign_minister",
      "defence_minister", "spokesperson", "military_chief", "other");

  private final Map<String, List<Office>> byName;
  private final List<Office> all;
  private final TsvTable table;

  People(TsvTable table) {
    this.table = table;
    Map<String, List<Office>> m = new LinkedHashMap<>();
    List<Office> list = new ArrayList<>();
    for (TsvTable.Row r : table.rows()) {
      String kind = r.required("office_kind");
      if (!KINDS.contains(kind)) {
        throw r.error("office_kind must be one of " + KINDS + ": " + kind);
      }
      String exec = r.get("executive");
      if (!exec.equals("Y") && !exec.equals("N")) {
        throw r.error("executive must be Y or N: " + exec);
      }
      Office o = new Office(r.required("name"), r.list("aliases"), r.required("country"), r.get("sector"),
          r.get("office"), kind, exec.equals("Y"), date(r, "start"), date(r, "end"), r.where());
      if (o.start() == null) {
        throw r.error("start is empty");
      }
      if (o.end() != null && o.end().isBefore(o.start())) {
        throw r.error("end is before start");
      }
      m.computeIfAbsent(o.name(), k -> new ArrayList<>()).add(o);
      list.add(o);
    }
    m.replaceAll((k, v) -> List.copyOf(v));
    this.byName = Map.copyOf(m);
    this.all = List.copyOf(list);
  }

  private static LocalDate date(TsvTable.Row r, String col) {
    String v = r.get(col);
    if (v.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw r.error(col + " is not a date YYYY-MM-DD: " + v);
    }
  }

  public static People load() {
    return new People(TsvTable.load("people.tsv", HEADER));
  }

  public List<Office> offices(String name) {
    return byName.getOrDefault(name, List.of());
  }

  public Collection<String> names() {
    return byName.keySet();
  }

  public List<Office> all() {
    return all;
  }

  /**
   * The office a person holds on a date; when several, the executive one first, then heads of
   * state and government. Empty when none is held on that date.
   */
  public Optional<Office> officeOn(String name, LocalDate date) {
    return offices(name).stream().filter(o -> o.heldOn(date)).min(RANK);
  }

  /** The term nearest the date, for people out of office then. */
  public Optional<Office> nearest(String name, LocalDate date) {
    return offices(name).stream().min(Comparator.comparingLong((Office o) -> o.distance(date)).thenComparing(RANK));
  }

  /** Who held an office matching the test in a country on a date. */
  public Optional<Office> holder(String country, Predicate<Office> test, LocalDate date) {
    return all.stream().filter(o -> o.country().equals(country) && o.heldOn(date) && test.test(o)).min(RANK);
  }

  private static final Comparator<Office> RANK = Comparator.comparingInt((Office o) -> o.executive() ? 0 : 1)
      .thenComparingInt(o -> switch (o.officeKind()) {
        case "head_of_state" -> 0;
        case "head_of_government" -> 1;
        default -> 2;
      });

  TsvTable table() {
    return table;
  }
}
