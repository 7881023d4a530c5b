package org.tidings.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.tidings.core.model.Article;
import org.tidings.core.model.ArticleError;
import org.tidings.core.model.CodedArticle;

class BudgetedCoderTest {
  private static final LocalDate DAY = LocalDate.of(2022, 2, 8);

  private static CodedArticle empty(Article a) {
    ArticleCoder any = x -> null;
    return CodedArticle.failed(a, new ArticleError("none", "test"), any.provenance());
  }

  @Test
  void anArticleOverTheBudgetIsTimedOutAndTheNextIsStillCoded() {
    CountDownLatch never = new CountDownLatch(1);
    ArticleCoder stubborn = a -> {
      if (a.id().equals("slow")) {
        while (never.getCount() > 0) {
          try {
            never.await();
          } catch (InterruptedException ignoredOnPurpose) {
            // an article that does not stop when told: its worker must be replaced
          }
        }
      }
      return empty(a);
    };
    try (BudgetedCoder coder = new BudgetedCoder(stubborn, 1, 200)) {
      CodedArticle slow = coder.code(Article.of("slow", DAY, "text"));
      assertThat(slow.errors()).extracting(ArticleError::code).containsExactly("timed_out");
      CodedArticle next = coder.code(Article.of("next", DAY, "text"));
      assertThat(next.errors()).extracting(ArticleError::code).containsExactly("none");
    } finally {
      never.countDown();
    }
  }

  @Test
  void noMoreArticlesAreCodedAtOnceThanThreads() throws Exception {
    AtomicInteger running = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    ArticleCoder busy = a -> {
      most.accumulateAndGet(running.incrementAndGet(), Math::max);
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      running.decrementAndGet();
      return empty(a);
    };
    ExecutorService callers = Executors.newFixedThreadPool(8);
    try (BudgetedCoder coder = new BudgetedCoder(busy, 2, 60_000)) {
      List<Future<CodedArticle>> answers = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        Article a = Article.of("a" + i, DAY, "text");
        answers.add(callers.submit(() -> coder.code(a)));
      }
      for (Future<CodedArticle> f : answers) {
        assertThat(f.get().errors()).extracting(ArticleError::code).containsExactly("none");
      }
    } finally {
      callers.shutdownNow();
    }
    assertThat(most.get()).isEqualTo(2);
  }

  @Test
  void aFailureOfTheCoderReachesTheCallerAsItself() {
    ArticleCoder broken = a -> {
      throw new IllegalStateException("broken on purpose");
    };
    try (BudgetedCoder coder = new BudgetedCoder(broken, 1, 1000)) {
      assertThatThrownBy(() -> coder.code(Article.of("x", DAY, "text")))
          .isInstanceOf(IllegalStateException.class).hasMessage("broken on purpose");
    }
  }
}
