package org.tidings.cli;

import java.io.PrintStream;
import org.tidings.core.pipeline.Settings;
import picocli.CommandLine.Option;

/**
 * The options of the commands that code articles ({@code code}, {@code ingest}): a time budget and
 * a length per article.
 */
final class CodingOptions {
  @Option(names = "--budget", paramLabel = "SECONDS", description = "Time budget per article (default: ${DEFAULT-VALUE})")
  int budgetSeconds = 120;

  @Option(names = "--max-chars", paramLabel = "N",
      description = "Articles longer than this are coded up to it (default: ${DEFAULT-VALUE}; at least 1000)")
  int maxChars = Settings.DEFAULTS.maxChars();

  /** The time budget per article, in milliseconds. */
  long budgetMillis() {
    return budgetSeconds * 1000L;
  }

  /** The coder's settings, or null after telling {@code err} why {@code --max-chars} is refused. */
  Settings settings(String command, PrintStream err) {
    try {
      return new Settings(maxChars, Settings.DEFAULTS.maxParseTokens());
    } catch (IllegalArgumentException e) {
      err.println("tidings " + command + ": --max-chars: " + e.getMessage());
      return null;
    }
  }
}
