package org.tidings.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tidings.core.model.Article;

class ContentHashTest {
  @Test
  void theSameTextReWrappedIsTheSameArticle() {
    assertThat(ContentHash.of(Article.of("a", null, "Talks began\n in  Oslo.")))
        .isEqualTo(ContentHash.of(Article.of("b", null, "Talks began in Oslo.")));
  }

  @Test
  void textsThatAreOnlyWhiteSpaceAreKnownByTheirId() {
    // no-break spaces and next-line characters are white space that normalises to nothing: not one shared article
    String nbsp = ContentHash.of(Article.of("nbsp", null, "\u00A0\u00A0"));
    String nel = ContentHash.of(Article.of("nel", null, "\u0085\u0085"));
    assertThat(nbsp).isNotEqualTo(nel).isEqualTo(ContentHash.ofUnreadable("nbsp"));
    assertThat(ContentHash.of(Article.of("blank", null, " \n "))).isEqualTo(ContentHash.ofUnreadable("blank"));
  }
}
