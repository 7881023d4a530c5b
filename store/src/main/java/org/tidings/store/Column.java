package org.tidings.store;

/**
 * One column of a stored table.
 *
 * @param name the column name
 * @param type its SQL type: BIGINT, INTEGER, VARCHAR, DOUBLE, BOOLEAN, DATE or TIMESTAMP
 * @param nullable whether the column may hold null
 */
public record Column(String name, String type, boolean nullable) {

  /** Parses {@code "name TYPE"} or {@code "name TYPE NOT NULL"}. */
  static Column parse(String spec) {
    String[] w = spec.strip().split("\\s+");
    return new Column(w[0], w[1], !(w.length == 4 && w[2].equals("NOT") && w[3].equals("NULL")));
  }
}
