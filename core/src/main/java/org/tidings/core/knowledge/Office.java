package org.tidings.core.knowledge;

import java.time.LocalDate;
import java.util.List;

/**
 * One term of a known person in an office.
 *
 * @param end null while still in office
 * @param where the file and line it came from
 */
public record Office(
    String name,
    List<String> aliases,
    String country,
    String sector,
    String office,
    String officeKind,
    boolean executive,
    LocalDate start,
    LocalDate end,
    String where) {

  public boolean heldOn(LocalDate date) {
    return !date.isBefore(start) && (end == null || !date.isAfter(end));
  }

  /** Days between the date and this term; 0 when held on it. */
  public long distance(LocalDate date) {
    if (heldOn(date)) {
      return 0;
    }
    LocalDate edge = date.isBefore(start) ? start : end;
    return Math.abs(edge.toEpochDay() - date.toEpochDay());
  }
}
