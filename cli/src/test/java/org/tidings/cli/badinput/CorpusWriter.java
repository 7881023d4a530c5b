package org.tidings.cli.badinput;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes the files of the corpus under one folder, a subfolder per category, and collects their
 * cases. Case names and article ids are checked unique as they are added. Not shared between threads.
 */
final class CorpusWriter {
  private final Path root;
  private final List<Case> cases = new ArrayList<>();
  private final Set<String> names = new HashSet<>();
  private final Set<String> ids = new HashSet<>();
  private final Set<String> shared = new HashSet<>();
  private int serial;

  CorpusWriter(Path root) {
    this.root = root;
  }

  /** A number not handed out before: makes each generated text unique. */
  int next() {
    return ++serial;
  }

  Path root() {
    return root;
  }

  List<Case> cases() {
    return List.copyOf(cases);
  }

  /** A plain-text case: {@code category/name.txt} in UTF-8; its article id is its name. */
  void text(String category, String name, String text, Expected expected) throws IOException {
    bytes(category, name + ".txt", text.getBytes(StandardCharsets.UTF_8), name, expected);
  }

  /** A file of one case with any bytes; {@code id} is the id its article gets (the name without extension). */
  void bytes(String category, String fileName, byte[] content, String id, Expected expected) throws IOException {
    Path file = write(category, fileName, content);
    add(new Case(category + "/" + fileName, category, file, expected.hasRow() ? id : null, expected));
  }

  /** Writes a file that holds several cases (JSON lines, a feed); add them with {@link #add}. */
  Path write(String category, String fileName, byte[] content) throws IOException {
    Path dir = Files.createDirectories(root.resolve(category));
    return Files.write(dir.resolve(fileName), content);
  }

  /** The id a file that cannot be read is stored under: its absolute path. */
  static String unreadableId(Path file) {
    return file.toAbsolutePath().normalize().toString();
  }

  /** Lets a second case be stored under {@code id} (the same id in two JSONL files). */
  void shareId(String id) {
    shared.add(id);
  }

  void add(Case c) {
    if (!names.add(c.name())) {
      throw new IllegalStateException("two cases named " + c.name());
    }
    if (c.articleId() != null && !ids.add(c.articleId()) && !shared.contains(c.articleId())) {
      throw new IllegalStateException("two cases stored under the id " + c.articleId() + " (" + c.name() + ")");
    }
    cases.add(c);
  }
}
