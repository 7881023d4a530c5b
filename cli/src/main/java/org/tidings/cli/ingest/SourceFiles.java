package org.tidings.cli.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files to ingest from the paths given: a file as it is (when its kind is known), a folder
 * searched recursively for files of known kinds ({@code .json} files in folders are left out:
 * they are usually gold or other documents, not articles), in path order.
 */
public final class SourceFiles {
  private SourceFiles() {}

  /** The files under {@code paths}; a path that does not exist, or a file of an unknown kind, is an error. */
  public static List<Path> collect(List<String> paths) throws IOException {
    List<Path> out = new ArrayList<>();
    for (String given : paths) {
      Path p = Path.of(given);
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(Files::isRegularFile)
              .filter(f -> !f.getFileName().toString().startsWith("."))
              .filter(f -> SourceKind.of(f).isPresent() && !f.toString().endsWith(".json"))
              .sorted()
              .forEach(out::add);
        }
      } else if (Files.isRegularFile(p)) {
        if (SourceKind.of(p).isEmpty()) {
          throw new IOException("cannot ingest " + given
              + ": give .txt, .jsonl, .html/.htm or .xml/.rss/.atom files, or a folder of them");
        }
        out.add(p);
      } else {
        throw new IOException("no such file or folder: " + given);
      }
    }
    return out;
  }
}
