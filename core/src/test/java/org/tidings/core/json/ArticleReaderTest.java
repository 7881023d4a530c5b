package org.tidings.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ArticleReaderTest {
  private static final Clock TODAY = Clock.fixed(Instant.parse("2024-05-10T12:00:00Z"), ZoneOffset.UTC);
  private final ArticleReader reader = new ArticleReader(TODAY);

  private String code(String line) {
    return reader.read(line, "f:3").code();
  }

  @Test
  void readsAnArticle() {
    ArticleReader.Result r = reader.read("{\"id\":\"a1\",\"date\":\"2022-02-08\",\"text\":\"Hello.\",\"title\":\"T\"}", "f:1");
    assertThat(r.ok()).isTrue();
    assertThat(r.article().date()).isEqualTo(LocalDate.of(2022, 2, 8));
    assertThat(r.article().title()).isEqualTo("T");
  }

  @Test
  void saysWhatIsWrongWithABadLine() {
    assertThat(code("{not json")).isEqualTo("malformed_json");
    assertThat(code("[1,2]")).isEqualTo("malformed_json");
    assertThat(reader.read("{\"text\":\"x\"}", "f:3")).extracting(ArticleReader.Result::code, ArticleReader.Result::id)
        .containsExactly("missing_id", "f:3");
    assertThat(code("{\"id\":\"a\",\"text\":42}")).isEqualTo("wrong_type");
    assertThat(code("{\"id\":\"a\"}")).isEqualTo("missing_text");
    assertThat(code("{\"id\":\"a\",\"text\":\"x\",\"date\":\"08/02/2022\"}")).isEqualTo("bad_date");
  }

  @Test
  void aLineIsOneObjectWithEachKeyOnce() {
    // the second object, the comment and the trailing words were read as nothing before
    assertThat(code("{\"id\":\"a\",\"text\":\"x\"} {\"id\":\"b\",\"text\":\"y\"}")).isEqualTo("malformed_json");
    assertThat(code("{\"id\":\"a\",\"text\":\"x\"} // note")).isEqualTo("malformed_json");
    assertThat(code("{\"id\":\"a\",\"text\":\"x\"} and more")).isEqualTo("malformed_json");
    assertThat(reader.read("{\"id\":\"a\",\"id\":\"b\",\"text\":\"x\"}", "f:3").message())
        .contains("Duplicate field 'id'");
    assertThat(code("{\"id\":\"a\",\"text\":\"x\"}   ")).isNull();
  }

  @Test
  void fieldsOfTheWrongTypeAreRefusedAndSaySo() {
    assertThat(reader.read("{\"id\":{\"v\":1},\"text\":\"x\"}", "f:3")).extracting(ArticleReader.Result::code,
        ArticleReader.Result::id, ArticleReader.Result::message)
        .containsExactly("wrong_type", "f:3", "\"id\" must be a string or a number, not an object");
    assertThat(code("{\"id\":true,\"text\":\"x\"}")).isEqualTo("wrong_type");
    assertThat(code("{\"id\":null,\"text\":\"x\"}")).isEqualTo("missing_id");
    assertThat(code("{\"id\":\"  \",\"text\":\"x\"}")).isEqualTo("missing_id");
    assertThat(reader.read("{\"id\":17,\"text\":\"x\"}", "f:3").article().id()).isEqualTo("17");
    assertThat(reader.read("{\"id\":\"a\",\"text\":[\"x\"]}", "f:3")).extracting(ArticleReader.Result::code,
        ArticleReader.Result::id, ArticleReader.Result::message)
        .containsExactly("wrong_type", "a", "\"text\" must be a string, not an array");
    assertThat(code("{\"id\":\"a\",\"text\":\"x\",\"date\":20220208}")).isEqualTo("wrong_type");
    assertThat(code("{\"id\":\"a\",\"text\":\"x\",\"title\":{\"en\":\"t\"}}")).isEqualTo("wrong_type");
    assertThat(code("{\"id\":\"a\",\"text\":\"x\",\"source\":[\"s\"]}")).isEqualTo("wrong_type");
    assertThat(code("{\"id\":\"a\",\"text\":\"x\",\"url\":false}")).isEqualTo("wrong_type");
    assertThat(reader.read("{\"id\":\"a\",\"text\":\"x\",\"title\":1984,\"url\":null}", "f:3").article().title())
        .isEqualTo("1984");
  }

  @Test
  void idsThatNoLineCanCarryAreRefused() {
    assertThat(code("{\"id\":\"" + "x".repeat(301) + "\",\"text\":\"x\"}")).isEqualTo("bad_id");
    assertThat(code("{\"id\":\"" + "x".repeat(300) + "\",\"text\":\"x\"}")).isNull();
    assertThat(reader.read("{\"id\":\"a\\nb\",\"text\":\"x\"}", "f:3")).extracting(ArticleReader.Result::code,
        ArticleReader.Result::id).containsExactly("bad_id", "f:3");
  }

  @Test
  void datesFromSixteenHundredToTomorrow() {
    assertThat(reader.read("{\"id\":\"a\",\"text\":\"x\",\"date\":\"1850-06-01\"}", "f").article().date())
        .isEqualTo(LocalDate.of(1850, 6, 1));
    assertThat(reader.read("{\"id\":\"a\",\"text\":\"x\",\"date\":\"2024-05-11\"}", "f").ok()).isTrue();
    assertThat(reader.read("{\"id\":\"a\",\"text\":\"x\",\"date\":\"2024-05-12\"}", "f").message())
        .isEqualTo("the date 2024-05-12 is in the future (today is 2024-05-10)");
    assertThat(reader.read("{\"id\":\"a\",\"text\":\"x\",\"date\":\"0001-01-01\"}", "f").message())
        .isEqualTo("the date 0001-01-01 is before 1600: a placeholder, not a day of news");
    assertThat(code("{\"id\":\"a\",\"text\":\"x\",\"date\":\"+10000-01-01\"}")).isEqualTo("bad_date");
    assertThat(code("{\"id\":\"a\",\"text\":\"x\",\"date\":\"-0044-03-15\"}")).isEqualTo("bad_date");
    assertThat(code("{\"id\":\"a\",\"text\":\"x\",\"date\":\"2022-02-30\"}")).isEqualTo("bad_date");
  }

  @Test
  void aTextLongerThanJacksonsDefaultLimitIsRead() {
    String text = "x".repeat(20_000_001);
    assertThat(reader.read("{\"id\":\"a\",\"text\":\"" + text + "\"}", "f").article().text()).hasSize(20_000_001);
  }

  @Test
  void datesMayCarryATime() {
    assertThat(ArticleReader.parseDate("2022-02-08T10:00:00Z")).isEqualTo(LocalDate.of(2022, 2, 8));
    assertThatThrownBy(() -> ArticleReader.parseDate("yesterday")).hasMessageContaining("YYYY-MM-DD");
  }
}
