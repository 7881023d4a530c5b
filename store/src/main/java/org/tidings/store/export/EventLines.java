package org.tidings.store.export;

import java.io.IOException;
import org.tidings.store.ExportedEvent;

/** Writes events one after another in one text format: an optional header, then one record per event. */
interface EventLines {
  /** Called once before the first event. */
  default void begin(Appendable out) throws IOException {}

  void write(ExportedEvent e, Appendable out) throws IOException;
}
