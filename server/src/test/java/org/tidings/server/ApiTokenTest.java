package org.tidings.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiTokenTest {
  @TempDir
  Path dir;

  @Test
  void madeOnceKeptOwnerOnlyAndReadBack() throws Exception {
    Path file = ApiToken.fileFor(dir.resolve("t.db"));
    assertThat(file.getFileName().toString()).isEqualTo("t.db.token");
    ApiToken made = ApiToken.loadOrCreate(file, new SecureRandom());
    assertThat(made.created()).isTrue();
    assertThat(Base64.getUrlDecoder().decode(made.value())).hasSize(32);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    ApiToken again = ApiToken.loadOrCreate(file, new SecureRandom());
    assertThat(again.created()).isFalse();
    assertThat(again.value()).isEqualTo(made.value());
    assertThat(again.toString()).doesNotContain(made.value());
  }

  @Test
  void looserPermissionsAreTightened() throws Exception {
    Path file = ApiToken.fileFor(dir.resolve("t.db"));
    ApiToken.loadOrCreate(file, new SecureRandom());
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    ApiToken.loadOrCreate(file, new SecureRandom());
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
  }

  @Test
  void admitsOnlyTheBearerOfTheToken() throws Exception {
    ApiToken t = ApiToken.loadOrCreate(ApiToken.fileFor(dir.resolve("t.db")), new SecureRandom());
    assertThat(t.admits("Bearer " + t.value())).isTrue();
    assertThat(t.admits(null)).isFalse();
    assertThat(t.admits(t.value())).isFalse();
    assertThat(t.admits("Bearer ")).isFalse();
    assertThat(t.admits("Bearer " + t.value().substring(1))).isFalse();
    assertThat(t.admits("Basic " + t.value())).isFalse();
  }
}
