package org.tidings.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * What a command does with a failure it did not expect: one line on standard error naming the
 * command and the cause, exit code 1; the stack trace only when {@code TIDINGS_DEBUG} is set.
 */
final class OneLineErrors implements IExecutionExceptionHandler {
  private final boolean debug;

  OneLineErrors(boolean debug) {
    this.debug = debug;
  }

  @Override
  public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) {
    PrintWriter err = command.getErr();
    err.println(command.getCommandSpec().qualifiedName() + ": " + describe(e)
        + (debug ? "" : " (set TIDINGS_DEBUG=1 to see where)"));
    if (debug) {
      e.printStackTrace(err);
    }
    err.flush();
    return 1;
  }

  /** The innermost cause with a message, with its kind when the message alone says little. */
  static String describe(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String m = t.getMessage();
    String kind = t.getClass().getSimpleName();
    return m == null || m.isBlank() ? kind : kind.endsWith("Exception") && !kind.equals("RuntimeException")
        ? m + " (" + kind + ")" : m;
  }
}
