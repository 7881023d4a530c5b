package org.tidings.spark;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.tidings.core.model.CodedArticle;

/**
 * Runs the coding of one article after another on a worker thread of a task, each within a time
 * budget. An article over its budget is cancelled and answered by the given failure, and the
 * worker is replaced, so an article that does not stop when told never holds up the next one.
 * Not thread-safe: one per task.
 */
final class TimedCoding implements AutoCloseable {
  private final long budgetMillis;
  private ExecutorService worker;

  TimedCoding(long budgetMillis) {
    this.budgetMillis = budgetMillis;
  }

  CodedArticle code(Supplier<CodedArticle> coding, Supplier<CodedArticle> timedOut) {
    if (worker == null) {
      worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "tidings-task-coder");
        t.setDaemon(true);
        return t;
      });
    }
    Future<CodedArticle> f = worker.submit(coding::get);
    try {
      return f.get(budgetMillis, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      f.cancel(true);
      worker.shutdownNow();
      worker = null;
      return timedOut.get();
    } catch (ExecutionException e) {
      // the coding catches its own failures; anything else is a bug to surface as the task's failure
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      f.cancel(true);
      Thread.currentThread().interrupt();
      throw new IllegalStateException("the task was interrupted while coding", e);
    }
  }

  @Override
  public void close() {
    if (worker != null) {
      worker.shutdownNow();
      worker = null;
    }
  }
}
