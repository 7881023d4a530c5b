package org.tidings.store;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The I/O errors that stop every write to a store or its search index until a person acts, found
 * in the messages of an exception and its causes (DuckDB reports the operating system's words;
 * Lucene throws Java's {@link java.io.IOException}s), and plain words for them. No later write of
 * the same run can succeed, so a batch stops at the first one instead of failing every article.
 */
public enum WriteFailure {
  /** No room: the disk or a quota is full, or the process's file size limit was reached. */
  FULL(List.of("no space left on device", "file too large", "disk quota exceeded", "not enough space")),
  /** The file or its folder cannot be written: read-only file system, no permission, immutable. */
  READ_ONLY(List.of("read-only file system", "permission denied", "operation not permitted", "access is denied"));

  private static final Pattern DUCKDB_FILE = Pattern.compile("file \"([^\"]+)\"");
  private final List<String> words;

  WriteFailure(List<String> words) {
    this.words = words;
  }

  /** The failure {@code e} (or one of its causes) reports, if it is one of these. */
  public static Optional<WriteFailure> of(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof AccessDeniedException) {
        return Optional.of(READ_ONLY);
      }
      String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
      for (WriteFailure f : values()) {
        if (f.words.stream().anyMatch(m::contains)) {
          return Optional.of(f);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * One line for people: what happened and to which file ({@code file} unless the error names
   * one), with the system's own words in brackets.
   */
  public String describe(Path file, Throwable e) {
    String named = fileNamed(e).orElse(file == null ? "the store" : file.toString());
    String reason = reason(e);
    return switch (this) {
      case FULL -> "the disk is full or the file size limit was reached while writing " + named + " (" + reason + ")";
      case READ_ONLY -> named + " cannot be written: it or its folder is read-only (" + reason + ")";
    };
  }

  private static Optional<String> fileNamed(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof FileSystemException fs && fs.getFile() != null) {
        return Optional.of(fs.getFile());
      }
      Matcher m = DUCKDB_FILE.matcher(String.valueOf(t.getMessage()));
      if (m.find()) {
        return Optional.of(m.group(1));
      }
    }
    return Optional.empty();
  }

  /** The operating system's words for it, e.g. "File too large", else the first line of the message. */
  String reason(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String m = String.valueOf(t.getMessage());
      String lower = m.toLowerCase(Locale.ROOT);
      for (String w : words) {
        int at = lower.indexOf(w);
        if (at >= 0) {
          return m.substring(at, at + w.length());
        }
      }
      if (t instanceof AccessDeniedException) {
        return "Permission denied";
      }
    }
    String m = String.valueOf(e.getMessage());
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }
}
