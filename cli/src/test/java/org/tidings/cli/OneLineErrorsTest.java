package org.tidings.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class OneLineErrorsTest {

  @Command(name = "broken")
  static final class Broken implements Callable<Integer> {
    @Override
    public Integer call() {
      throw new IllegalStateException("wrapped", new UncheckedIOException(new NoSuchFileException("/x/y.db")));
    }
  }

  private static String run(boolean debug) {
    StringWriter err = new StringWriter();
    int exit = new CommandLine(new Broken()).setErr(new PrintWriter(err))
        .setExecutionExceptionHandler(new OneLineErrors(debug)).execute();
    assertThat(exit).isEqualTo(1);
    return err.toString();
  }

  @Test
  void anUnexpectedFailureIsOneLineNamingTheCommandAndTheCause() {
    String err = run(false);
    assertThat(err.strip()).isEqualTo("broken: /x/y.db (NoSuchFileException) (set TIDINGS_DEBUG=1 to see where)");
    assertThat(err.lines()).hasSize(1);
  }

  @Test
  void theStackTraceIsShownWhenAskedFor() {
    assertThat(run(true)).contains("at org.tidings.cli.OneLineErrorsTest$Broken.call");
  }
}
