package org.tidings.store.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * Short extracts of a hit's text around the words the query matched, those words wrapped in
 * {@code <mark>...</mark>}; the rest of the text is HTML-escaped, so a snippet can be shown as
 * HTML. Our own small highlighter: the text is analysed as it was indexed and each token is
 * compared with the query's terms and prefixes on {@code text}.
 */
final class Snippets {
  static final int WIDTH = 200;
  private final Analyzer analyzer;

  Snippets(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  String of(Query query, String text) {
    if (text == null) {
      return "";
    }
    Terms terms = new Terms();
    query.visit(terms);
    List<int[]> marks = matches(text, terms);
    int from = marks.isEmpty() ? 0 : Math.max(0, marks.get(0)[0] - WIDTH / 4);
    from = from == 0 ? 0 : wordStart(text, from);
    int to = Math.min(text.length(), from + WIDTH);
    to = to == text.length() ? to : wordEnd(text, to);
    StringBuilder out = new StringBuilder(from > 0 ? "…" : "");
    int at = from;
    for (int[] m : marks) {
      if (m[0] < at || m[1] > to) {
        continue;
      }
      out.append(escape(text.substring(at, m[0]))).append("<mark>").append(escape(text.substring(m[0], m[1])))
          .append("</mark>");
      at = m[1];
    }
    out.append(escape(text.substring(at, to)));
    return to < text.length() ? out.append('…').toString() : out.toString();
  }

  private List<int[]> matches(String text, Terms terms) {
    List<int[]> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(SearchFields.TEXT, text)) {
      TermToBytesRefAttribute term = ts.addAttribute(TermToBytesRefAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (terms.match(term.getBytesRef())) {
          out.add(new int[] {offset.startOffset(), offset.endOffset()});
        }
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static int wordStart(String text, int i) {
    int s = text.indexOf(' ', i);
    return s < 0 || s - i > 20 ? i : s + 1;
  }

  private static int wordEnd(String text, int i) {
    int s = text.lastIndexOf(' ', i);
    return s <= 0 || i - s > 20 ? i : s;
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  /** The terms and term patterns a query looks for in {@code text}. */
  private static final class Terms extends QueryVisitor {
    private final Set<BytesRef> exact = new HashSet<>();
    private final List<ByteRunAutomaton> patterns = new ArrayList<>();

    @Override
    public boolean acceptField(String field) {
      return SearchFields.TEXT.equals(field);
    }

    @Override
    public void consumeTerms(Query query, Term... terms) {
      for (Term t : terms) {
        exact.add(BytesRef.deepCopyOf(t.bytes()));
      }
    }

    @Override
    public void consumeTermsMatching(Query query, String field, Supplier<ByteRunAutomaton> automaton) {
      patterns.add(automaton.get());
    }

    @Override
    public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
      return occur == BooleanClause.Occur.MUST_NOT ? EMPTY_VISITOR : this;
    }

    boolean match(BytesRef term) {
      return exact.contains(term) || patterns.stream().anyMatch(p -> p.run(term.bytes, term.offset, term.length));
    }
  }
}
