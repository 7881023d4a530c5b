package org.tidings.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidings.core.model.Article;
import org.tidings.core.model.ArticleError;
import org.tidings.core.model.CodedArticle;
import org.tidings.core.model.DateBasis;
import org.tidings.core.model.Mode;

class TableTest {
  @TempDir
  Path dir;

  @Test
  void theColumnsAreThoseOfTheMigratedSchema() throws SQLException {
    try (Store s = Store.open(dir.resolve("t.db"))) {
      for (Table t : Table.values()) {
        List<Column> schema = new ArrayList<>();
        try (Statement st = s.connection().createStatement();
            ResultSet r = st.executeQuery("SELECT column_name, data_type, is_nullable FROM information_schema.columns "
                + "WHERE table_name = '" + t.tableName() + "' ORDER BY ordinal_position")) {
          while (r.next()) {
            schema.add(new Column(r.getString(1), r.getString(2), r.getString(3).equals("YES")));
          }
        }
        assertThat(t.columns()).as(t.tableName()).isEqualTo(schema);
      }
    }
  }

  @Test
  void everyRowHasAValueForEachColumnOfItsTable() throws Exception {
    CodedArticle c = Fixtures.shelling("a", "Wire A", "2022-02-07", DateBasis.TEXT, "195", Mode.ASSERTED);
    LocalDateTime at = LocalDateTime.of(2022, 2, 9, 10, 0);
    Map<Table, List<List<Object>>> rows = new CodedRows().rows(7, c, at);
    assertThat(rows).containsOnlyKeys(Table.values());
    rows.forEach((t, list) -> list.forEach(row -> assertThat(row).as(t.name()).hasSize(t.columns().size())));
    assertThat(rows.get(Table.ARTICLES).get(0)).startsWith(7L, "a", ContentHash.of(c.article()));
    assertThat(rows.get(Table.EVENTS).get(0).get(35)).isEqualTo(LocalDate.parse("2022-02-07"));
    assertThat(rows.get(Table.FAILURES)).isEmpty();
    assertThat((String) rows.get(Table.ARTICLE_TEXTS).get(0).get(1)).startsWith("Russian forces shelled");
    assertThat(new ObjectMapper().readTree((String) rows.get(Table.ARTICLES).get(0).get(13)).has("text"))
        .as("the text is kept once, in article_texts").isFalse();
  }

  @Test
  void aFailedArticleHasOneFailureRowPerError() {
    CodedArticle c = CodedArticle.failed(Article.of("x", null, ""), new ArticleError("empty_text", "no text"),
        Fixtures.PROVENANCE);
    LocalDateTime at = LocalDateTime.of(2022, 2, 9, 10, 0);
    Map<Table, List<List<Object>>> rows = new CodedRows().rows(3, c, at);
    assertThat(rows.get(Table.FAILURES)).containsExactly(List.of(3L, "empty_text", "no text", at));
    assertThat(rows.get(Table.ARTICLES).get(0).get(7)).isEqualTo("failed");
  }
}
