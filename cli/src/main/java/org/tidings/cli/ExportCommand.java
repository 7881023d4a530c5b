package org.tidings.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tidings.store.EventFilter;
import org.tidings.store.Store;
import org.tidings.store.StoreException;
import org.tidings.store.export.EventExporter;
import org.tidings.store.export.ExportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code tidings export}: writes the stored events that pass the filters (the event API's, checked
 * the same way by {@link EventFilter#parse}) as JSON lines, CSV, GDELT, PLOVER or Parquet.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Export stored events: jsonl, csv, gdelt (GDELT 2.0 Events), plover or parquet.")
final class ExportCommand implements Callable<Integer> {

  @Option(names = "--db", paramLabel = "FILE", description = "The store (default: ${DEFAULT-VALUE})")
  Path db = Path.of("tidings.db");

  @Option(names = "--format", required = true, paramLabel = "FORMAT",
      description = "jsonl, csv, gdelt, plover or parquet")
  String format;

  @Option(names = "--out", paramLabel = "PATH",
      description = "Output file (default: standard output; parquet needs one)")
  Path out;

  @Option(names = "--actor", paramLabel = "CODE", description = "Source or target code starts with CODE (RUS, USAGOV)")
  String actor;
  @Option(names = "--source", paramLabel = "CODE", description = "Source actor code starts with CODE")
  String source;
  @Option(names = "--target", paramLabel = "CODE", description = "Target actor code starts with CODE")
  String target;
  @Option(names = "--dyad", paramLabel = "A:B", description = "Events between A and B, either way")
  String dyad;
  @Option(names = "--cameo", paramLabel = "CODE", description = "CAMEO code or its first digits (19, 190)")
  String cameo;
  @Option(names = "--plover", paramLabel = "TYPE", description = "PLOVER type (ASSAULT)")
  String plover;
  @Option(names = {"--quad-class", "--quad_class"}, paramLabel = "N", description = "Quad class 1 to 4")
  String quadClass;
  @Option(names = "--country", paramLabel = "ISO3", description = "Country of either actor or of the place")
  String country;
  @Option(names = "--place", paramLabel = "NAME", description = "Place name")
  String place;
  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Events on or after this day")
  String from;
  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Events on or before this day")
  String to;
  @Option(names = "--mode", paramLabel = "MODE", description = "asserted, negated, hypothetical, planned, reported, "
      + "denied or historical")
  String mode;
  @Option(names = "--text", paramLabel = "WORDS", description = "Words in the event's sentence, trigger or actor names")
  String text;

  @Override
  public Integer call() {
    ExportFormat f;
    EventFilter filter;
    try {
      f = ExportFormat.parse(format);
      filter = EventFilter.parse(filters());
    } catch (IllegalArgumentException e) {
      return fail(2, e.getMessage());
    }
    if (f == ExportFormat.PARQUET && out == null) {
      return fail(2, "--format parquet writes a file: give --out FILE.parquet");
    }
    if (!Files.isRegularFile(db)) {
      return fail(2, "no store at " + db + " (give the file tidings ingest wrote with --db)");
    }
    try (Store store = Store.openToRead(db)) {
      EventExporter exporter = new EventExporter(store);
      long n = f == ExportFormat.PARQUET ? exporter.writeParquet(filter, out) : writeText(exporter, f, filter);
      System.err.println("tidings export: " + n + " events as " + f.label() + (out == null ? "" : " to " + out));
      return 0;
    } catch (StoreException e) {
      return fail(2, e.getMessage());
    } catch (UncheckedIOException e) {
      return fail(1, "cannot write: " + e.getMessage());
    }
  }

  private long writeText(EventExporter exporter, ExportFormat f, EventFilter filter) {
    if (out == null) {
      Writer w = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
      return exporter.write(f, filter, w);
    }
    // written beside the target and moved when complete: a failed export leaves no half file
    Path part = out.resolveSibling(out.getFileName() + ".part");
    try {
      long n;
      try (Writer w = Files.newBufferedWriter(part, StandardCharsets.UTF_8)) {
        n = exporter.write(f, filter, w);
      }
      Files.move(part, out, StandardCopyOption.REPLACE_EXISTING);
      return n;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      try {
        Files.deleteIfExists(part);
      } catch (IOException ignored) {
        // the export's own error, if any, is the one reported
      }
    }
  }

  /** The filters given, by their {@link EventFilter#NAMES}. */
  Map<String, String> filters() {
    Map<String, String> m = new LinkedHashMap<>();
    put(m, "actor", actor);
    put(m, "source", source);
    put(m, "target", target);
    put(m, "dyad", dyad);
    put(m, "cameo", cameo);
    put(m, "plover", plover);
    put(m, "quad_class", quadClass);
    put(m, "country", country);
    put(m, "place", place);
    put(m, "from", from);
    put(m, "to", to);
    put(m, "mode", mode);
    put(m, "text", text);
    return m;
  }

  private static void put(Map<String, String> m, String name, String value) {
    if (value != null) {
      m.put(name, value);
    }
  }

  private static int fail(int code, String message) {
    System.err.println("tidings export: " + message);
    return code;
  }
}
