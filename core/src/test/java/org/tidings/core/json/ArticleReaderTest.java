package org.tidings.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ArticleReaderTest {
  private final ArticleReader reader = new ArticleReader();

  @Test
  void readsAnArticle() {
    ArticleReader.Result r = reader.read("{\"id\":\"a1\",\"date\":\"2022-02-08\",\"text\":\"Hello.\",\"title\":\"T\"}", "f:1");
    assertThat(r.ok()).isTrue();
    assertThat(r.article().date()).isEqualTo(LocalDate.of(2022, 2, 8));
    assertThat(r.article().title()).isEqualTo("T");
  }

  @Test
  void saysWhatIsWrongWithABadLine() {
    assertThat(reader.read("{not json", "f:3").code()).isEqualTo("malformed_json");
    assertThat(reader.read("[1,2]", "f:3").code()).isEqualTo("malformed_json");
    assertThat(reader.read("{\"text\":\"x\"}", "f:3")).extracting(ArticleReader.Result::code, ArticleReader.Result::id)
        .containsExactly("missing_id", "f:3");
    assertThat(reader.read("{\"id\":\"a\",\"text\":42}", "f:3").code()).isEqualTo("missing_text");
    assertThat(reader.read("{\"id\":\"a\",\"text\":\"x\",\"date\":\"08/02/2022\"}", "f:3").code()).isEqualTo("bad_date");
  }

  @Test
  void datesMayCarryATime() {
    assertThat(ArticleReader.parseDate("2022-02-08T10:00:00Z")).isEqualTo(LocalDate.of(2022, 2, 8));
    assertThatThrownBy(() -> ArticleReader.parseDate("yesterday")).hasMessageContaining("YYYY-MM-DD");
  }
}
