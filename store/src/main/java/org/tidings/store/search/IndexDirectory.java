package org.tidings.store.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.tidings.store.StoreException;
import org.tidings.store.WriteFailure;

/**
 * Opens the index folder for writing: the one {@link IndexWriter} of this process and a
 * {@link SearcherManager} on it. An index that cannot be read (a corrupt or missing segment file,
 * a format too new or too old, an unknown codec) is reported to {@code notices}, deleted and
 * made anew, empty: the store still holds everything, and a sync fills it again. A folder that
 * cannot be written (read-only, a full disk) is refused with a {@link StoreException} saying so.
 */
final class IndexDirectory {
  /** An open index: its folder, writer and searchers. */
  record Open(Directory directory, IndexWriter writer, SearcherManager searchers) {}

  private final Analyzer analyzer;
  private final Consumer<String> notices;

  IndexDirectory(Analyzer analyzer, Consumer<String> notices) {
    this.analyzer = analyzer;
    this.notices = notices;
  }

  Open open(Path folder) {
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw StoreException.writing("cannot create the search index " + folder, folder, e);
    }
    try {
      return attempt(folder, IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    } catch (LockObtainFailedException e) {
      throw new StoreException("the search index " + folder + " is in use by another process; one process at a "
          + "time writes a store and its index", e);
    } catch (IOException | RuntimeException e) {
      if (WriteFailure.of(e).isPresent()) {
        // a folder that cannot be written is not a damaged index: nothing is deleted
        throw StoreException.writing("cannot open the search index " + folder, folder, e);
      }
      notices.accept("the search index " + folder + " cannot be read (" + e.getClass().getSimpleName() + ": "
          + SearchIndex.firstLine(e.getMessage()) + "); rebuilding it from the store");
      clear(folder);
      try {
        return attempt(folder, IndexWriterConfig.OpenMode.CREATE);
      } catch (IOException | RuntimeException again) {
        throw StoreException.writing("cannot create the search index " + folder, folder, again);
      }
    }
  }

  private Open attempt(Path folder, IndexWriterConfig.OpenMode mode) throws IOException {
    Directory dir = FSDirectory.open(folder);
    IndexWriter writer = null;
    try {
      writer = new IndexWriter(dir, new IndexWriterConfig(analyzer).setOpenMode(mode)
          // every change is committed with its mark; one left uncommitted by a failure is dropped at close
          .setCommitOnClose(false));
      SearcherManager searchers = new SearcherManager(writer, null);
      return new Open(dir, writer, searchers);
    } catch (IOException | RuntimeException e) {
      if (writer != null) {
        writer.rollback();
      }
      dir.close();
      throw e;
    }
  }

  private static void clear(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : files.toList()) {
        if (Files.isRegularFile(f)) {
          Files.delete(f);
        }
      }
    } catch (IOException e) {
      throw new StoreException("cannot clear the unreadable search index " + folder + ": " + e.getMessage(), e);
    }
  }
}
