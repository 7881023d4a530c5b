package org.tidings.store.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.tidings.store.NewsFixtures;
import org.tidings.store.Store;
import org.tidings.store.TempTrees;

/**
 * Properties of running searches over a small real index (the test news): a query the check
 * accepts also runs, and its snippets carry no tag but {@code <mark>}.
 */
class SearchIndexProperties {
  private static final Pattern TAG = Pattern.compile("<(?!/?mark>)");
  private final List<String> notices = new ArrayList<>();
  private Path dir;
  private Store store;
  private SearchIndex index;

  @BeforeProperty
  void open() throws IOException {
    dir = Files.createTempDirectory("tidings-search-properties");
    store = Store.open(dir.resolve("t.db"));
    NewsFixtures.storeAll(store);
    index = SearchIndex.openFor(store, notices::add);
  }

  @AfterProperty
  void close() throws IOException {
    index.close();
    store.close();
    TempTrees.delete(dir);
  }

  @Property(tries = 300)
  void anAcceptedQueryRunsAndItsSnippetsAreSafe(@ForAll("queries") String query) {
    SearchResults r;
    try {
      r = index.search(query, 20, 0);
    } catch (IllegalArgumentException refused) {
      assertThat(refused.getMessage()).as(query).isNotBlank();
      return;
    }
    assertThat(r.total()).isGreaterThanOrEqualTo(r.hits().size());
    for (SearchHit h : r.hits()) {
      assertThat(h.kind()).isIn("article", "sentence", "quote", "event");
      assertThat(TAG.matcher(h.snippet()).find()).as(h.snippet()).isFalse();
    }
    assertThat(notices).isEmpty();
  }

  @Provide
  Arbitrary<String> queries() {
    Arbitrary<String> hard = Arbitraries.of("k".repeat(999) + "~", "(".repeat(499) + "kharkiv" + ")".repeat(499),
        "kharkiv~2 AND shelled~", "date:[2022-02-08 TO *]", "date:{* TO 2022-02-09}", "kind:ar* AND sh*",
        String.join(" OR ", java.util.Collections.nCopies(200, "sh*")), "\"shelled kharkiv\"~1000000",
        "kharkiv^1e38", "kharkiv^0");
    return Arbitraries.oneOf(QueryText.language(), QueryText.word().list().ofMinSize(1).ofMaxSize(4)
        .map(l -> String.join(" OR ", l)), hard).withoutEdgeCases();
  }
}
