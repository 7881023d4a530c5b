package org.tidings.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidings.core.model.DateBasis;
import org.tidings.core.model.Mode;

class TimelineReaderTest {
  @TempDir
  Path dir;

  @Test
  void theSummaryGivesTheSamePointsAsTheEventsAndIsUsedOnlyWhenCurrent() {
    try (Store store = Store.open(dir.resolve("t.db"))) {
      new SyntheticEvents(store).generate(10_000);
      EventDays days = EventDays.of(store);
      assertThat(days.current()).isFalse();
      try (ReadSession reads = ReadSession.of(store)) {
        List<Map<String, String>> filters = List.of(Map.of(), Map.of("quad_class", "4"), Map.of("mode", "reported"),
            Map.of("cameo", "1"), Map.of("cameo", "19", "from", "2021-03-01", "to", "2021-06-30"));
        for (var interval : TimelineReader.Interval.values()) {
          for (Map<String, String> f : filters) {
            EventFilter filter = EventFilter.parse(f);
            assertThat(TimelineReader.summarised(filter)).isTrue();
            List<TimelinePoint> scanned = reads.timeline().points(filter, interval);
            assertThat(days.refresh()).isEqualTo(f.isEmpty() && interval == TimelineReader.Interval.DAY);
            // the mean Goldstein score is summed in another order: equal to its third decimal, give or take one
            assertThat(reads.timeline().points(filter, interval)).as(f + " " + interval).usingRecursiveComparison()
                .withComparatorForType((a, b) -> Math.abs(a - b) <= 0.0011 ? 0 : Double.compare(a, b), Double.class)
                .isEqualTo(scanned);
          }
        }
        assertThat(TimelineReader.summarised(EventFilter.parse(Map.of("cameo", "190")))).isFalse();
        assertThat(TimelineReader.summarised(EventFilter.parse(Map.of("actor", "RUS")))).isFalse();
        store.writer().store(Fixtures.shelling("late", "Wire A", "2022-02-07", DateBasis.TEXT, "195", Mode.ASSERTED));
        assertThat(days.current()).isFalse();
        long before = reads.timeline().points(EventFilter.ALL, TimelineReader.Interval.DAY).stream()
            .mapToLong(TimelinePoint::events).sum();
        assertThat(before).isEqualTo(reads.events().timeline(EventFilter.ALL).stream().mapToLong(DayCount::events)
            .sum());
      }
    }
  }
}
