package org.tidings.store.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidings.store.NewsFixtures;
import org.tidings.store.Store;

class SearchIndexTest {
  @TempDir
  Path dir;

  private final List<String> notices = new ArrayList<>();

  private Store store() {
    Store s = Store.open(dir.resolve("t.db"));
    NewsFixtures.storeAll(s);
    return s;
  }

  private static List<String> found(SearchIndex index, String query) {
    return index.search(query, 50, 0).hits().stream().map(h -> h.kind() + " " + h.articleId()
        + (h.sentence() >= 0 ? "#" + h.sentence() : "")).sorted().toList();
  }

  @Test
  void fieldedQueriesFindEventsByActorTypeAndCountry() {
    try (Store s = store(); SearchIndex index = SearchIndex.openFor(s, notices::add)) {
      assertThat(index.articles()).isEqualTo(4);
      assertThat(found(index, "actor:RUS")).containsExactly("event echo-2#0", "event wire-1#0", "event wire-1#2");
      assertThat(found(index, "actor:rusmil AND type:19")).containsExactly("event echo-2#0", "event wire-1#0");
      assertThat(found(index, "actor:\"Olaf Scholz\"")).containsExactly("event planet-7#0");
      assertThat(found(index, "type:ASSAULT")).containsExactly("event echo-2#0", "event wire-1#0");
      assertThat(found(index, "type:195")).hasSize(2);
      assertThat(found(index, "type:denounce")).containsExactly("event wire-1#2");
      assertThat(found(index, "type:visit")).containsExactly("event planet-7#0");
      assertThat(found(index, "country:DEU")).containsExactly("event planet-7#0");
      assertThat(found(index, "country:blr")).containsExactly("event odd-3#0");
      assertThat(found(index, "speaker:putin")).containsExactly("quote wire-1");
      assertThat(found(index, "source:\"daily planet\" AND kind:article")).containsExactly("article planet-7");
      assertThat(found(index, "title:meet")).containsExactly("article planet-7");
      assertThat(found(index, "date:[2022-02-09 TO 2022-02-10] AND kind:article"))
          .containsExactly("article odd-3", "article planet-7");
      assertThat(notices).isEmpty();
    }
  }

  @Test
  void phrasesBooleansAndWildcardsOnText() {
    try (Store s = store(); SearchIndex index = SearchIndex.openFor(s, notices::add)) {
      assertThat(found(index, "\"shelled Kharkiv on Monday\"")).containsExactly("article wire-1", "event wire-1#0",
          "sentence wire-1#0");
      assertThat(found(index, "shelled AND NOT again")).containsExactly("article wire-1", "event wire-1#0",
          "sentence wire-1#0");
      assertThat(found(index, "kind:sentence AND (Minsk OR Berlin)")).containsExactly("sentence odd-3#0",
          "sentence planet-7#0");
      assertThat(found(index, "kind:article AND sanction*")).containsExactly("article planet-7");
      assertThat(found(index, "kind:article AND shell")).hasSize(2);
      assertThat(found(index, "kind:quote AND never")).containsExactly("quote odd-3#0");
      assertThat(found(index, "id:WIRE-1 AND kind:article")).containsExactly("article wire-1");
      assertThat(found(index, "kind:article AND -Russia")).containsExactly("article echo-2", "article odd-3",
          "article wire-1");
    }
  }

  @Test
  void hitsCarryTheirArticleEventAndAMarkedSnippet() {
    try (Store s = store(); SearchIndex index = SearchIndex.openFor(s, notices::add)) {
      SearchResults r = index.search("kind:event AND shelled AND actor:rusmil AND id:wire-1", 10, 0);
      assertThat(r.total()).isEqualTo(1);
      SearchHit h = r.hits().get(0);
      assertThat(h.articleId()).isEqualTo("wire-1");
      assertThat(h.eventId()).isEqualTo("wire-1:0");
      assertThat(h.snippet()).isEqualTo("Russian forces <mark>shelled</mark> Kharkiv on Monday, killing three "
          + "civilians.");
      SearchHit quote = index.search("kind:quote AND never", 1, 0).hits().get(0);
      assertThat(quote.snippet()).isEqualTo("no, <mark>never</mark>");
      SearchHit marks = index.search("kind:sentence AND never", 1, 0).hits().get(0);
      assertThat(marks.snippet()).contains("&quot;no, <mark>never</mark>&quot;");
      assertThat(index.search("kind:article AND dispers*", 1, 0).hits().get(0).snippet())
          .contains("<mark>dispersed</mark>");
    }
  }

  @Test
  void pagesThroughHits() {
    try (Store s = store(); SearchIndex index = SearchIndex.openFor(s, notices::add)) {
      SearchResults all = index.search("Kharkiv", 100, 0);
      SearchResults second = index.search("Kharkiv", 2, 2);
      assertThat(second.total()).isEqualTo(all.total());
      assertThat(second.hits()).containsExactlyElementsOf(all.hits().subList(2, 4));
      assertThatThrownBy(() -> index.search("Kharkiv", 0, 0)).hasMessageContaining("limit");
      assertThatThrownBy(() -> index.search("Kharkiv", 1000, 9500)).hasMessageContaining("at most 10000");
    }
  }

  @Test
  void refusesQueriesItShouldNotRun() {
    try (Store s = store(); SearchIndex index = SearchIndex.openFor(s, notices::add)) {
      assertThatThrownBy(() -> index.search("secret:x", 10, 0)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("unknown field \"secret\"").hasMessageContaining("actor, type, country");
      assertThatThrownBy(() -> index.search("NOT secret:x", 10, 0)).hasMessageContaining("unknown field");
      assertThatThrownBy(() -> index.search("\"unclosed phrase", 10, 0)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("the query cannot be read");
      assertThatThrownBy(() -> index.search("(a OR b", 10, 0)).hasMessageStartingWith("the query cannot be read");
      assertThatThrownBy(() -> index.search("*:*", 10, 0)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("not allowed");
      assertThatThrownBy(() -> index.search("*shelled", 10, 0)).hasMessageStartingWith("the query cannot be read");
      assertThatThrownBy(() -> index.search("text:/.*/", 10, 0)).hasMessageContaining("regular expressions");
      assertThatThrownBy(() -> index.search("s*", 10, 0)).hasMessageContaining("at least two letters");
      assertThatThrownBy(() -> index.search("sh*l?d", 10, 0)).hasMessageContaining("only trailing wildcards");
      assertThatThrownBy(() -> index.search("a".repeat(1001), 10, 0)).hasMessageContaining("at most 1000");
      assertThatThrownBy(() -> index.search("  ", 10, 0)).hasMessageContaining("empty");
      assertThatThrownBy(() -> index.search("actor:[a TO z]", 10, 0)).hasMessageContaining("date only");
      String huge = String.join(" OR ", java.util.Collections.nCopies(60, "ab*cd*ef*"));
      assertThatThrownBy(() -> index.search(huge, 10, 0)).hasMessageContaining("only trailing wildcards");
      assertThatThrownBy(() -> index.search("key:1", 10, 0)).hasMessageContaining("unknown field \"key\"");
    }
  }
}
