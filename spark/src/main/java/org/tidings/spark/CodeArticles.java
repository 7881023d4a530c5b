package org.tidings.spark;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Iterator;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.util.TaskCompletionListener;
import org.apache.spark.sql.Row;
import org.tidings.core.model.Article;
import org.tidings.core.model.ArticleError;
import org.tidings.core.model.CodedArticle;
import org.tidings.core.pipeline.TidingsCoder;
import org.tidings.store.CodedRows;

/**
 * Codes the articles of one partition with this JVM's coder ({@link CoderHolder}: the models load
 * once per executor, never per record) and maps each coded article to its rows with the store's
 * {@link CodedRows}. Rows are produced lazily, one article at a time. An article that cannot be
 * read or coded gives a {@code failures} row with its reason, one that takes longer than the
 * budget a {@code timed_out} failure ({@link TimedCoding}); no exception leaves this function.
 */
final class CodeArticles implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;
  private final long budgetMillis;

  CodeArticles(long budgetMillis) {
    this.budgetMillis = budgetMillis;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> parsed) {
    TidingsCoder coder = CoderHolder.coder();
    CodedRows mapping = new CodedRows();
    Clock clock = Clock.systemUTC();
    TimedCoding timed = new TimedCoding(budgetMillis);
    TaskContext task = TaskContext.get();
    if (task != null) {
      task.addTaskCompletionListener((TaskCompletionListener) t -> timed.close());
    }
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        boolean more = parsed.hasNext();
        if (!more) {
          timed.close();
        }
        return more;
      }

      @Override
      public Row next() {
        Row r = parsed.next();
        CodedArticle c = timed.code(() -> code(coder, r), () -> CodedArticle.failed(article(r),
            new ArticleError("timed_out", "coding took longer than the budget of " + budgetMillis + " ms"),
            coder.provenance()));
        long key = ArticleKeys.of(r.getString(0));
        return SparkSchemas.codedRow(c.article().date(), mapping.rows(key, c, LocalDateTime.now(clock)));
      }
    };
  }

  /** The article of a parsed row (one that was read; a row with a reading error has no text). */
  private static Article article(Row r) {
    return new Article(r.getString(1), r.<LocalDate>getAs(2), r.getString(3), r.getString(4), r.getString(5),
        r.getString(6) == null ? "" : r.getString(6));
  }

  static CodedArticle code(TidingsCoder coder, Row r) {
    String id = r.getString(1);
    if (r.getString(7) != null) {
      return CodedArticle.failed(Article.of(id, null, ""), new ArticleError(r.getString(7), r.getString(8)),
          coder.provenance());
    }
    Article a = article(r);
    try {
      return coder.code(a);
    } catch (RuntimeException | StackOverflowError | LinkageError e) {
      return CodedArticle.failed(a, new ArticleError("coding_failed", "coding stopped: " + e), coder.provenance());
    }
  }
}
