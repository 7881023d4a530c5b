package org.tidings.core.model;

import java.util.Locale;

/** Whether the text says an event happened. Only {@link #ASSERTED} events are reported as fact. */
public enum Mode {
  ASSERTED,
  NEGATED,
  HYPOTHETICAL,
  PLANNED,
  REPORTED,
  DENIED,
  HISTORICAL;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
