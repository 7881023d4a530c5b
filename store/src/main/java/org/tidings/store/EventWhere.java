package org.tidings.store;

import java.util.ArrayList;
import java.util.List;

/**
 * The WHERE clause of an event filter: fixed SQL with {@code ?} marks, and the values that go
 * in them, in order. No value of the filter is ever written into the SQL text.
 */
record EventWhere(String sql, List<Object> params) {

  static EventWhere of(EventFilter f) {
    List<String> parts = new ArrayList<>();
    List<Object> params = new ArrayList<>();
    if (f.actor() != null) {
      parts.add("(starts_with(e.source_code, ?) OR starts_with(e.target_code, ?))");
      params.add(f.actor());
      params.add(f.actor());
    }
    if (f.source() != null) {
      parts.add("starts_with(e.source_code, ?)");
      params.add(f.source());
    }
    if (f.target() != null) {
      parts.add("starts_with(e.target_code, ?)");
      params.add(f.target());
    }
    if (f.dyad() != null) {
      String[] two = f.dyad().split(":");
      parts.add("((starts_with(e.source_code, ?) AND starts_with(e.target_code, ?))"
          + " OR (starts_with(e.source_code, ?) AND starts_with(e.target_code, ?)))");
      params.addAll(List.of(two[0], two[1], two[1], two[0]));
    }
    if (f.cameo() != null) {
      parts.add("starts_with(e.cameo, ?)");
      params.add(f.cameo());
    }
    if (f.plover() != null) {
      parts.add("e.plover = ?");
      params.add(f.plover());
    }
    if (f.quadClass() != null) {
      parts.add("e.quad_class = ?");
      params.add(f.quadClass());
    }
    if (f.country() != null) {
      parts.add("(e.source_country = ? OR e.target_country = ? OR e.place_country = ?)");
      params.addAll(List.of(f.country(), f.country(), f.country()));
    }
    if (f.place() != null) {
      parts.add("lower(e.place_name) = lower(?)");
      params.add(f.place());
    }
    if (f.from() != null) {
      parts.add("e.date_to >= CAST(? AS DATE)");
      params.add(f.from().toString());
    }
    if (f.to() != null) {
      parts.add("e.date_from <= CAST(? AS DATE)");
      params.add(f.to().toString());
    }
    if (f.mode() != null) {
      parts.add("e.mode = ?");
      params.add(f.mode().label());
    }
    if (f.text() != null) {
      parts.add("contains(lower(concat_ws(' ', e.evidence_text, e.trigger_text, e.source_name, e.source_text, "
          + "e.target_name, e.target_text)), lower(?))");
      params.add(f.text());
    }
    return new EventWhere(parts.isEmpty() ? "TRUE" : String.join(" AND ", parts), List.copyOf(params));
  }
}
