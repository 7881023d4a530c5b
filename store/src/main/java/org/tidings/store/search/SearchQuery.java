package org.tidings.store.search;

import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
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
 * A search query checked before it runs: Lucene's classic syntax (words, {@code "phrases"},
 * {@code AND OR NOT}, {@code field:value}, {@code word*}, {@code word~}, date ranges) over the
 * fields of {@link SearchFields#QUERYABLE} only. Refused with an {@link IllegalArgumentException}
 * that says why: a query over {@value #MAX_LENGTH} characters, a syntax error, an unknown field,
 * a leading or inner wildcard, a prefix of fewer than two characters, a regular expression, a
 * match-all ({@code *:*}), a range on any field but {@code date}, or a fuzzy word ({@code word~})
 * of more than {@value #MAX_FUZZY} characters (its automaton grows with its length: a fuzzy word
 * of 999 characters took a third of a second to search). Words are AND-ed unless joined by OR.
 */
final class SearchQuery {
  static final int MAX_LENGTH = 1000;
  static final int MAX_FUZZY = 50;
  private final Analyzer analyzer;

  SearchQuery(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  Query parse(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("the query is empty");
    }
    if (text.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("the query has " + text.length() + " characters; at most " + MAX_LENGTH
          + " are allowed");
    }
    QueryParser parser = new Parser(analyzer);
    parser.setDefaultOperator(QueryParser.Operator.AND);
    parser.setAllowLeadingWildcard(false);
    parser.setSplitOnWhitespace(true);
    Query q;
    try {
      q = parser.parse(text);
    } catch (Refused e) {
      throw e;
    } catch (ParseException e) {
      throw new IllegalArgumentException("the query cannot be read: " + firstLine(e.getMessage()), e);
    } catch (IndexSearcher.TooManyClauses e) {
      throw new IllegalArgumentException("the query has too many terms", e);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("the query cannot be read: " + firstLine(e.getMessage()), e);
    }
    q.visit(new Checker());
    return q;
  }

  private static String firstLine(String m) {
    String s = String.valueOf(m);
    int nl = s.indexOf('\n');
    s = nl < 0 ? s : s.substring(0, nl);
    return s.length() > 200 ? s.substring(0, 200) + "..." : s;
  }

  /** A refusal made while parsing, passed on as it is. */
  private static final class Refused extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    Refused(String message) {
      super(message, null);
    }
  }

  private static String unknownField(String field) {
    return "unknown field \"" + shorten(field) + "\"; fields are " + String.join(", ", SearchFields.QUERYABLE);
  }

  private static String shorten(String s) {
    return s.length() > 60 ? s.substring(0, 60) + "..." : s;
  }

  /**
   * The classic parser over the default fields, refusing a field that is not queryable when it
   * meets it: a value with no words in it ({@code secret:.}) leaves no clause for the
   * {@link Checker} to see.
   */
  private static final class Parser extends MultiFieldQueryParser {
    Parser(Analyzer analyzer) {
      super(SearchFields.DEFAULT.toArray(String[]::new), analyzer);
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
      known(field);
      return super.getFieldQuery(field, queryText, quoted);
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
      known(field);
      return super.getFieldQuery(field, queryText, slop);
    }

    private static void known(String field) {
      if (field != null && !SearchFields.QUERYABLE.contains(field)) {
        throw new Refused(unknownField(field));
      }
    }
  }

  /** Walks the parsed query, NOT clauses included, and refuses what the class javadoc lists. */
  private static final class Checker extends QueryVisitor {
    @Override
    public boolean acceptField(String field) {
      if (!SearchFields.QUERYABLE.contains(field)) {
        throw new IllegalArgumentException(unknownField(field));
      }
      return true;
    }

    @Override
    public void visitLeaf(Query query) {
      if (query instanceof MatchNoDocsQuery) {
        return;
      }
      throw new IllegalArgumentException("this kind of query is not allowed: " + shorten(query.toString()));
    }

    /**
     * Terms of a query whose pattern stands for one word (a regular expression such as
     * {@code /abc/}, a range {@code [a TO a]}) come here too, not to {@link #consumeTermsMatching}.
     */
    @Override
    public void consumeTerms(Query query, Term... terms) {
      if (!(query instanceof TermQuery || query instanceof PhraseQuery || query instanceof MultiPhraseQuery
          || query instanceof SynonymQuery)) {
        check(query, terms.length == 0 ? query.toString() : terms[0].field());
      }
    }

    @Override
    public void consumeTermsMatching(Query query, String field, Supplier<ByteRunAutomaton> automaton) {
      check(query, field);
    }

    private static void check(Query query, String field) {
      if (query instanceof PrefixQuery p) {
        if (p.getPrefix().text().length() < 2) {
          throw new IllegalArgumentException("a wildcard needs at least two letters before it: "
              + shorten(query.toString()));
        }
      } else if (query instanceof TermRangeQuery) {
        if (!SearchFields.DATE.equals(field)) {
          throw new IllegalArgumentException("ranges are allowed on date only, not " + shorten(query.toString()));
        }
      } else if (query instanceof FuzzyQuery f) {
        if (f.getTerm().text().length() > MAX_FUZZY) {
          throw new IllegalArgumentException("a fuzzy word~ has at most " + MAX_FUZZY + " characters: "
              + shorten(query.toString()));
        }
      } else {
        throw new IllegalArgumentException("only trailing wildcards (word*) are allowed; not regular expressions or "
            + "wildcards inside words: " + shorten(query.toString()));
      }
    }

    @Override
    public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
      return this;
    }
  }
}
