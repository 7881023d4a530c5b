package org.tidings.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.permission.FsPermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PosixLocalFileSystemTest {
  @TempDir
  java.nio.file.Path dir;

  @Test
  void mapsTheNinePermissionBits() {
    assertThat(PosixFilePermissions.toString(PosixLocalFileSystem.Raw.posix(new FsPermission((short) 0755))))
        .isEqualTo("rwxr-xr-x");
    assertThat(PosixFilePermissions.toString(PosixLocalFileSystem.Raw.posix(new FsPermission((short) 0640))))
        .isEqualTo("rw-r-----");
    assertThat(PosixFilePermissions.toString(PosixLocalFileSystem.Raw.posix(new FsPermission((short) 0))))
        .isEqualTo("---------");
  }

  @Test
  void createsFoldersAndFilesWithTheirPermissionsAndChecksums() throws IOException {
    try (PosixLocalFileSystem fs = new PosixLocalFileSystem()) {
      fs.initialize(java.net.URI.create("file:///"), new Configuration());
      Path folder = new Path(dir.toUri().toString(), "a/b");
      assertThat(fs.mkdirs(folder, new FsPermission((short) 0750))).isTrue();
      Path file = new Path(folder, "part.txt");
      try (FSDataOutputStream out = fs.create(file, new FsPermission((short) 0640), true, 4096, (short) 1, 1 << 20,
          null)) {
        out.write("Kyiv".getBytes(StandardCharsets.UTF_8));
      }
      fs.setPermission(file, new FsPermission((short) 0604));

      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("a/b"))))
          .isEqualTo("rwxr-x---");
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("a/b/part.txt"))))
          .isEqualTo("rw----r--");
      assertThat(Files.readString(dir.resolve("a/b/part.txt"))).isEqualTo("Kyiv");
      assertThat(dir.resolve("a/b/.part.txt.crc")).exists();
    }
  }
}
