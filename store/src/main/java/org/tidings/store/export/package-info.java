/**
 * Exports of stored events: JSON lines in the FORMAT.md event shape, CSV, the GDELT 2.0 Events
 * table, PLOVER/POLECAT-style JSON lines, and Parquet written by DuckDB. Every export takes the
 * same {@link org.tidings.store.EventFilter} as the event API and streams: events are read a page
 * at a time and written as they come.
 */
package org.tidings.store.export;
