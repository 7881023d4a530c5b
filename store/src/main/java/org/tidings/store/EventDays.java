package org.tidings.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The timeline's summary (schema version 3): events dated to one day, counted per day, CAMEO root,
 * quad class and mode, with their Goldstein sum. Rebuilt as a whole; {@link #current()} tells
 * whether it was made from the events stored now, and the timeline reads it only then.
 */
public final class EventDays {
  private final Connection connection;

  EventDays(Connection connection) {
    this.connection = connection;
  }

  /** The summary of {@code store}, on the store's own connection (for rebuilding it). */
  public static EventDays of(Store store) {
    return new EventDays(store.connection());
  }

  /** True when the summary counts every stored event. */
  public boolean current() {
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery("SELECT (SELECT count(*) FROM events) = "
            + "(SELECT coalesce(max(events_counted), -1) FROM event_days_state)")) {
      r.next();
      return r.getBoolean(1);
    } catch (SQLException e) {
      throw new StoreException("cannot read the timeline summary: " + e.getMessage(), e);
    }
  }

  /** Makes the summary again unless it is current; returns true when it did. */
  public boolean refresh() {
    if (current()) {
      return false;
    }
    rebuild();
    return true;
  }

  /** Makes the summary again from every stored event, in one transaction. */
  public void rebuild() {
    try {
      Transaction.run(connection, () -> {
        try (Statement s = connection.createStatement()) {
          s.execute("DELETE FROM event_days");
          s.execute("DELETE FROM event_days_state");
          s.execute("INSERT INTO event_days SELECT date_from, root_code, quad_class, mode, count(*), sum(goldstein) "
              + "FROM events WHERE date_from IS NOT NULL AND date_from = date_to GROUP BY ALL");
          s.execute("INSERT INTO event_days_state SELECT count(*) FROM events");
        }
        return null;
      });
    } catch (SQLException e) {
      throw StoreException.writing("cannot rebuild the timeline summary", null, e);
    }
  }
}
