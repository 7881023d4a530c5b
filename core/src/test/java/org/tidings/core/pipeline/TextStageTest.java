package org.tidings.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tidings.core.knowledge.Knowledge;
import org.tidings.core.model.Article;
import org.tidings.core.model.ArticleError;
import org.tidings.core.nlp.AnnotatedText;
import org.tidings.core.nlp.NlpAnnotator;
import org.tidings.core.place.DatelineReader;

/** What the linguistic layer is given: datelines and endless words blanked, offsets kept. No models. */
class TextStageTest {
  private static Knowledge knowledge;

  @BeforeAll
  static void load() {
    knowledge = Knowledge.load();
  }

  private static Analysis run(String text, List<String> seen) {
    NlpAnnotator nlp = (t, filter) -> {
      seen.add(t);
      return new AnnotatedText(t, List.of());
    };
    TextStage stage = new TextStage(nlp, knowledge.verbPatterns(), new DatelineReader(knowledge.gazetteer(),
        knowledge.world()), 80);
    Analysis a = new Analysis(Article.of("a", null, text));
    new Pipeline(List.of(stage)).run(a);
    return a;
  }

  @Test
  void aRunOfCharactersWithoutSpaceLongerThanAnyWordIsBlankedAndReported() {
    String link = "https://example.org/" + "a1b2c3d4e5".repeat(30);
    String text = "NAIROBI \u2014 Police said more at " + link + " on Monday.";
    List<String> seen = new ArrayList<>();
    Analysis a = run(text, seen);
    String given = seen.get(0);
    assertThat(given).hasSameSizeAs(text).doesNotContain("example.org").doesNotContain("NAIROBI")
        .contains("Police said more at ").endsWith(" on Monday.");
    assertThat(a.text().text()).isEqualTo(text);
    assertThat(a.errors()).extracting(ArticleError::code).containsExactly("word_too_long");
    assertThat(a.errors().get(0).message())
        .isEqualTo("1 run(s) of more than 200 characters without a space (a link, encoded data) were not read");
  }

  @Test
  void wordsUpToTheLimitAreRead() {
    String text = "The word " + "x".repeat(TextStage.MAX_WORD) + " is long.";
    List<String> seen = new ArrayList<>();
    Analysis a = run(text, seen);
    assertThat(seen.get(0)).isEqualTo(text);
    assertThat(a.errors()).isEmpty();
  }
}
