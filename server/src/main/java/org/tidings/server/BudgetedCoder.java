package org.tidings.server;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.tidings.core.model.Article;
import org.tidings.core.model.ArticleError;
import org.tidings.core.model.CodedArticle;
import org.tidings.core.model.Provenance;

/**
 * Codes posted articles on a fixed number of threads, each within a time budget. However many
 * requests post at once, at most {@code threads} articles are coded together (the others wait
 * their turn), so memory and CPU stay bounded under load; an article that takes longer than the
 * budget once started is answered and stored as failed with {@code timed_out}, as {@code tidings
 * ingest} records it. A worker still busy with a cancelled article is replaced, so a stuck article
 * never lowers the number of threads coding.
 */
public final class BudgetedCoder implements ArticleCoder, AutoCloseable {
  private final ArticleCoder inner;
  private final long budgetMillis;
  private final int threads;
  private final ThreadPoolExecutor pool;

  public BudgetedCoder(ArticleCoder inner, int threads, long budgetMillis) {
    if (threads < 1 || budgetMillis < 1) {
      throw new IllegalArgumentException("coding needs 1 thread or more and a budget of 1 ms or more");
    }
    this.inner = inner;
    this.threads = threads;
    this.budgetMillis = budgetMillis;
    this.pool = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
      Thread t = new Thread(r, "tidings-post-coder");
      t.setDaemon(true);
      return t;
    });
  }

  /**
   * Threads for a server that also answers reads: half the cores, at least one. Coding keeps a core
   * fully busy for a second or more per article; with every core coding, reads waited seconds.
   */
  public static int defaultThreads() {
    return Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
  }

  @Override
  public CodedArticle code(Article article) {
    AtomicLong started = new AtomicLong();
    Future<CodedArticle> f = pool.submit(() -> {
      started.set(System.nanoTime());
      return inner.code(article);
    });
    try {
      while (true) {
        long begun = started.get();
        long left = begun == 0 ? budgetMillis : budgetMillis - (System.nanoTime() - begun) / 1_000_000;
        if (left <= 0) {
          return timedOut(article, f);
        }
        try {
          return f.get(left, TimeUnit.MILLISECONDS);
        } catch (TimeoutException notYet) {
          // still queued, or started late: look again at when it began
        }
      }
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(cause);
    } catch (InterruptedException e) {
      f.cancel(true);
      Thread.currentThread().interrupt();
      return CodedArticle.failed(article, new ArticleError("interrupted", "coding was interrupted"),
          inner.provenance());
    }
  }

  private CodedArticle timedOut(Article article, Future<CodedArticle> f) {
    f.cancel(true);
    synchronized (pool) {
      // the cancelled worker may not notice at once: one more thread keeps the pace until it does
      int busy = pool.getActiveCount();
      if (busy >= pool.getMaximumPoolSize() && pool.getMaximumPoolSize() < threads * 4) {
        pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
        pool.setCorePoolSize(pool.getMaximumPoolSize());
      }
    }
    return CodedArticle.failed(article, new ArticleError("timed_out",
        "coding took longer than the budget of " + budgetMillis + " ms"), inner.provenance());
  }

  @Override
  public boolean loaded() {
    return inner.loaded();
  }

  @Override
  public Provenance provenance() {
    return inner.provenance();
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
