package org.tidings.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.tidings.core.model.Span;
import org.tidings.core.model.TimeValue;

/** Binding helpers shared by the writer and the readers: every value goes in as a parameter. */
final class Sql {
  private Sql() {}

  static void bind(PreparedStatement p, List<?> values) throws SQLException {
    for (int i = 0; i < values.size(); i++) {
      Object v = values.get(i);
      p.setObject(i + 1, v instanceof LocalDate d ? d.toString()
          : v instanceof LocalDateTime t ? t.toString().replace('T', ' ') : v);
    }
  }

  static Integer start(Span s) {
    return s == null ? null : s.start();
  }

  static Integer end(Span s) {
    return s == null ? null : s.end();
  }

  /** The first day a time value covers ({@code 2022-02} covers 2022-02-01 to 2022-02-28). */
  static LocalDate firstDay(TimeValue t) {
    if (t == null) {
      return null;
    }
    String v = t.value();
    return v.length() == 10 ? LocalDate.parse(v)
        : v.length() == 7 ? LocalDate.parse(v + "-01") : LocalDate.of(t.year(), 1, 1);
  }

  /** The last day a time value covers. */
  static LocalDate lastDay(TimeValue t) {
    if (t == null) {
      return null;
    }
    String v = t.value();
    LocalDate first = firstDay(t);
    return v.length() == 10 ? first : v.length() == 7 ? first.plusMonths(1).minusDays(1) : LocalDate.of(t.year(), 12, 31);
  }
}
