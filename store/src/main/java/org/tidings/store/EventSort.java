package org.tidings.store;

import java.util.Arrays;
import java.util.Locale;

/** The orders events can be listed in; each is a fixed SQL clause, never text from a request. */
public enum EventSort {
  DATE_DESC("-date", "e.date_from DESC NULLS LAST"),
  DATE_ASC("date", "e.date_from ASC NULLS LAST"),
  GOLDSTEIN_ASC("goldstein", "e.goldstein ASC"),
  GOLDSTEIN_DESC("-goldstein", "e.goldstein DESC"),
  CONFIDENCE_DESC("-confidence", "e.confidence DESC");

  private final String label;
  private final String orderBy;

  EventSort(String label, String orderBy) {
    this.label = label;
    this.orderBy = orderBy;
  }

  public String label() {
    return label;
  }

  /** The ORDER BY clause, with a tie-break that makes paging stable. */
  String orderBy() {
    return orderBy + ", e.article_key, e.event_id";
  }

  /** The sort named {@code label} ({@code -date}, {@code date}, {@code goldstein} ...). */
  public static EventSort parse(String label) {
    String l = label.strip().toLowerCase(Locale.ROOT);
    for (EventSort s : values()) {
      if (s.label.equals(l)) {
        return s;
      }
    }
    throw new IllegalArgumentException("sort must be one of "
        + String.join(", ", Arrays.stream(values()).map(EventSort::label).toList()) + ", not \"" + label + "\"");
  }
}
