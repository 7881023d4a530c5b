package org.tidings.cli.ingest;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The kinds of file {@code tidings ingest} reads, told by the file's extension. */
public enum SourceKind {
  /** One plain-text article. */
  TEXT,
  /** One article per JSON line (FORMAT.md section 1). */
  JSONL,
  /** One HTML page. */
  HTML,
  /** An RSS or Atom feed: one article per item. */
  FEED;

  /** The kind of {@code file}, or empty when ingest does not read such files. */
  public static Optional<SourceKind> of(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    String ext = dot < 0 ? "" : name.substring(dot + 1);
    return Optional.ofNullable(switch (ext) {
      case "txt" -> TEXT;
      case "jsonl", "json" -> JSONL;
      case "html", "htm" -> HTML;
      case "xml", "rss", "atom" -> FEED;
      default -> null;
    });
  }
}
