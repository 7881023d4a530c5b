package org.tidings.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.tidings.core.model.Article;
import org.tidings.core.model.ArticleError;
import org.tidings.core.model.CodedArticle;
import org.tidings.core.model.Provenance;

class TimedCodingTest {
  private static final Provenance P = new Provenance("test", Map.of());

  private static CodedArticle answer(String id, String code) {
    return CodedArticle.failed(Article.of(id, LocalDate.of(2022, 2, 8), "text"), new ArticleError(code, code), P);
  }

  @Test
  void anArticleThatNeverStopsIsTimedOutAndTheNextIsCodedOnAFreshWorker() {
    CountDownLatch never = new CountDownLatch(1);
    try (TimedCoding timed = new TimedCoding(200)) {
      CodedArticle stuck = timed.code(() -> {
        while (never.getCount() > 0) {
          try {
            never.await();
          } catch (InterruptedException ignoredOnPurpose) {
            // does not stop when told
          }
        }
        return answer("stuck", "done");
      }, () -> answer("stuck", "timed_out"));
      assertThat(stuck.errors()).extracting(ArticleError::code).containsExactly("timed_out");
      CodedArticle next = timed.code(() -> answer("next", "done"), () -> answer("next", "timed_out"));
      assertThat(next.errors()).extracting(ArticleError::code).containsExactly("done");
    } finally {
      never.countDown();
    }
  }
}
