package org.tidings.store.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidings.core.model.CodedArticle;
import org.tidings.store.NewsFixtures;
import org.tidings.store.Store;
import org.tidings.store.StoreException;

class IndexRebuildTest {
  private static final List<String> QUERIES = List.of("shelled", "actor:RUS", "type:ASSAULT AND country:UKR",
      "\"foreign ministry\"", "speaker:putin", "kind:article", "Minsk OR Berlin");

  @TempDir
  Path dir;

  private final List<String> notices = new ArrayList<>();

  private static List<String> answers(SearchIndex index) {
    List<String> out = new ArrayList<>();
    for (String q : QUERIES) {
      index.search(q, 100, 0).hits().forEach(h -> out.add(q + " -> " + h.kind() + " " + h.articleKey() + " "
          + h.sentence() + " " + h.eventId() + " " + h.snippet()));
    }
    out.sort(Comparator.naturalOrder());
    return out;
  }

  @Test
  void aDeletedIndexIsRebuiltFromTheStoreWithTheSameHits() throws IOException {
    Path db = dir.resolve("t.db");
    try (Store s = Store.open(db)) {
      NewsFixtures.storeAll(s);
      List<String> before;
      try (SearchIndex index = SearchIndex.openFor(s, notices::add)) {
        before = answers(index);
      }
      assertThat(before).hasSizeGreaterThan(15);
      deleteTree(SearchIndex.beside(db));
      try (SearchIndex index = SearchIndex.openFor(s, notices::add)) {
        assertThat(index.articles()).isEqualTo(4);
        assertThat(answers(index)).isEqualTo(before);
      }
    }
  }

  @Test
  void aCorruptSegmentFileIsReportedAndTheIndexRebuilt() throws IOException {
    Path db = dir.resolve("t.db");
    try (Store s = Store.open(db)) {
      NewsFixtures.storeAll(s);
      List<String> before;
      try (SearchIndex index = SearchIndex.openFor(s, notices::add)) {
        before = answers(index);
      }
      Path segment;
      try (Stream<Path> files = Files.list(SearchIndex.beside(db))) {
        segment = files.filter(f -> f.getFileName().toString().matches(".*\\.(cfs|si)")).findFirst().orElseThrow();
      }
      byte[] junk = new byte[(int) Files.size(segment)];
      java.util.Arrays.fill(junk, (byte) 0x5a);
      Files.write(segment, junk);
      try (SearchIndex index = SearchIndex.openFor(s, notices::add)) {
        assertThat(notices).singleElement().asString().contains("cannot be read").contains("rebuilding");
        assertThat(answers(index)).isEqualTo(before);
      }
    }
  }

  @Test
  void anIndexBuiltAsArticlesArriveEqualsOneRebuiltFromTheStore() {
    Path db = dir.resolve("t.db");
    try (Store s = Store.open(db); SearchIndex live = SearchIndex.open(dir.resolve("live"), notices::add)) {
      List<CodedArticle> all = NewsFixtures.all();
      for (int i = 0; i < all.size(); i++) {
        s.writer().store(all.get(i));
        live.add(all.get(i), i + 1);
      }
      List<String> incremental = answers(live);
      try (SearchIndex rebuilt = SearchIndex.openFor(s, notices::add)) {
        assertThat(answers(rebuilt)).isEqualTo(incremental);
      }
      assertThat(live.sync(s)).isZero();
    }
  }

  @Test
  void syncIndexesOnlyWhatWasStoredSinceAndRebuildsForAnotherStore() {
    List<CodedArticle> all = NewsFixtures.all();
    try (Store s = Store.open(dir.resolve("t.db"))) {
      s.writer().store(all.get(0));
      try (SearchIndex index = SearchIndex.openFor(s, notices::add)) {
        assertThat(index.articles()).isEqualTo(1);
        all.subList(1, 4).forEach(s.writer()::store);
        assertThat(index.sync(s)).isEqualTo(3);
        assertThat(index.sync(s)).isZero();
        assertThat(index.articles()).isEqualTo(4);
      }
    }
    try (Store other = Store.open(dir.resolve("other.db"));
        SearchIndex index = SearchIndex.open(SearchIndex.beside(dir.resolve("t.db")), notices::add)) {
      other.writer().store(all.get(2));
      assertThat(index.sync(other)).isEqualTo(1);
      assertThat(index.articles()).isEqualTo(1);
      assertThat(index.search("kind:article", 10, 0).hits()).singleElement()
          .extracting(SearchHit::articleId).isEqualTo("planet-7");
    }
  }

  @Test
  void aSecondWriterOfTheSameIndexIsToldItIsInUse() {
    Path folder = dir.resolve("idx");
    try (SearchIndex first = SearchIndex.open(folder, notices::add)) {
      assertThatThrownBy(() -> SearchIndex.open(folder, notices::add))
          .isInstanceOf(StoreException.class).hasMessageContaining("in use by another process");
      assertThat(first.articles()).isZero();
    }
    assertThat(notices).isEmpty();
  }

  private static void deleteTree(Path p) throws IOException {
    try (Stream<Path> all = Files.walk(p)) {
      for (Path f : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(f);
      }
    }
  }
}
