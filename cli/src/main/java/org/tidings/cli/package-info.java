/**
 * The {@code tidings} command: {@code code} reads articles and writes coded output, {@code eval}
 * scores a coding against gold, {@code bench} measures speed, {@code ingest} codes articles into
 * the store, {@code export} writes stored events as JSON lines, CSV, GDELT, PLOVER or Parquet,
 * {@code search} searches the store's full-text index, {@code stats} counts its rows, {@code serve}
 * serves the store over HTTP (module {@code tidings-server}). All file and console I/O of Tidings
 * lives here; the coding itself is in {@code tidings-core}.
 */
package org.tidings.cli;
