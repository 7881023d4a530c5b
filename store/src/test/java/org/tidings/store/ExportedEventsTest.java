package org.tidings.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportedEventsTest {
  @TempDir
  Path dir;

  private static List<String> ids(Store s, EventFilter f, int pageSize) {
    List<String> out = new ArrayList<>();
    new ExportedEvents(s, pageSize).forEach(f, e -> out.add(e.event().eventId()));
    return out;
  }

  @Test
  void pagesCoverEveryEventOnceInStoredOrder() {
    try (Store s = Store.open(dir.resolve("t.db"))) {
      NewsFixtures.storeAll(s);
      List<String> all = ids(s, EventFilter.ALL, 1000);
      assertThat(all).containsExactly("wire-1:0", "wire-1:1", "echo-2:0", "planet-7:0", "odd-3:0");
      assertThat(ids(s, EventFilter.ALL, 2)).isEqualTo(all);
      assertThat(ids(s, EventFilter.ALL, 1)).isEqualTo(all);
      assertThat(ids(s, EventFilter.parse(Map.of("actor", "RUS")), 1)).containsExactly("wire-1:0", "wire-1:1",
          "echo-2:0");
    }
  }

  @Test
  void storyCountsAndRowsComeWithEachEvent() {
    try (Store s = Store.open(dir.resolve("t.db"))) {
      NewsFixtures.storeAll(s);
      List<ExportedEvent> events = new ArrayList<>();
      new ExportedEvents(s).forEach(EventFilter.ALL, events::add);
      assertThat(events.get(0).storyId()).isNotNull();
      assertThat(List.of(events.get(0).mentions(), events.get(0).articles(), events.get(0).sources()))
          .containsExactly(2, 2, 2);
      assertThat(events.get(3).articles()).isEqualTo(1);
      assertThat(events.stream().map(ExportedEvent::row).distinct()).hasSize(5);
      assertThat(events.get(0).sourceSector()).isEqualTo("MIL");
      assertThat(events.get(4).day()).isEqualTo("2022-02-01");
      assertThat(events.get(4).event().date()).isEqualTo("2022-02");
    }
  }
}
