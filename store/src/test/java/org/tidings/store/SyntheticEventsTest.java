package org.tidings.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticEventsTest {
  @TempDir
  Path dir;

  @Test
  void generatesReadableEventsWithTheShippedCodes() throws Exception {
    try (Store store = Store.open(dir.resolve("bench.db"))) {
      assertThat(new SyntheticEvents(store).generate(20_000)).isEqualTo(20_000);
      assertThat(Fixtures.count(store, "articles")).isEqualTo(2_000);
      try (Statement s = store.connection().createStatement();
          ResultSet r = s.executeQuery("SELECT count(DISTINCT source_code), count(DISTINCT cameo), min(date_from), "
              + "max(date_from), count(*) FILTER (WHERE target_code IS NULL) FROM events")) {
        r.next();
        assertThat(r.getInt(1)).isBetween(100, 200);
        assertThat(r.getInt(2)).isGreaterThan(250);
        assertThat(r.getDate(3).toLocalDate()).isBefore(LocalDate.of(2020, 1, 10));
        assertThat(r.getDate(4).toLocalDate()).isAfter(LocalDate.of(2024, 12, 20));
        assertThat(r.getLong(5)).isBetween(1_000L, 3_000L);
      }
      var rus = store.events().find(EventFilter.parse(Map.of("dyad", "USAGOV:RUSGOV")), EventSort.DATE_DESC,
          Page.first(10));
      assertThat(rus).isNotEmpty().allMatch(e -> e.json().contains("\"cameo\""));
      assertThat(store.events().timeline(EventFilter.ALL)).hasSizeGreaterThan(1_000);
    }
  }
}
