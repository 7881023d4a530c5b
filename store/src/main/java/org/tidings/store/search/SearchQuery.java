package org.tidings.store.search;

import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * A search query checked before it runs: Lucene's classic syntax (words, {@code "phrases"},
 * {@code AND OR NOT}, {@code field:value}, {@code word*}, {@code word~}, date ranges) over the
 * fields of {@link SearchFields#QUERYABLE} only. Refused with an {@link IllegalArgumentException}
 * that says why: a query over {@value #MAX_LENGTH} characters, a syntax error, an unknown field,
 * a leading or inner wildcard, a prefix of fewer than two characters, a regular expression, a
 * match-all ({@code *:*}) or a range on any field but {@code date}. Words are AND-ed unless
 * joined by OR.
 */
final class SearchQuery {
  static final int MAX_LENGTH = 1000;
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
    QueryParser parser = new MultiFieldQueryParser(SearchFields.DEFAULT.toArray(String[]::new), analyzer);
    parser.setDefaultOperator(QueryParser.Operator.AND);
    parser.setAllowLeadingWildcard(false);
    parser.setSplitOnWhitespace(true);
    Query q;
    try {
      q = parser.parse(text);
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

  /** Walks the parsed query, NOT clauses included, and refuses what the class javadoc lists. */
  private static final class Checker extends QueryVisitor {
    @Override
    public boolean acceptField(String field) {
      if (!SearchFields.QUERYABLE.contains(field)) {
        throw new IllegalArgumentException("unknown field \"" + shorten(field) + "\"; fields are "
            + String.join(", ", SearchFields.QUERYABLE));
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

    @Override
    public void consumeTermsMatching(Query query, String field, Supplier<ByteRunAutomaton> automaton) {
      if (query instanceof PrefixQuery p) {
        if (p.getPrefix().text().length() < 2) {
          throw new IllegalArgumentException("a wildcard needs at least two letters before it: "
              + shorten(query.toString()));
        }
      } else if (query instanceof TermRangeQuery) {
        if (!SearchFields.DATE.equals(field)) {
          throw new IllegalArgumentException("ranges are allowed on date only, not " + shorten(query.toString()));
        }
      } else if (!(query instanceof FuzzyQuery)) {
        throw new IllegalArgumentException("only trailing wildcards (word*) are allowed; not regular expressions or "
            + "wildcards inside words: " + shorten(query.toString()));
      }
    }

    @Override
    public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
      return this;
    }

    private static String shorten(String s) {
      return s.length() > 60 ? s.substring(0, 60) + "..." : s;
    }
  }
}
