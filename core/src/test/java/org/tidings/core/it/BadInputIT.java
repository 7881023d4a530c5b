package org.tidings.core.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tidings.core.model.Article;
import org.tidings.core.model.ArticleError;
import org.tidings.core.model.CodedArticle;
import org.tidings.core.pipeline.BatchCoder;

/** Bad input gets a clear error, loses nothing and never stops the other articles. */
class BadInputIT {
  private static final LocalDate DAY = LocalDate.of(2022, 2, 8);
  private static final String GOOD = "On Monday, the Russian president urged the Ukrainian government to carry out"
      + " the agreement. The French president met the Ukrainian president in Kyiv on Tuesday.";
  private static Coding coding;

  @BeforeAll
  static void load() {
    coding = new Coding();
  }

  private static List<String> codes(CodedArticle c) {
    return c.errors().stream().map(ArticleError::code).toList();
  }

  @Test
  void emptyBinaryAndForeignTextsSayWhy() {
    assertThat(codes(coding.coder.code(Article.of("e", DAY, "")))).containsExactly("empty_text");
    assertThat(codes(coding.coder.code(Article.of("b", DAY, "\u0000\u0001\u0002\u0003PK\u0004\u0005"))))
        .containsExactly("binary_content");
    assertThat(codes(coding.coder.code(Article.of("d", DAY,
        "Der Bundeskanzler traf am Dienstag den ukrainischen Präsidenten in Kiew zu langen Gesprächen."))))
        .containsExactly("not_english");
  }

  @Test
  void aLongArticleIsCutWithAnErrorAndStillCodedAndAHugeTextIsRefused() {
    StringBuilder sb = new StringBuilder();
    while (sb.length() < 500_000) {
      sb.append(GOOD).append("\n\n");
    }
    CodedArticle c = coding.coder.code(Article.of("long", DAY, sb.toString()));
    assertThat(codes(c)).contains("article_truncated");
    assertThat(c.events()).isNotEmpty();
    // over ten times the coded length: not one article
    CodedArticle huge = coding.coder.code(Article.of("huge", DAY, sb.toString().repeat(3)));
    assertThat(codes(huge)).containsExactly("too_long");
  }

  @Test
  void aWordLongerThanAnyWordIsNotReadAndTheRestIsCoded() {
    CodedArticle c = coding.coder.code(Article.of("word", DAY, GOOD + " " + "x".repeat(60_000) + " " + GOOD));
    assertThat(codes(c)).containsExactly("word_too_long");
    assertThat(c.events()).isNotEmpty();
  }

  @Test
  void anEndlessSentenceIsNotParsedAndSaysSo() {
    StringBuilder sb = new StringBuilder("The minister said that");
    for (int i = 0; i < 3000; i++) {
      sb.append(i % 7 == 0 ? " and the army attacked the town" : " again");
    }
    CodedArticle c = coding.coder.code(Article.of("long", DAY, sb.toString()));
    assertThat(codes(c)).contains("sentence_too_long");
  }

  @Test
  void unbalancedQuotesNeverSwallowTheArticle() {
    String text = "The minister said \u201Cwe will respond.\n\nOn Tuesday, the French president met the Ukrainian"
        + " president in Kyiv. \u201D \u201D \u201C";
    CodedArticle c = coding.coder.code(Article.of("q", DAY, text));
    assertThat(c.quotes()).allSatisfy(q -> assertThat(q.text()).doesNotContain("\n\n"));
    assertThat(c.events()).isNotEmpty();
  }

  @Test
  void oneBadArticleNeverStopsABatchAndOrderIsKept() {
    List<BatchCoder.Item> items = List.of(
        BatchCoder.Item.of(Article.of("1", DAY, GOOD)),
        BatchCoder.Item.of(Article.of("2", DAY, "")),
        BatchCoder.Item.of(Article.of("3", DAY, "\u0000\u0000\u0000\u0000")),
        BatchCoder.Item.of(Article.of("4", DAY, GOOD)));
    List<CodedArticle> out = new ArrayList<>();
    try (BatchCoder batch = new BatchCoder(coding.coder, 2, 60_000)) {
      batch.run(items.iterator(), out::add);
    }
    assertThat(out).extracting(c -> c.article().id()).containsExactly("1", "2", "3", "4");
    assertThat(out.get(0).events()).isNotEmpty();
    assertThat(codes(out.get(1))).containsExactly("empty_text");
    assertThat(codes(out.get(2))).containsExactly("binary_content");
    assertThat(coding.json.write(out.get(3))).isEqualTo(coding.json.write(out.get(0)).replace("\"1", "\"4"));
  }

  @Test
  void anArticleOverItsTimeBudgetIsRecordedAsTimedOut() {
    StringBuilder sb = new StringBuilder();
    while (sb.length() < 60_000) {
      sb.append(GOOD).append(' ');
    }
    List<CodedArticle> out = new ArrayList<>();
    try (BatchCoder batch = new BatchCoder(coding.coder, 1, 1)) {
      batch.run(List.of(BatchCoder.Item.of(Article.of("slow", DAY, sb.toString())),
          BatchCoder.Item.of(Article.of("next", DAY, ""))).iterator(), out::add);
    }
    assertThat(codes(out.get(0))).containsExactly("timed_out");
    assertThat(codes(out.get(1))).containsExactly("empty_text");
  }
}
