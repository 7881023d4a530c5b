package org.tidings.core.knowledge;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tidings.core.model.EventType;

/** {@code cameo.tsv}: CAMEO codes with name, Goldstein score, PLOVER type and quad class. */
public final class EventTypes {
  static final List<String> HEADER = List.of("code", "name", "goldstein", "plover");

  private final Map<String, EventType> byCode;
  private final TsvTable table;

  EventTypes(TsvTable table) {
    this.table = table;
    Map<String, EventType> m = new HashMap<>();
    for (TsvTable.Row r : table.rows()) {
      String code = r.required("code");
      if (!code.matches("\\d{2,4}")) {
        throw r.error("code must be 2 to 4 digits: " + code);
      }
      int root = Integer.parseInt(code.substring(0, 2));
      if (root < 1 || root > 20) {
        throw r.error("root must be 01..20: " + code);
      }
      double g = r.decimal("goldstein") == null ? 0 : r.decimal("goldstein");
      if (g < -10 || g > 10) {
        throw r.error("goldstein out of -10..10: " + g);
      }
      m.put(code, new EventType(code, r.required("name"), r.required("plover"), quadClass(root), g));
    }
    this.byCode = Map.copyOf(m);
  }

  /** 1 verbal cooperation (01-05), 2 material cooperation (06-08), 3 verbal conflict (09-13), 4 material conflict. */
  public static int quadClass(int root) {
    if (root <= 5) {
      return 1;
    }
    if (root <= 8) {
      return 2;
    }
    return root <= 13 ? 3 : 4;
  }

  public static EventTypes load() {
    return new EventTypes(TsvTable.load("cameo.tsv", HEADER));
  }

  public EventType get(String code) {
    return byCode.get(code);
  }

  /** Every code in file order (roots before their children), for lists people pick from. */
  public List<EventType> all() {
    return table.rows().stream().map(r -> byCode.get(r.required("code"))).toList();
  }

  public int size() {
    return byCode.size();
  }

  TsvTable table() {
    return table;
  }
}
