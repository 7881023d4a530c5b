package org.tidings.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import org.tidings.core.model.Article;
import org.tidings.core.pipeline.BatchCoder;
import org.tidings.store.ContentHash;

/**
 * The articles of an ingest run that are to be coded, read file by file as the coder asks for
 * them, so only one file's articles are held at a time. An article is handed out when its
 * content hash is among those wanted, and only once.
 */
final class IngestQueue implements Iterator<BatchCoder.Item> {
  private final Iterator<Path> files;
  private final IngestSources sources;
  private final LocalDate date;
  private final Set<String> wanted;
  private final Deque<BatchCoder.Item> ready = new ArrayDeque<>();

  IngestQueue(List<Path> files, IngestSources sources, LocalDate date, Set<String> wanted) {
    this.files = files.iterator();
    this.sources = sources;
    this.date = date;
    this.wanted = wanted;
  }

  /** The content hash that identifies an item in the store. */
  static String hash(BatchCoder.Item item) {
    Article a = item.article() != null ? item.article() : item.failed().article();
    return ContentHash.of(a);
  }

  @Override
  public boolean hasNext() {
    while (ready.isEmpty() && files.hasNext()) {
      for (BatchCoder.Item item : sources.read(files.next(), date)) {
        if (wanted.remove(hash(item))) {
          ready.add(item);
        }
      }
    }
    return !ready.isEmpty();
  }

  @Override
  public BatchCoder.Item next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return ready.poll();
  }
}
