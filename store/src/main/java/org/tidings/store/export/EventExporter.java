package org.tidings.store.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.tidings.store.EventFilter;
import org.tidings.store.ExportedEvents;
import org.tidings.store.Store;

/**
 * Exports the events of a store that pass a filter in one of the {@link ExportFormat}s, streaming:
 * text formats are written event by event as pages are read; Parquet is written by DuckDB into a
 * file of a temporary folder this class makes, then moved to where it was asked for.
 */
public final class EventExporter {
  private final Store store;
  private final FipsCodes fips;

  public EventExporter(Store store) {
    this(store, FipsCodes.fromClassPath());
  }

  EventExporter(Store store, FipsCodes fips) {
    this.store = store;
    this.fips = fips;
  }

  /** Writes the events that pass {@code filter} to {@code out} in a text format; returns how many. */
  public long write(ExportFormat format, EventFilter filter, Writer out) {
    EventLines lines = switch (format) {
      case JSONL -> new JsonlLines();
      case CSV -> new CsvLines();
      case GDELT -> new GdeltLines(fips);
      case PLOVER -> new PloverLines();
      case PARQUET -> throw new IllegalArgumentException("parquet is written to a file: give one");
    };
    long[] n = {0};
    try {
      lines.begin(out);
      new ExportedEvents(store).forEach(filter, e -> {
        try {
          lines.write(e, out);
          n[0]++;
        } catch (IOException x) {
          throw new UncheckedIOException(x);
        }
      });
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return n[0];
  }

  /** Writes the events that pass {@code filter} to the Parquet file {@code file}; returns how many. */
  public long writeParquet(EventFilter filter, Path file) {
    try {
      Path folder = Files.createTempDirectory("tidings-export");
      Path part = folder.resolve("events.parquet");
      try {
        new ExportedEvents(store).copyToParquet(filter, part);
        Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
      } finally {
        Files.deleteIfExists(part);
        Files.deleteIfExists(folder);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
    return store.events().count(filter);
  }
}
