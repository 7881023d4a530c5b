package org.tidings.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidings.core.model.DateBasis;
import org.tidings.core.model.Mode;

class ReadOnlyStoreTest {
  @TempDir
  Path dir;

  @Test
  void aStoreOpenedReadOnlyReadsAndRefusesWritesLeavingTheFileAsItWas() throws Exception {
    Path db = dir.resolve("t.db");
    try (Store s = Store.open(db)) {
      s.writer().store(Fixtures.shelling("a", "Wire A", "2022-02-07", DateBasis.TEXT, "195", Mode.ASSERTED));
      assertThat(s.readOnly()).isFalse();
    }
    byte[] before = Files.readAllBytes(db);
    try (Store s = Store.openReadOnly(db)) {
      assertThat(s.readOnly()).isTrue();
      assertThat(s.counts()).containsEntry("articles", 1L);
      assertThatThrownBy(() -> s.writer().store(Fixtures.shelling("b", "Wire B", "2022-02-07", DateBasis.TEXT, "195",
          Mode.ASSERTED))).isInstanceOf(StoreException.class).hasMessageContaining("cannot store article b");
      assertThatThrownBy(() -> s.stories().rebuild()).isInstanceOf(StoreException.class);
    }
    assertThat(Files.readAllBytes(db)).isEqualTo(before);
    assertThat(dir.resolve("t.db.wal")).doesNotExist();
  }

  @Test
  void onlyAnExistingStoreIsOpenedReadOnly() {
    assertThatThrownBy(() -> Store.openReadOnly(dir.resolve("none.db"))).isInstanceOf(StoreException.class)
        .hasMessageContaining("no store at");
    // a writable file is opened as usual: nothing falls back
    try (Store s = Store.openToRead(dir.resolve("new.db"))) {
      assertThat(s.readOnly()).isFalse();
    }
  }
}
