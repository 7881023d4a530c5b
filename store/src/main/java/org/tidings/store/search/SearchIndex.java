package org.tidings.store.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.AlreadyClosedException;
import org.tidings.core.json.CodedArticleJson;
import org.tidings.core.model.CodedArticle;
import org.tidings.store.FaultHook;
import org.tidings.store.Page;
import org.tidings.store.Store;
import org.tidings.store.StoreException;
import org.tidings.store.StoredCodedArticle;
import org.tidings.store.StoredArticles;

/**
 * The full-text index of a store, in a folder beside it ({@link #beside}). One per process: it
 * holds the index's only writer; searches go through a {@link SearcherManager}. Each batch of
 * articles is committed with an {@link IndexMark} saying how much of the store it reflects, so
 * {@link #sync} can tell whether the index is in step, behind (index the rest) or ahead of the
 * store (a different or emptied store: rebuild). {@link #sync} and {@link #rebuild} take turns
 * (a server may rebuild from a search while a posted article is indexed); searches may run on any
 * thread.
 */
public final class SearchIndex implements AutoCloseable {
  static final int BATCH = 500;
  /** Deepest hit a page may reach. */
  public static final int MAX_DEPTH = 10_000;
  private final Path folder;
  private final IndexDirectory.Open index;
  private final SearchDocuments documents = new SearchDocuments();
  private final SearchQuery queries;
  private final Snippets snippets;
  private final CodedArticleJson json = new CodedArticleJson();
  private final Consumer<String> notices;
  private final FaultHook faults = FaultHook.fromSystemProperty();
  private volatile IndexMark mark;

  private SearchIndex(Path folder, IndexDirectory.Open index, Analyzer analyzer, Consumer<String> notices) {
    this.folder = folder;
    this.index = index;
    this.notices = notices;
    this.queries = new SearchQuery(analyzer);
    this.snippets = new Snippets(analyzer);
    this.mark = IndexMark.of(index.writer().getLiveCommitData());
  }

  /** The index folder of a store file: {@code tidings.db} has {@code tidings.db.index}. */
  public static Path beside(Path storeFile) {
    return storeFile.resolveSibling(storeFile.getFileName() + ".index");
  }

  /** Opens (creating, or re-creating when unreadable: see {@link IndexDirectory}) the index in {@code folder}. */
  public static SearchIndex open(Path folder, Consumer<String> notices) {
    Analyzer analyzer = SearchFields.analyzer();
    return new SearchIndex(folder, new IndexDirectory(analyzer, notices).open(folder), analyzer, notices);
  }

  /** Opens the index beside {@code store} and brings it in step with it. */
  public static SearchIndex openFor(Store store, Consumer<String> notices) {
    SearchIndex i = open(beside(store.file()), notices);
    i.sync(store);
    return i;
  }

  /** Indexes (or re-indexes) one coded article stored under {@code articleKey}, and commits. */
  public void add(CodedArticle article, long articleKey) {
    index(List.of(IndexedArticle.of(article, articleKey, json)));
  }

  /** Indexes stored articles, one commit for all. */
  public void addAll(List<StoredCodedArticle> articles) {
    index(articles.stream().map(IndexedArticle::of).toList());
  }

  /**
   * Brings the index in step with {@code store}: indexes the articles stored since its mark, or
   * rebuilds it when its mark is ahead of the store or its layout is old. Returns the articles indexed.
   */
  public synchronized long sync(Store store) {
    StoredArticles stored = new StoredArticles(store);
    StoredArticles.Mark now = stored.mark();
    if (!mark.current() || mark.maxKey() > now.maxKey() || mark.articles() > now.articles()) {
      return rebuild(store);
    }
    long[] n = {0};
    stored.forEachAfter(mark.maxKey(), BATCH, batch -> {
      addAll(batch);
      n[0] += batch.size();
    });
    return mark.articles() == now.articles() ? n[0] : rebuild(store);
  }

  /** Re-creates the index from the store's stored articles; returns how many were indexed. */
  public synchronized long rebuild(Store store) {
    try {
      index.writer().deleteAll();
      mark = IndexMark.EMPTY;
      commit();
    } catch (IOException e) {
      throw StoreException.writing("cannot clear the search index " + folder, folder, e);
    }
    long[] n = {0};
    new StoredArticles(store).forEachAfter(0, BATCH, batch -> {
      addAll(batch);
      n[0] += batch.size();
    });
    return n[0];
  }

  /** How many articles the index holds. */
  public long articles() {
    return mark.articles();
  }

  /**
   * One page of hits for {@code query} (see {@link SearchQuery} for what is accepted; anything else
   * is an {@link IllegalArgumentException} that says why), best first. An index that cannot be read
   * is an {@link UncheckedIOException}.
   */
  public SearchResults search(String query, int limit, int offset) {
    new Page(limit, offset);
    if ((long) offset + limit > MAX_DEPTH) {
      throw new IllegalArgumentException("offset + limit must be at most " + MAX_DEPTH + ", not " + (offset + limit));
    }
    Query q = queries.parse(query);
    try {
      index.searchers().maybeRefresh();
      IndexSearcher s = index.searchers().acquire();
      try {
        TopDocs top = s.search(q, new TopScoreDocCollectorManager(offset + limit, null, MAX_DEPTH));
        StoredFields fields = s.storedFields();
        List<SearchHit> hits = new ArrayList<>();
        for (int i = offset; i < top.scoreDocs.length; i++) {
          ScoreDoc sd = top.scoreDocs[i];
          hits.add(hit(fields.document(sd.doc), sd.score, q));
        }
        return new SearchResults(top.totalHits.value, hits);
      } finally {
        index.searchers().release(s);
      }
    } catch (IndexSearcher.TooManyClauses e) {
      throw new IllegalArgumentException("the query matches too many words; make its wildcards longer", e);
    } catch (IOException | RuntimeException e) {
      // a segment damaged after the index was opened: Lucene meets it only when it reads the bytes
      throw new UncheckedIOException("the search index " + folder + " cannot be read (" + e.getClass().getSimpleName()
          + ": " + firstLine(e.getMessage()) + ")", e instanceof IOException io ? io : new IOException(e));
    }
  }

  /**
   * As {@link #search(String, int, int)}, but an index that turns out to be unreadable while it is
   * searched (a segment file damaged in the middle, which opening does not check) is reported to
   * the notices, rebuilt from {@code store} and searched again.
   */
  public SearchResults search(Store store, String query, int limit, int offset) {
    try {
      return search(query, limit, offset);
    } catch (UncheckedIOException e) {
      notices.accept(e.getMessage() + "; rebuilding it from the store");
      rebuild(store);
      return search(query, limit, offset);
    }
  }

  static String firstLine(String m) {
    String s = String.valueOf(m);
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  private SearchHit hit(Document d, float score, Query q) {
    return new SearchHit(d.get(SearchFields.KIND), Long.parseLong(d.get(SearchFields.KEY)), d.get("article_id"),
        d.getField(SearchFields.SENTENCE).numericValue().intValue(), d.get(SearchFields.EVENT), score,
        snippets.of(q, d.get(SearchFields.TEXT)));
  }

  private void index(List<IndexedArticle> articles) {
    if (articles.isEmpty()) {
      return;
    }
    IndexWriter w = index.writer();
    try {
      long max = mark.maxKey();
      for (IndexedArticle a : articles) {
        w.updateDocuments(new Term(SearchFields.KEY, Long.toString(a.key())), documents.of(a));
        max = Math.max(max, a.key());
      }
      faults.pass("indexed");
      index.searchers().maybeRefreshBlocking();
      IndexSearcher s = index.searchers().acquire();
      long count;
      try {
        count = s.count(new TermQuery(new Term(SearchFields.KIND, SearchDocuments.ARTICLE)));
      } finally {
        index.searchers().release(s);
      }
      mark = new IndexMark(count, max, IndexMark.LAYOUT);
      commit();
    } catch (IOException | AlreadyClosedException e) {
      throw StoreException.writing("cannot write the search index " + folder, folder, e);
    }
  }

  private void commit() throws IOException {
    index.writer().setLiveCommitData(mark.data().entrySet());
    index.writer().commit();
    index.searchers().maybeRefreshBlocking();
  }

  @Override
  public void close() {
    try {
      index.searchers().close();
      index.writer().close();
      index.directory().close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the search index " + folder + ": " + e.getMessage(), e);
    }
  }
}
