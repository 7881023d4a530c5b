package org.tidings.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.tidings.core.model.Article;

/**
 * Properties of reading an article from a JSON line: any line is an article or one of the
 * documented errors, never an exception; a value of the wrong shape in any field is an error
 * that names the problem; a line holds one object and nothing after it; valid articles come
 * back field for field.
 */
class ArticleReaderProperties {
  private static final Set<String> CODES = Set.of("malformed_json", "missing_id", "missing_text", "bad_date",
      "wrong_type", "bad_id");
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private final ArticleReader reader = new ArticleReader();
  private final ObjectMapper mapper = new ObjectMapper();

  @Property
  void anyLineIsAnArticleOrADocumentedError(@ForAll("lines") String line) {
    ArticleReader.Result r = reader.read(line, "f:1");
    if (r.ok()) {
      assertThat(r.code()).isNull();
      assertThat(r.id()).isEqualTo(r.article().id()).isNotBlank();
    } else {
      assertThat(r.code()).as(line).isIn(CODES);
      assertThat(r.message()).as(line).isNotBlank();
      assertThat(r.id()).as(line).isNotNull();
    }
  }

  @Property(tries = 500)
  void aValueThatIsNotAnObjectIsMalformed(@ForAll("scalarsAndArrays") JsonNode value) throws JsonProcessingException {
    ArticleReader.Result r = reader.read(mapper.writeValueAsString(value), "f:7");
    assertThat(r.code()).isEqualTo("malformed_json");
    assertThat(r.id()).isEqualTo("f:7");
    assertThat(r.message()).contains("one JSON object");
  }

  @Property(tries = 500)
  void anIdThatIsNotTextIsMissingOrOfTheWrongType(@ForAll("notText") JsonNode id) throws JsonProcessingException {
    ObjectNode o = article();
    o.set("id", id);
    assertThat(reader.read(mapper.writeValueAsString(o), "f:2")).extracting(ArticleReader.Result::code,
        ArticleReader.Result::id).containsExactly(id.isNull() ? "missing_id" : "wrong_type", "f:2");
  }

  @Property(tries = 500)
  void aTextThatIsNotAStringIsMissingOrOfTheWrongType(@ForAll("notText") JsonNode text)
      throws JsonProcessingException {
    ObjectNode o = article();
    o.set("text", text);
    assertThat(reader.read(mapper.writeValueAsString(o), "f:2")).extracting(ArticleReader.Result::code,
        ArticleReader.Result::id).containsExactly(text.isNull() ? "missing_text" : "wrong_type", "a1");
  }

  @Property(tries = 500)
  void aDateThatIsNotADayIsBad(@ForAll("notADate") JsonNode date) throws JsonProcessingException {
    ObjectNode o = article();
    o.set("date", date);
    ArticleReader.Result r = reader.read(mapper.writeValueAsString(o), "f:2");
    assertThat(r.code()).as(o.toString()).isEqualTo(date.isTextual() ? "bad_date" : "wrong_type");
    assertThat(r.message()).contains("YYYY-MM-DD");
  }

  @Property(tries = 500)
  void aTitleUrlOrSourceThatIsNotTextIsOfTheWrongType(@ForAll("field") String field, @ForAll("containers") JsonNode value)
      throws JsonProcessingException {
    ObjectNode o = article();
    o.set(field, value);
    ArticleReader.Result r = reader.read(mapper.writeValueAsString(o), "f:2");
    assertThat(r.code()).as(o.toString()).isEqualTo("wrong_type");
    assertThat(r.id()).isEqualTo("a1");
    assertThat(r.message()).contains("\"" + field + "\"");
  }

  @Property
  void anythingAfterTheObjectIsMalformed(@ForAll("articles") Article a, @ForAll("trailing") String after)
      throws JsonProcessingException {
    ArticleReader.Result r = reader.read(mapper.writeValueAsString(json(a)) + after, "f:9");
    assertThat(r.code()).as(after).isEqualTo("malformed_json");
  }

  @Property
  void validArticlesComeBackFieldForField(@ForAll("articles") Article a, @ForAll("space") String before,
      @ForAll("space") String after) throws JsonProcessingException {
    ArticleReader.Result r = reader.read(before + mapper.writeValueAsString(json(a)) + after, "f:1");
    assertThat(r.ok()).as(r.message()).isTrue();
    assertThat(r.article()).isEqualTo(a);
  }

  @Property
  void datesWithATimeAreTheirDay(@ForAll("days") LocalDate d, @ForAll("times") String time) {
    assertThat(ArticleReader.parseDate(d + time)).isEqualTo(d);
  }

  @Property
  void aDateIsFourDigitsOfYearOrRefused(@ForAll("dateLike") String s) {
    try {
      LocalDate d = ArticleReader.parseDate(s);
      assertThat(d.getYear()).as(s).isBetween(0, 9999);
      assertThat(s.strip()).startsWith(d.toString());
    } catch (IllegalArgumentException refused) {
      assertThat(refused.getMessage()).contains("YYYY-MM-DD");
    }
  }

  @Example
  void aYearBeyondFourDigitsIsRefused() {
    for (String s : List.of("+999999999-12-31", "-0001-01-01", "+10000-01-01", "-999999999-01-01")) {
      assertThat(reader.read("{\"id\":\"a\",\"text\":\"x\",\"date\":\"" + s + "\"}", "f:1").code()).as(s)
          .isEqualTo("bad_date");
    }
  }

  @Example
  void deepNestingIsMalformedNotAStackOverflow() {
    assertThat(reader.read("[".repeat(100_000), "f:1").code()).isEqualTo("malformed_json");
    assertThat(reader.read("{\"id\":\"a\",\"text\":\"x\",\"t\":" + "[".repeat(100_000), "f:1").code())
        .isEqualTo("malformed_json");
  }

  @Example
  void twoObjectsOnOneLineAreNotTheFirstAlone() {
    assertThat(reader.read("{\"id\":\"a\",\"text\":\"x\"} {\"id\":\"b\",\"text\":\"y\"}", "f:1").code())
        .isEqualTo("malformed_json");
  }

  @Example
  void aTitleThatIsAnObjectIsNotAnEmptyTitle() {
    ArticleReader.Result r = reader.read("{\"id\":\"a\",\"text\":\"x\",\"title\":{\"en\":\"T\"}}", "f:1");
    assertThat(r.code()).isEqualTo("wrong_type");
    assertThat(r.message()).contains("\"title\"");
  }

  private static ObjectNode article() {
    return NODES.objectNode().put("id", "a1").put("text", "Some words.");
  }

  private static ObjectNode json(Article a) {
    ObjectNode o = NODES.objectNode().put("id", a.id());
    if (a.date() != null) {
      o.put("date", a.date().toString());
    }
    o.put("title", a.title()).put("url", a.url()).put("source", a.source()).put("text", a.text());
    return o;
  }

  @Provide
  Arbitrary<String> lines() {
    Arbitrary<String> json = Arbitraries.oneOf(anyJson(), articles().map(a -> json(a)), objectsOfAnyShape())
        .map(JsonNode::toString);
    Arbitrary<String> cut = json.flatMap(s -> Arbitraries.integers().between(0, s.length()).map(n -> s.substring(0, n)));
    return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(200), json, cut,
        Arbitraries.strings().withChars("{}[]\":,\\ 0aetnul-").ofMaxLength(60));
  }

  @Provide
  Arbitrary<JsonNode> scalarsAndArrays() {
    return Arbitraries.oneOf(scalar(), array(anyJson()));
  }

  @Provide
  Arbitrary<JsonNode> notText() {
    return Arbitraries.oneOf(Arbitraries.of(NODES.nullNode(), NODES.booleanNode(true), NODES.booleanNode(false)),
        containers());
  }

  @Provide
  Arbitrary<JsonNode> containers() {
    return container(anyJson());
  }

  @Provide
  Arbitrary<JsonNode> notADate() {
    Arbitrary<JsonNode> strings = Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(20),
        Arbitraries.of("08/02/2022", "2022-02-30", "2022-13-01", "2022-2-8", "20220208", "yesterday", "",
            "T2022-02-08", "2022-02"))
        .filter(s -> !s.strip().matches("\\d{4}-\\d{2}-\\d{2}(T.*)?") || !isDay(s.strip().substring(0, 10)))
        .map(NODES::textNode);
    return Arbitraries.oneOf(strings, Arbitraries.integers().map(NODES::numberNode), Arbitraries.of(
        NODES.booleanNode(true)), containers());
  }

  @Provide
  Arbitrary<String> dateLike() {
    Arbitrary<String> sign = Arbitraries.of("", "", "+", "-");
    Arbitrary<String> year = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(10);
    Arbitrary<String> month = Arbitraries.integers().between(0, 13).map(m -> String.format("%02d", m));
    Arbitrary<String> day = Arbitraries.integers().between(0, 32).map(d -> String.format("%02d", d));
    Arbitrary<String> built = Combinators.combine(sign, year, month, day, times())
        .as((g, y, m, d, t) -> g + y + "-" + m + "-" + d + t);
    return Arbitraries.oneOf(built, days().map(LocalDate::toString), Arbitraries.strings().all().ofMaxLength(25));
  }

  @Provide
  Arbitrary<String> field() {
    return Arbitraries.of("title", "url", "source");
  }

  @Provide
  Arbitrary<Article> articles() {
    Arbitrary<String> id = Arbitraries.strings().all().ofMinLength(1).ofMaxLength(30)
        .filter(s -> !s.isBlank() && s.chars().noneMatch(Character::isISOControl));
    Arbitrary<String> optional = Arbitraries.strings().all().ofMaxLength(30).injectNull(0.3).withoutEdgeCases();
    Arbitrary<String> text = Arbitraries.strings().all().ofMaxLength(300).withoutEdgeCases();
    Arbitrary<LocalDate> newsDays = Arbitraries.longs().between(LocalDate.of(ArticleReader.FIRST_YEAR, 1, 1)
        .toEpochDay(), LocalDate.now(java.time.ZoneOffset.UTC).toEpochDay()).map(LocalDate::ofEpochDay);
    return Combinators.combine(id, newsDays.injectNull(0.3), optional, optional, optional, text).as(Article::new);
  }

  @Provide
  Arbitrary<LocalDate> days() {
    return Arbitraries.longs().between(LocalDate.of(0, 1, 1).toEpochDay(), LocalDate.of(9999, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  @Provide
  Arbitrary<String> times() {
    return Arbitraries.of("", "T00:00:00Z", "T10:00Z", "T23:59:59.999+05:30", "T", "Tanything");
  }

  @Provide
  Arbitrary<String> trailing() {
    return Arbitraries.oneOf(anyJson().map(n -> " " + n), Arbitraries.of("x", ",", "}", "]", "{", " 1", "//", "#"));
  }

  @Provide
  Arbitrary<String> space() {
    return Arbitraries.strings().withChars(" \t\r\n").ofMaxLength(3);
  }

  /** Objects whose fields have any value, the known names among others. */
  private Arbitrary<JsonNode> objectsOfAnyShape() {
    Arbitrary<String> name = Arbitraries.oneOf(Arbitraries.of("id", "text", "date", "title", "url", "source"),
        Arbitraries.strings().ofMaxLength(5));
    return Combinators.combine(name, anyJson()).as(Tuple::of).list().ofMaxSize(7).map(fields -> {
      ObjectNode o = NODES.objectNode();
      fields.forEach(f -> o.set(f.get1(), f.get2()));
      return o;
    });
  }

  /**
   * Any JSON value, nested up to three deep. Without jqwik's edge cases, whose combinations over
   * nested values run into the thousands: the plain values that matter are among the scalars.
   */
  private Arbitrary<JsonNode> anyJson() {
    return Arbitraries.recursive(this::scalar, this::container, 0, 3).withoutEdgeCases();
  }

  private Arbitrary<JsonNode> scalar() {
    return Arbitraries.oneOf(Arbitraries.of(NODES.nullNode(), NODES.booleanNode(true), NODES.booleanNode(false),
            NODES.textNode(""), NODES.textNode(" "), NODES.numberNode(0), NODES.numberNode(Long.MIN_VALUE),
            NODES.numberNode(-0.0), NODES.numberNode(new java.math.BigInteger("9".repeat(400)))),
        Arbitraries.strings().all().ofMaxLength(20).map(NODES::textNode),
        Arbitraries.longs().map(NODES::numberNode), Arbitraries.doubles().map(NODES::numberNode));
  }

  private Arbitrary<JsonNode> array(Arbitrary<JsonNode> inner) {
    return inner.list().ofMaxSize(4).map(l -> NODES.arrayNode().addAll(l));
  }

  private Arbitrary<JsonNode> container(Arbitrary<JsonNode> inner) {
    Arbitrary<JsonNode> array = array(inner);
    Arbitrary<JsonNode> object = Combinators.combine(Arbitraries.strings().ofMaxLength(6), inner).as(Tuple::of)
        .list().ofMaxSize(4).map(fields -> {
          ObjectNode o = NODES.objectNode();
          fields.forEach(f -> o.set(f.get1(), f.get2()));
          return o;
        });
    return Arbitraries.oneOf(array, object);
  }

  private static boolean isDay(String s) {
    try {
      LocalDate.parse(s);
      return true;
    } catch (java.time.format.DateTimeParseException e) {
      return false;
    }
  }
}
