package org.tidings.store.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * Properties of the search query check: any string is either refused with an
 * IllegalArgumentException that says why, or accepted as a query that reads only the queryable
 * fields through terms, phrases, prefixes of two letters or more, fuzzy terms and date ranges;
 * a field that is not queryable is refused whatever its value; plain words are always accepted.
 */
class SearchQueryProperties {
  private final SearchQuery queries = new SearchQuery(SearchFields.analyzer());

  @Property
  void anyStringIsAcceptedSafelyOrRefusedWithAReason(@ForAll("anyText") String text) {
    acceptedSafelyOrRefused(text);
  }

  @Property(tries = 100)
  void queriesAboutTheLengthLimitAreAcceptedSafelyOrRefused(@ForAll("nearTheLimit") String text) {
    acceptedSafelyOrRefused(text);
  }

  @Property
  void anyQueryOfTheLanguageIsAcceptedSafelyOrRefusedWithAReason(@ForAll("queryLanguage") String text) {
    acceptedSafelyOrRefused(text);
  }

  @Property
  void aFieldThatIsNotQueryableIsRefusedWhateverItsValue(@ForAll("unknownField") String field,
      @ForAll("values") String value) {
    // refused as an unknown field, or before that as a syntax error ("key:-"), never accepted
    assertThatThrownBy(() -> queries.parse(field + ":" + value)).as(field + ":" + value)
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Property
  void aQueryableFieldWithAWordIsAccepted(@ForAll("queryableField") String field, @ForAll("word") String word) {
    Query q = queries.parse(field + ":" + word);
    assertThat(fieldsOf(q)).isSubsetOf(field);
  }

  @Property
  void plainWordsAreAcceptedAndSearchTextAndTitle(@ForAll("words") List<String> words) {
    Query q = queries.parse(String.join(" ", words));
    assertThat(fieldsOf(q)).isSubsetOf(SearchFields.DEFAULT);
  }

  @Example
  void injectionsAreRefusedOrPlainTerms() {
    for (String s : List.of("*:*", "*", "/.*/", "text:/ab.*/", "*kharkiv", "?harkiv", "kh*rkiv", "k*", "key:1",
        "sentence:0", "event:e1", "foo:bar", "actor:[a TO z]", "actor:{a TO z}", "id:*", "text:*", "_id:1",
        "' OR 1=1 --", "'; DROP TABLE events; --", "1' UNION SELECT * FROM articles --", "actor:RUS' OR '1'='1",
        "\\", "\"", "(", ")", "[", "~", "^", "AND", "OR OR", "NOT", "&&", "||", "!", "+-", "a:", ":b",
        "text:(a OR b:c)", "date:[* TO *]", "kind:ar*", "kind:a*", "a".repeat(1001))) {
      acceptedSafelyOrRefused(s);
    }
    for (String s : List.of("*:*", "/.*/", "*kharkiv", "kh*rkiv", "k*", "key:1", "foo:bar", "actor:[a TO z]",
        "text:*", "a".repeat(1001), "", " ")) {
      assertThatThrownBy(() -> queries.parse(s)).as(s).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Example
  void aRegularExpressionOrRangeThatStandsForOneWordIsStillRefused() {
    // Lucene hands the Checker such a query as plain terms, not as a pattern
    assertThatThrownBy(() -> queries.parse("/)]]/")).hasMessageContaining("regular expressions");
    assertThatThrownBy(() -> queries.parse("text:/kharkiv/")).hasMessageContaining("regular expressions");
    assertThatThrownBy(() -> queries.parse("actor:[rus TO rus]")).hasMessageContaining("date only");
    assertThat(queries.parse("date:[2022-02-08 TO 2022-02-08]")).isNotNull();
  }

  @Example
  void aLongFuzzyWordIsRefused() {
    // found by SearchIndexProperties: a fuzzy word of 999 characters took about 350 ms to search,
    // against 5 ms for a plain word; its automaton grows with its length
    assertThatThrownBy(() -> queries.parse("k".repeat(999) + "~")).hasMessageContaining("fuzzy");
    assertThatThrownBy(() -> queries.parse("k".repeat(SearchQuery.MAX_FUZZY + 1) + "~2")).hasMessageContaining("fuzzy");
    assertThat(queries.parse("k".repeat(SearchQuery.MAX_FUZZY) + "~")).isNotNull();
    assertThat(queries.parse("k".repeat(SearchQuery.MAX_FUZZY + 1))).isNotNull();
  }

  @Example
  void anUnknownFieldWhoseValueHasNoWordsIsStillRefused() {
    for (String s : List.of("foo:.", "key:,", "sentence:\"\"", "event:(.)", "foo:\u2026", "secret:\"the\"")) {
      assertThatThrownBy(() -> queries.parse(s)).as(s).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("unknown field");
    }
  }

  private void acceptedSafelyOrRefused(String text) {
    Query q;
    try {
      q = queries.parse(text);
    } catch (IllegalArgumentException refused) {
      assertThat(refused.getMessage()).as(text).isNotBlank();
      return;
    }
    Seen seen = new Seen();
    q.visit(seen);
    assertThat(seen.fields).as(text).isSubsetOf(SearchFields.QUERYABLE);
    for (Query leaf : seen.leaves) {
      if (leaf instanceof PrefixQuery p) {
        assertThat(p.getPrefix().text().length()).as(text).isGreaterThanOrEqualTo(2);
      } else if (leaf instanceof FuzzyQuery f) {
        assertThat(f.getTerm().text().length()).as(text).isLessThanOrEqualTo(SearchQuery.MAX_FUZZY);
      } else if (leaf instanceof TermRangeQuery r) {
        assertThat(r.getField()).as(text).isEqualTo(SearchFields.DATE);
      } else {
        assertThat(leaf).as(text).isInstanceOfAny(TermQuery.class, PhraseQuery.class, MultiPhraseQuery.class,
            SynonymQuery.class, FuzzyQuery.class, MatchNoDocsQuery.class);
      }
    }
  }

  private static Set<String> fieldsOf(Query q) {
    Seen seen = new Seen();
    q.visit(seen);
    return seen.fields;
  }

  /** Every field and leaf a query reads, NOT clauses included. */
  private static final class Seen extends QueryVisitor {
    final Set<String> fields = new HashSet<>();
    final List<Query> leaves = new ArrayList<>();

    @Override
    public boolean acceptField(String field) {
      fields.add(field);
      return true;
    }

    @Override
    public void consumeTerms(Query query, Term... terms) {
      leaves.add(query);
      for (Term t : terms) {
        fields.add(t.field());
      }
    }

    @Override
    public void consumeTermsMatching(Query query, String field, Supplier<ByteRunAutomaton> automaton) {
      leaves.add(query);
      fields.add(field);
    }

    @Override
    public void visitLeaf(Query query) {
      leaves.add(query);
    }

    @Override
    public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
      return this;
    }
  }

  @Provide
  Arbitrary<String> anyText() {
    return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(200),
        Arbitraries.strings().withChars("()[]{}\"'*?~^:/\\!+-&| aT0").ofMaxLength(80));
  }

  @Provide
  Arbitrary<String> nearTheLimit() {
    return Arbitraries.oneOf(Arbitraries.strings().all().ofMinLength(990).ofMaxLength(1010),
        Arbitraries.strings().withChars("(\"ab ").ofMinLength(990).ofMaxLength(1010),
        Arbitraries.integers().between(490, 505).map(n -> "(".repeat(n) + "a" + ")".repeat(n)));
  }

  @Provide
  Arbitrary<String> queryLanguage() {
    return QueryText.language();
  }

  @Provide
  Arbitrary<String> unknownField() {
    return Arbitraries.oneOf(Arbitraries.of(QueryText.UNKNOWN_FIELDS),
        Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8).filter(f -> !SearchFields.QUERYABLE.contains(f)));
  }

  @Provide
  Arbitrary<String> queryableField() {
    return Arbitraries.of(SearchFields.QUERYABLE);
  }

  @Provide
  Arbitrary<String> values() {
    return Arbitraries.oneOf(word(), Arbitraries.of(".", "-", "\u2026", "\"\"", "\"a b\"", "(a OR b)", "ab*", "a~",
        "[a TO b]", "2022-02-08", "RUS"));
  }

  @Provide
  Arbitrary<List<String>> words() {
    return word().list().ofMinSize(1).ofMaxSize(12);
  }

  @Provide
  Arbitrary<String> word() {
    return QueryText.word();
  }
}
