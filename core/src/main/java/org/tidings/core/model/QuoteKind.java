package org.tidings.core.model;

import java.util.Locale;

/** Direct quotation, partial (a few words quoted inside narration), or indirect speech. */
public enum QuoteKind {
  DIRECT,
  PARTIAL,
  INDIRECT;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
