package org.tidings.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsTest {
  @TempDir
  Path dir;

  @Test
  void anEmptyFileGetsEveryMigrationOnce() throws Exception {
    Path db = dir.resolve("t.db");
    int latest = Migrations.fromClassPath().latest();
    try (Store s = Store.open(db)) {
      assertThat(s.schemaVersion()).isEqualTo(latest);
      for (String table : List.of("articles", "sentences", "mentions", "events", "quotes", "failures", "stories",
          "story_events")) {
        assertThat(Fixtures.count(s, table)).as(table).isZero();
      }
    }
    try (Store s = Store.open(db)) {
      assertThat(Fixtures.count(s, "schema_version")).isEqualTo(latest);
    }
  }

  @Test
  void aStoreFromANewerTidingsIsRefused() throws Exception {
    Path db = dir.resolve("t.db");
    try (Store s = Store.open(db); Statement st = s.connection().createStatement()) {
      st.execute("INSERT INTO schema_version VALUES (99, 'V99__future.sql', now())");
    }
    assertThatThrownBy(() -> Store.open(db)).isInstanceOf(StoreException.class)
        .hasMessageContaining("schema version 99").hasMessageContaining("newer");
  }

  @Test
  void aFailingMigrationLeavesTheSchemaAsItWas() throws Exception {
    Path db = dir.resolve("t.db");
    Migrations bad = new Migrations(List.of(Migration.of("V1__one.sql", "CREATE TABLE a (x INTEGER);\n"),
        Migration.of("V2__two.sql", "CREATE TABLE b (x INTEGER);\nCREATE TABLE a (y INTEGER);\n")));
    assertThatThrownBy(() -> Store.open(db, bad)).isInstanceOf(StoreException.class)
        .hasMessageContaining("V2__two.sql");
    try (Store s = Store.open(db, new Migrations(List.of(Migration.of("V1__one.sql", "CREATE TABLE a (x INTEGER);\n"))))) {
      assertThat(s.schemaVersion()).isEqualTo(1);
      assertThat(Fixtures.count(s, "a")).isZero();
    }
  }

  @Test
  void migrationsAreNamedAndNumberedInOrder() {
    assertThatThrownBy(() -> Migration.of("init.sql", "")).hasMessageContaining("V<n>__");
    assertThatThrownBy(() -> new Migrations(List.of(Migration.of("V2__two.sql", ""))))
        .hasMessageContaining("numbered");
    assertThat(Migration.of("V1__x.sql", "-- a comment; with a semicolon\nCREATE TABLE a (x INTEGER);\n"
        + "CREATE TABLE b (y INTEGER);\n").statements()).hasSize(2);
  }

  @Test
  void aFileThatIsNotAStoreIsReportedAsSuch() throws Exception {
    Path junk = dir.resolve("junk.db");
    Files.writeString(junk, "this is not a database, just some words in a file that is long enough ".repeat(100));
    assertThatThrownBy(() -> Store.open(junk)).isInstanceOf(StoreException.class).hasMessageContaining("junk.db");
    assertThatThrownBy(() -> Store.open(dir)).isInstanceOf(StoreException.class).hasMessageContaining("directory");
  }
}
