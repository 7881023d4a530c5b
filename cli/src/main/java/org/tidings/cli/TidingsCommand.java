package org.tidings.cli;

import org.tidings.core.pipeline.TidingsCoder;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code tidings} command. */
@Command(name = "tidings", mixinStandardHelpOptions = true, versionProvider = TidingsCommand.Version.class,
    description = "Reads news and writes down who did what to whom, when, where, and who said so.",
    subcommands = {CodeCommand.class, EvalCommand.class, BenchCommand.class, IngestCommand.class,
        ExportCommand.class, SearchCommand.class, StatsCommand.class, ServeCommand.class, SparkCommand.class})
public final class TidingsCommand implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  public static void main(String[] args) {
    quietLogging();
    System.exit(execute(args));
  }

  static int execute(String... args) {
    return new CommandLine(new TidingsCommand())
        .setExecutionExceptionHandler(new OneLineErrors(System.getenv("TIDINGS_DEBUG") != null)).execute(args);
  }

  /**
   * CoreNLP logs each model load; Tidings reports its own errors, so its log handlers are
   * removed (without capturing the standard streams).
   */
  static void quietLogging() {
    edu.stanford.nlp.util.logging.RedwoodConfiguration.current().clear().apply();
  }

  /** Prints the Tidings version. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"tidings " + TidingsCoder.version()};
    }
  }
}
