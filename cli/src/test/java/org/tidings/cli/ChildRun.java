package org.tidings.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The {@code tidings} command of the built jar ({@code target/tidings.jar}) in a child JVM, with
 * its standard output and error in files: for tests that kill it, limit its files or keep it
 * running (a server). {@link #shell} runs it behind a shell command, e.g. {@code ulimit -f 1000}.
 * Its temporary folder is one of its own beside the logs (unless {@code java.io.tmpdir} is given):
 * DuckDB unpacks its 70 MB native library there on every start, and a killed JVM never deletes it.
 */
record ChildRun(Process process, Path out, Path err) {
  private static final Path JAR = Path.of("target", "tidings.jar");

  /** Starts {@code tidings args...} with {@code properties} as {@code -D} system properties. */
  static ChildRun start(Path logs, String name, Map<String, String> properties, String... args) throws IOException {
    return launch(logs, name, command(logs, name, properties, args));
  }

  /** Starts {@code tidings args...} behind {@code prefix} in {@code bash -c '<prefix>; exec java ...'}. */
  static ChildRun shell(Path logs, String name, String prefix, Map<String, String> properties, String... args)
      throws IOException {
    StringBuilder line = new StringBuilder(prefix).append("; exec");
    for (String part : command(logs, name, properties, args)) {
      line.append(" '").append(part.replace("'", "'\\''")).append('\'');
    }
    return launch(logs, name, List.of("bash", "-c", line.toString()));
  }

  private static List<String> command(Path logs, String name, Map<String, String> properties, String... args)
      throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(ProcessHandle.current().info().command().orElse("java"));
    cmd.add("-Xmx2g");
    if (!properties.containsKey("java.io.tmpdir")) {
      cmd.add("-Djava.io.tmpdir=" + Files.createDirectories(logs.resolve(name + ".tmp")));
    }
    properties.forEach((k, v) -> cmd.add("-D" + k + "=" + v));
    cmd.add("-jar");
    cmd.add(JAR.toString());
    cmd.addAll(List.of(args));
    return cmd;
  }

  private static ChildRun launch(Path logs, String name, List<String> cmd) throws IOException {
    Files.createDirectories(logs);
    Path out = logs.resolve(name + ".out");
    Path err = logs.resolve(name + ".err");
    Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    return new ChildRun(p, out, err);
  }

  /** Waits at most {@code minutes} for it to end (then kills it) and returns its exit status. */
  int await(int minutes) throws InterruptedException {
    if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
      process.destroyForcibly().waitFor();
      throw new AssertionError("tidings did not end within " + minutes + " minutes");
    }
    return process.exitValue();
  }

  String stdout() throws IOException {
    return Files.readString(out);
  }

  String stderr() throws IOException {
    return Files.readString(err);
  }
}
