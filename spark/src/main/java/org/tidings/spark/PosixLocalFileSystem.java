package org.tidings.spark;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsAction;
import org.apache.hadoop.fs.permission.FsPermission;

/**
 * Hadoop's local file system ({@code file:}) with permissions set through {@code java.nio} instead
 * of a {@code chmod} child process. Without Hadoop's native library, which no Maven artifact
 * carries, {@link RawLocalFileSystem} starts one {@code chmod} per folder and file it creates: a
 * 500-article run writing the seven tables by day started 524 of them, about 10 ms each, and the
 * tables took 7 to 8.6 s to write against 4 to 5 s with this class. The job uses it in local mode
 * (see {@link TidingsJob#session}); on a file system without POSIX permissions, or for a sticky bit,
 * it falls back to Hadoop's own way.
 */
public final class PosixLocalFileSystem extends LocalFileSystem {
  public PosixLocalFileSystem() {
    super(new Raw());
  }

  /** The raw (unchecksummed) layer, where permissions are set. */
  static final class Raw extends RawLocalFileSystem {
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    @Override
    public void setPermission(Path p, FsPermission permission) throws IOException {
      if (!POSIX || permission.getStickyBit()) {
        super.setPermission(p, permission);
        return;
      }
      Files.setPosixFilePermissions(pathToFile(p).toPath(), posix(permission));
    }

    /** The nine permission bits of {@code p} (the sticky bit is left to Hadoop's own way). */
    static Set<PosixFilePermission> posix(FsPermission p) {
      Set<PosixFilePermission> s = EnumSet.noneOf(PosixFilePermission.class);
      add(s, p.getUserAction(), PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
          PosixFilePermission.OWNER_EXECUTE);
      add(s, p.getGroupAction(), PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE,
          PosixFilePermission.GROUP_EXECUTE);
      add(s, p.getOtherAction(), PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE,
          PosixFilePermission.OTHERS_EXECUTE);
      return s;
    }

    private static void add(Set<PosixFilePermission> s, FsAction a, PosixFilePermission read,
        PosixFilePermission write, PosixFilePermission execute) {
      if (a.implies(FsAction.READ)) {
        s.add(read);
      }
      if (a.implies(FsAction.WRITE)) {
        s.add(write);
      }
      if (a.implies(FsAction.EXECUTE)) {
        s.add(execute);
      }
    }
  }
}
