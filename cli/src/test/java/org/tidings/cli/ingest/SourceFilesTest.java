package org.tidings.cli.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceFilesTest {
  @TempDir
  Path dir;

  @Test
  void foldersAreSearchedRecursivelyForArticleFiles() throws Exception {
    Path sub = Files.createDirectories(dir.resolve("b/c"));
    for (Path p : List.of(dir.resolve("a.txt"), sub.resolve("d.jsonl"), sub.resolve("e.HTML"), dir.resolve("f.rss"),
        dir.resolve("g.atom"), dir.resolve("h.xml"), dir.resolve("gold.json"), dir.resolve("notes.md"),
        dir.resolve(".hidden.txt"))) {
      Files.writeString(p, "x");
    }
    assertThat(SourceFiles.collect(List.of(dir.toString()))).extracting(p -> dir.relativize(p).toString())
        .containsExactly("a.txt", "b/c/d.jsonl", "b/c/e.HTML", "f.rss", "g.atom", "h.xml");
    assertThat(SourceFiles.collect(List.of(dir.resolve("gold.json").toString()))).hasSize(1);
  }

  @Test
  void aMissingPathOrAnUnknownKindIsAnError() throws Exception {
    assertThatThrownBy(() -> SourceFiles.collect(List.of(dir.resolve("none.txt").toString())))
        .isInstanceOf(IOException.class).hasMessageContaining("no such file or folder");
    Path md = Files.writeString(dir.resolve("notes.md"), "x");
    assertThatThrownBy(() -> SourceFiles.collect(List.of(md.toString()))).hasMessageContaining("cannot ingest");
  }
}
