package org.tidings.core.model;

import java.util.Locale;

/** Where an event's date came from: a time expression of its own clause, or the publication date. */
public enum DateBasis {
  TEXT,
  PUBLICATION,
  NONE;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
