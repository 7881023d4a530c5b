package org.tidings.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * The bearer token that write requests must carry: 32 random bytes (SecureRandom) in URL-safe
 * base64, made on a server's first start and kept in a file next to the store readable by its
 * owner only (POSIX 0600). Compared in constant time.
 *
 * @param created true when this start made the token (it is then shown once)
 */
public record ApiToken(String value, Path file, boolean created) {
  private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
  private static final String PREFIX = "Bearer ";

  public ApiToken {
    if (value == null || value.length() < 32) {
      throw new IllegalArgumentException("a token has at least 32 characters");
    }
  }

  /** The token file of the store {@code db}: {@code <db>.token} beside it. */
  public static Path fileFor(Path db) {
    return db.resolveSibling(db.getFileName() + ".token");
  }

  /** Reads the token in {@code file}, or makes one and writes it there (0600) when the file is missing. */
  public static ApiToken loadOrCreate(Path file, SecureRandom random) throws IOException {
    if (Files.exists(file)) {
      String v = Files.readString(file, StandardCharsets.US_ASCII).strip();
      ownerOnly(file);
      return new ApiToken(v, file, false);
    }
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String v = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    try {
      if (posix(file)) {
        Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
      } else {
        Files.createFile(file);
      }
    } catch (FileAlreadyExistsException e) {
      return loadOrCreate(file, random);
    }
    Files.writeString(file, v + "\n", StandardCharsets.US_ASCII);
    return new ApiToken(v, file, true);
  }

  /**
   * A token kept nowhere and shown to no one, for a server that takes no writes (a read-only
   * store, whose write requests are refused before any token is asked for): nothing is written
   * beside the store.
   */
  public static ApiToken unsaved(Path file, SecureRandom random) {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return new ApiToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes), file, false);
  }

  private static boolean posix(Path file) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    return dir != null && Files.getFileStore(dir).supportsFileAttributeView("posix");
  }

  private static void ownerOnly(Path file) throws IOException {
    if (posix(file) && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
      Files.setPosixFilePermissions(file, OWNER_ONLY);
    }
  }

  /** True when {@code authorization} (an Authorization header, or null) is {@code Bearer <this token>}. */
  public boolean admits(String authorization) {
    if (authorization == null || !authorization.startsWith(PREFIX)) {
      return false;
    }
    byte[] given = authorization.substring(PREFIX.length()).strip().getBytes(StandardCharsets.UTF_8);
    return MessageDigest.isEqual(value.getBytes(StandardCharsets.UTF_8), given);
  }

  @Override
  public String toString() {
    return "ApiToken[" + file + "]";
  }
}
