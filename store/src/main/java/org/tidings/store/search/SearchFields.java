package org.tidings.store.search;

import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.core.LowerCaseFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/**
 * The fields of the index and how each is analysed. Words ({@code text}, {@code title}) are
 * English-stemmed; codes and names ({@code actor}, {@code type}, {@code country}, {@code source},
 * {@code speaker}) are split into lower-case words without stop words; {@code kind}, {@code id}
 * and {@code date} are whole lower-case values. Queries may name only {@link #QUERYABLE} fields.
 */
final class SearchFields {
  static final String KIND = "kind";
  static final String ID = "id";
  static final String KEY = "key";
  static final String DATE = "date";
  static final String TITLE = "title";
  static final String TEXT = "text";
  static final String SOURCE = "source";
  static final String ACTOR = "actor";
  static final String TYPE = "type";
  static final String COUNTRY = "country";
  static final String SPEAKER = "speaker";
  static final String SENTENCE = "sentence";
  static final String EVENT = "event";

  /** The fields a query may name. */
  static final List<String> QUERYABLE = List.of(TEXT, TITLE, ACTOR, TYPE, COUNTRY, SOURCE, SPEAKER, KIND, ID, DATE);
  /** Fields searched when a query names none. */
  static final List<String> DEFAULT = List.of(TEXT, TITLE);

  private SearchFields() {}

  static Analyzer analyzer() {
    Analyzer words = new EnglishAnalyzer();
    Analyzer codes = new StandardAnalyzer(CharArraySet.EMPTY_SET);
    Analyzer whole = new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        KeywordTokenizer t = new KeywordTokenizer();
        return new TokenStreamComponents(t, new LowerCaseFilter(t));
      }

      @Override
      protected org.apache.lucene.analysis.TokenStream normalize(String field,
          org.apache.lucene.analysis.TokenStream in) {
        return new LowerCaseFilter(in);
      }
    };
    return new PerFieldAnalyzerWrapper(codes, Map.of(TEXT, words, TITLE, words, KIND, whole, ID, whole, DATE, whole,
        KEY, whole));
  }
}
