package org.tidings.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tidings.core.knowledge.Knowledge;
import org.tidings.core.model.Article;
import org.tidings.core.model.ArticleError;
import org.tidings.core.model.CodedArticle;
import org.tidings.core.nlp.AnnotatedText;
import org.tidings.core.nlp.NlpAnnotator;

/** The batch coder on a stand-in for CoreNLP: order, warnings, budgets. No models. */
class BatchCoderTest {
  private static final LocalDate DAY = LocalDate.of(2022, 2, 8);
  private static final String TEXT = "The minister met the envoy in Oslo on Monday.";
  private static final ArticleError UTF8 = new ArticleError("invalid_utf8", "bad bytes were replaced");
  private static Knowledge knowledge;

  @BeforeAll
  static void load() {
    knowledge = Knowledge.load();
  }

  /** A linguistic layer that finds no sentence, or waits until interrupted when the text says "stall". */
  private static final class StandIn implements NlpAnnotator {
    final CountDownLatch interrupted = new CountDownLatch(1);

    @Override
    public AnnotatedText annotate(String text, ParseFilter shouldParse) {
      if (text.contains("stall")) {
        try {
          Thread.sleep(600_000);
        } catch (InterruptedException e) {
          interrupted.countDown();
          throw new IllegalStateException("interrupted");
        }
      }
      return new AnnotatedText(text, List.of());
    }
  }

  private static List<String> codes(CodedArticle c) {
    return c.errors().stream().map(ArticleError::code).toList();
  }

  private static List<CodedArticle> run(NlpAnnotator nlp, long budget, List<BatchCoder.Item> items) {
    List<CodedArticle> out = new ArrayList<>();
    try (BatchCoder batch = new BatchCoder(new TidingsCoder(knowledge, nlp, Settings.DEFAULTS), 2, budget)) {
      batch.run(items.iterator(), out::add);
    }
    return out;
  }

  @Test
  void aFailedArticleSaysWhyFirstAndWhatTheReaderFoundAfter() {
    List<CodedArticle> out = run(new StandIn(), 60_000, List.of(
        BatchCoder.Item.of(Article.of("bin", DAY, "\uFFFD\u0000\uFFFD\uFFFD garbage")).withWarning(UTF8),
        BatchCoder.Item.of(Article.of("ok", DAY, TEXT)).withWarning(UTF8)));
    assertThat(codes(out.get(0))).containsExactly("binary_content", "invalid_utf8");
    assertThat(out.get(0).focus()).isNull();
    assertThat(codes(out.get(1))).containsExactly("invalid_utf8");
    assertThat(out.get(1).focus()).isNotNull();
  }

  @Test
  void anArticleOverItsBudgetIsTimedOutItsWorkerInterruptedAndTheBatchGoesOn() throws Exception {
    StandIn nlp = new StandIn();
    List<CodedArticle> out = run(nlp, 200, List.of(
        BatchCoder.Item.of(Article.of("slow", DAY, "The talks stall again.")).withWarning(UTF8),
        BatchCoder.Item.of(Article.of("next", DAY, TEXT))));
    assertThat(out).extracting(c -> c.article().id()).containsExactly("slow", "next");
    assertThat(codes(out.get(0))).containsExactly("timed_out", "invalid_utf8");
    assertThat(out.get(0).errors().get(0).message()).isEqualTo("coding took longer than the budget of 200 ms");
    assertThat(codes(out.get(1))).isEmpty();
    assertThat(nlp.interrupted.await(30, TimeUnit.SECONDS)).as("the stalled worker was interrupted").isTrue();
  }
}
