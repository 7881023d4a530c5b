package org.tidings.store.search;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Generators of search query text for the property tests: words, and pieces of the query language. */
final class QueryText {
  static final List<String> UNKNOWN_FIELDS = List.of("key", "sentence", "event", "article_id", "foo", "_id", "Text",
      "ACTOR", "id_", "sql", "x");

  private QueryText() {}

  /** Pieces of the query language, well and badly formed, with SQL and regular expressions among them. */
  static Arbitrary<String> language() {
    Arbitrary<String> field = Arbitraries.oneOf(Arbitraries.of(SearchFields.QUERYABLE), Arbitraries.of(UNKNOWN_FIELDS),
        Arbitraries.of("*", "")).map(f -> f + ":");
    Arbitrary<String> piece = Arbitraries.oneOf(
        word(),
        Combinators.combine(field, word()).as(String::concat),
        Arbitraries.of("AND", "OR", "NOT", "&&", "||", "!", "+", "-", "(", ")", "\"", "*", "?", "~", "^2", "^1e40",
            "^-1", "~0.5", "~3", "~99999999999", "/re.*x/", "[a TO z]", "{a TO z}", "[* TO *]", "[2022-01-01 TO *]",
            "' OR 1=1 --", "; DROP TABLE events", "UNION SELECT", "\\", "\\:", "\\*", "%", "_", "*:*", "TO"),
        word().map(w -> w + "*"), word().map(w -> "*" + w), word().map(w -> w + "~"),
        word().map(w -> "\"" + w + " " + w + "\"~2"), word().map(w -> w.charAt(0) + "?" + w.substring(1)));
    Arbitrary<String> gap = Arbitraries.of(" ", " ", " ", "", "\t", "\u3000");
    return Combinators.combine(piece, gap).as(String::concat).list().ofMinSize(1).ofMaxSize(14)
        .map(l -> String.join("", l));
  }

  /** One word (never an operator): Latin letters and digits, Cyrillic, Chinese, or a word of the test news. */
  static Arbitrary<String> word() {
    return Arbitraries.oneOf(Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(12),
        Arbitraries.strings().withCharRange('\u0400', '\u04FF').ofMinLength(1).ofMaxLength(8),
        Arbitraries.strings().withCharRange('\u4E00', '\u4E2F').ofMinLength(1).ofMaxLength(4),
        Arbitraries.of("Kharkiv", "shelled", "RUSMIL", "Putin", "Minsk", "Zürich", "naïve", "co-operation", "U.S."))
        .filter(w -> !List.of("AND", "OR", "NOT", "TO").contains(w));
  }
}
