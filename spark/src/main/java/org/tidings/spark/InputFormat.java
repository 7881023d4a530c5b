package org.tidings.spark;

import java.util.Locale;

/** The kinds of input the job reads. */
enum InputFormat {
  /** One article per line, FORMAT.md section 1: {@code id}, {@code text}, optional {@code date}, {@code title}, ... */
  JSONL,
  /** Parquet with the FORMAT.md article fields as columns ({@code date} a DATE or a YYYY-MM-DD string). */
  PARQUET,
  /** Whole text files, one article each; the id is the file name without extension (Spark's {@code _metadata}). */
  TEXT;

  /** The format named, or the one a path's extension suggests (JSONL unless .parquet or .txt). */
  static InputFormat of(String name, String path) {
    if (name != null) {
      return valueOf(name.toUpperCase(Locale.ROOT));
    }
    String p = path.toLowerCase(Locale.ROOT).replaceAll("/+$", "");
    return p.endsWith(".parquet") ? PARQUET : p.endsWith(".txt") ? TEXT : JSONL;
  }
}
