package org.tidings.core.pipeline;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.tidings.core.model.Article;
import org.tidings.core.model.ArticleError;
import org.tidings.core.model.CodedArticle;

/**
 * Codes a stream of articles on several threads with one shared coder, handing results back in
 * input order. Each article has a time budget; one that runs over is recorded as timed out and
 * the batch goes on.
 */
public final class BatchCoder implements AutoCloseable {
  private final TidingsCoder coder;
  private final ThreadPoolExecutor pool;
  private int stuck;
  private final int threads;
  private final long budgetMillis;

  public BatchCoder(TidingsCoder coder, int threads, long budgetMillis) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
    this.coder = coder;
    this.threads = threads;
    this.budgetMillis = budgetMillis;
    this.pool = (ThreadPoolExecutor) Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "tidings-coder");
      t.setDaemon(true);
      return t;
    });
  }

  /** An input item: an article to code, or one that could not even be read. */
  public record Item(Article article, CodedArticle failed, List<ArticleError> warnings) {
    public static Item of(Article a) {
      return new Item(a, null, List.of());
    }

    public static Item failed(CodedArticle c) {
      return new Item(null, c, List.of());
    }

    /** The same article with a problem met while reading it, reported with its coding. */
    public Item withWarning(ArticleError e) {
      List<ArticleError> w = new ArrayList<>(warnings);
      w.add(e);
      return new Item(article, failed, List.copyOf(w));
    }
  }

  /** Codes every item, calling {@code sink} once per item in input order. */
  public void run(Iterator<Item> items, Consumer<CodedArticle> sink) {
    Deque<Pending> window = new ArrayDeque<>();
    int ahead = threads * 4;
    while (items.hasNext() || !window.isEmpty()) {
      while (items.hasNext() && window.size() < ahead) {
        Item item = items.next();
        if (item.failed() != null) {
          window.add(new Pending(null, List.of(), null, item.failed(), null));
        } else {
          AtomicLong started = new AtomicLong();
          Future<CodedArticle> f = pool.submit(() -> {
            started.set(System.currentTimeMillis());
            return coder.code(item.article());
          });
          window.add(new Pending(item.article(), item.warnings(), f, null, started));
        }
      }
      Pending p = window.poll();
      if (p != null) {
        CodedArticle c = withWarnings(p.await(coder, budgetMillis), p.warnings());
        if (p.future() != null && c.errors().stream().anyMatch(e -> e.code().equals("timed_out"))) {
          // the worker may still be busy with it: add one so the batch keeps its pace
          stuck++;
          pool.setMaximumPoolSize(threads + stuck);
          pool.setCorePoolSize(threads + stuck);
        }
        sink.accept(c);
      }
    }
  }

  /**
   * The coding with the problems met while reading: before its own notes when it was coded, after
   * the reason when it failed (the first error of a failed article is why it failed).
   */
  static CodedArticle withWarnings(CodedArticle c, List<ArticleError> warnings) {
    if (warnings.isEmpty()) {
      return c;
    }
    boolean failed = c.focus() == null && !c.errors().isEmpty();
    List<ArticleError> all = new ArrayList<>(failed ? c.errors() : warnings);
    all.addAll(failed ? warnings : c.errors());
    return new CodedArticle(c.article(), c.events(), c.quotes(), c.mentions(), c.times(), List.copyOf(all),
        c.provenance(), c.focus());
  }

  private record Pending(Article article, List<ArticleError> warnings, Future<CodedArticle> future,
      CodedArticle done, AtomicLong started) {
    CodedArticle await(TidingsCoder coder, long budget) {
      if (done != null) {
        return done;
      }
      try {
        while (true) {
          long begun = started.get();
          long left = begun == 0 ? 200 : budget - (System.currentTimeMillis() - begun);
          if (left <= 0 && !future.isDone()) {
            throw new TimeoutException();
          }
          try {
            return future.get(Math.max(1, left), TimeUnit.MILLISECONDS);
          } catch (TimeoutException notYet) {
            if (future.isDone()) {
              continue;
            }
            if (started.get() != 0 && System.currentTimeMillis() - started.get() >= budget) {
              throw notYet;
            }
          }
        }
      } catch (TimeoutException e) {
        future.cancel(true);
        return CodedArticle.failed(article, new ArticleError("timed_out",
            "coding took longer than the budget of " + budget + " ms"), coder.provenance());
      } catch (ExecutionException e) {
        return CodedArticle.failed(article, new ArticleError("coding_failed", String.valueOf(e.getCause())),
            coder.provenance());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return CodedArticle.failed(article, new ArticleError("interrupted", "coding was interrupted"),
            coder.provenance());
      }
    }
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
