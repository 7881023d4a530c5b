package org.tidings.store.export;

import java.util.Arrays;
import java.util.Locale;

/** The export formats. */
public enum ExportFormat {
  /** One event per line in the FORMAT.md event shape, with {@code article_id}. */
  JSONL,
  /** Flat event columns with a header (RFC 4180). */
  CSV,
  /** The 61 tab-separated columns of the GDELT 2.0 Events table, no header (as GDELT's files). */
  GDELT,
  /** One PLOVER/POLECAT-style event per line. */
  PLOVER,
  /** The CSV columns in a Parquet file, written by DuckDB. */
  PARQUET;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The format named {@code label} ({@code jsonl}, {@code csv} ...); anything else is refused with the list. */
  public static ExportFormat parse(String label) {
    for (ExportFormat f : values()) {
      if (f.label().equals(label.strip().toLowerCase(Locale.ROOT))) {
        return f;
      }
    }
    throw new IllegalArgumentException("format must be one of "
        + String.join(", ", Arrays.stream(values()).map(ExportFormat::label).toList()) + ", not \"" + label + "\"");
  }
}
