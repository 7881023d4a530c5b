package org.tidings.store;

import java.nio.file.Path;

/**
 * A problem with the store that a person can act on: the file is locked by another process, was
 * written by a newer Tidings, cannot be read, or cannot be written. Its message is meant to be
 * shown as it is. {@link #stopsWrites()} tells a problem with one article or request from one that
 * stops every write (a full disk, a read-only file): a batch goes on after the first, not the second.
 */
public final class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final boolean stopsWrites;

  public StoreException(String message) {
    this(message, null, false);
  }

  public StoreException(String message, Throwable cause) {
    this(message, cause, false);
  }

  private StoreException(String message, Throwable cause, boolean stopsWrites) {
    super(message, cause);
    this.stopsWrites = stopsWrites;
  }

  /** A failure after which no write to the store (or its index) can succeed until a person acts. */
  public static StoreException stoppingWrites(String message, Throwable cause) {
    return new StoreException(message, cause, true);
  }

  /**
   * {@code doing} (e.g. "cannot store article a1") and what went wrong: plain words for a full
   * disk or a read-only file ({@link WriteFailure}), which stop every write, else the error's
   * first line.
   */
  public static StoreException writing(String doing, Path file, Throwable e) {
    return WriteFailure.of(e).map(f -> stoppingWrites(doing + ": " + f.describe(file, e), e))
        .orElseGet(() -> invalidated(e) ? stoppingWrites(doing + ": " + firstLine(e), e)
            : new StoreException(doing + ": " + firstLine(e), e));
  }

  /** DuckDB refuses every statement after a fatal error until the database is opened again. */
  private static boolean invalidated(Throwable e) {
    return String.valueOf(e.getMessage()).contains("invalidated");
  }

  static String firstLine(Throwable e) {
    String m = String.valueOf(e.getMessage());
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }

  /** True when no write to the store can succeed until a person acts: the run should stop. */
  public boolean stopsWrites() {
    return stopsWrites;
  }
}
