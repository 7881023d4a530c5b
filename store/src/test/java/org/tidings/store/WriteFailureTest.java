package org.tidings.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class WriteFailureTest {
  private static final Path DB = Path.of("/data/tidings.db");

  @Test
  void duckDbsFullWriteAheadLogIsAFullDiskNamingTheFile() {
    SQLException e = new SQLException("TransactionContext Error: Failed to commit: Could not write file "
        + "\"/data/tidings.db.wal\": File too large");
    assertThat(WriteFailure.of(e)).contains(WriteFailure.FULL);
    assertThat(WriteFailure.FULL.describe(DB, e)).isEqualTo("the disk is full or the file size limit was reached "
        + "while writing /data/tidings.db.wal (File too large)");
    StoreException s = StoreException.writing("cannot store article a1", DB, e);
    assertThat(s.stopsWrites()).isTrue();
    assertThat(s.getMessage()).startsWith("cannot store article a1: the disk is full");
  }

  @Test
  void aFullDeviceMetByLuceneIsFoundInTheCauses() {
    Exception e = new UncheckedIOException(new IOException("No space left on device"));
    assertThat(WriteFailure.of(e)).contains(WriteFailure.FULL);
    assertThat(WriteFailure.FULL.describe(Path.of("t.db.index"), e)).isEqualTo("the disk is full or the file size "
        + "limit was reached while writing t.db.index (No space left on device)");
  }

  @Test
  void aFileThatCannotBeWrittenIsReadOnly() {
    Exception immutable = new FileSystemException("/data/t.db.index/_1.fdm", null, "Operation not permitted");
    assertThat(WriteFailure.of(immutable)).contains(WriteFailure.READ_ONLY);
    assertThat(WriteFailure.READ_ONLY.describe(DB, immutable)).isEqualTo("/data/t.db.index/_1.fdm cannot be "
        + "written: it or its folder is read-only (Operation not permitted)");
    Exception denied = new AccessDeniedException("/data/t.db.index/write.lock");
    assertThat(WriteFailure.of(denied)).contains(WriteFailure.READ_ONLY);
    assertThat(WriteFailure.READ_ONLY.describe(DB, denied)).endsWith("(Permission denied)");
    SQLException duck = new SQLException("IO Error: Cannot open file \"/data/tidings.db\": Read-only file system");
    assertThat(WriteFailure.of(duck)).contains(WriteFailure.READ_ONLY);
  }

  @Test
  void otherErrorsAreNeitherAndDoNotStopWrites() {
    SQLException e = new SQLException("Constraint Error: Duplicate key \"event_id: a1:0\"\nLINE 1: ...");
    assertThat(WriteFailure.of(e)).isEmpty();
    StoreException s = StoreException.writing("cannot store article a1", DB, e);
    assertThat(s.stopsWrites()).isFalse();
    assertThat(s.getMessage()).isEqualTo("cannot store article a1: Constraint Error: Duplicate key \"event_id: a1:0\"");
  }
}
