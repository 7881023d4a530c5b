package org.tidings.store.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.lucene.search.Query;

/**
 * Properties of search snippets: whatever a hit's text holds (markup, entities, quotes, any
 * character), its snippet is a piece of that text HTML-escaped with only {@code <mark>} tags added.
 */
class SnippetsProperties {
  private static final Pattern TAG = Pattern.compile("<(?!/?mark>)");
  private final SearchQuery queries = new SearchQuery(SearchFields.analyzer());
  private final Snippets snippets = new Snippets(SearchFields.analyzer());

  @Property
  void aSnippetIsThePlainTextEscapedWithOnlyMarksAdded(@ForAll("texts") String text, @ForAll("words") String words) {
    Query q = queries.parse(words);
    String snippet = snippets.of(q, text);
    assertThat(TAG.matcher(snippet).find()).as(snippet).isFalse();
    assertThat(snippet.replace("<mark>", "").replace("</mark>", "")).doesNotContain(">", "\"");
    String plain = unescape(snippet.replace("<mark>", "").replace("</mark>", ""));
    if (plain.startsWith("\u2026")) {
      plain = plain.substring(1);
    }
    if (plain.endsWith("\u2026")) {
      plain = plain.substring(0, plain.length() - 1);
    }
    assertThat(text).contains(plain);
  }

  @Example
  void markupInTheTextIsEscaped() {
    String snippet = snippets.of(queries.parse("kharkiv"),
        "<script>alert(\"x\")</script> & Kharkiv <b>burned</b>");
    assertThat(snippet).isEqualTo("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; <mark>Kharkiv</mark> "
        + "&lt;b&gt;burned&lt;/b&gt;");
  }

  private static String unescape(String s) {
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
  }

  @Provide
  Arbitrary<String> words() {
    return Arbitraries.oneOf(QueryText.word(), QueryText.word().map(w -> w + "~"),
        QueryText.word().filter(w -> w.length() > 2).map(w -> w.substring(0, 2) + "*"));
  }

  /** Text with the query's words in it among markup, entities, quotes and any other characters. */
  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> piece = Arbitraries.oneOf(QueryText.word(),
        Arbitraries.of("<script>", "</script>", "<mark>", "&amp;", "&", "\"", "'", ">", "<", "\u2026", " ", " ", "\n"),
        Arbitraries.strings().all().ofMaxLength(10));
    return piece.list().ofMaxSize(120).map(l -> String.join(" ", l));
  }
}
