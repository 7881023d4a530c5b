package org.tidings.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidings.core.model.Actor;
import org.tidings.core.model.ActorMention;
import org.tidings.core.model.Article;
import org.tidings.core.model.ArticleError;
import org.tidings.core.model.CodedArticle;
import org.tidings.core.model.DateBasis;
import org.tidings.core.model.EventMention;
import org.tidings.core.model.EventType;
import org.tidings.core.model.Focus;
import org.tidings.core.model.Mode;
import org.tidings.core.model.Place;
import org.tidings.core.model.Span;
import org.tidings.core.model.TimeValue;

class ArticleWriterTest {
  private static final String TEXT = "Foreign Minister Anna Berg of Norway met Sweden's envoy in Oslo on Monday. "
      + "\"We agreed on much,\" Berg said.";

  @TempDir
  Path dir;

  private CodedArticle richArticle() {
    ActorMention berg = Fixtures.mention(TEXT, "Foreign Minister Anna Berg of Norway",
        new Actor("NORGOV", "NOR", "GOV", "Anna Berg"));
    ActorMention envoy = Fixtures.mention(TEXT, "Sweden's envoy", new Actor("SWEGOV", "SWE", "GOV", null));
    ActorMention bergSaid = new ActorMention(berg.actor(), "Berg", new Span(TEXT.lastIndexOf("Berg"),
        TEXT.lastIndexOf("Berg") + 4), 1, 3, org.tidings.core.model.MentionKind.NAME, true, berg);
    Place oslo = new Place("Oslo", "NOR", 59.91, 10.75, new Span(TEXT.indexOf("Oslo"), TEXT.indexOf("Oslo") + 4));
    int end = TEXT.indexOf(". ") + 1;
    int met = TEXT.indexOf("met");
    EventMention e = new EventMention("a1:0", "a1:g0", 0, new Span(0, end), new Span(met, met + 3), berg, envoy,
        new EventType("042", "Make a visit", "CONSULT", 1, 1.9), Mode.REPORTED, new TimeValue("2022-02-07"),
        DateBasis.TEXT, oslo, 0.87, bergSaid, "verb-patterns.tsv:120");
    Article a = new Article("a1", LocalDate.of(2022, 2, 8), "Envoys meet", "https://example.org/a1", "Example Wire",
        TEXT);
    return new CodedArticle(a, List.of(e), List.of(Fixtures.quote(TEXT, "We agreed on much,", bergSaid)),
        List.of(berg, envoy, bergSaid), List.of(), List.of(), Fixtures.PROVENANCE, new Focus("NOR", null));
  }

  @Test
  void everyEventFieldComesBack() throws Exception {
    try (Store s = Store.open(dir.resolve("t.db"))) {
      assertThat(s.writer().store(richArticle())).isEqualTo(ArticleWriter.Outcome.STORED);
      List<StoredEvent> found = s.events().find(EventFilter.ALL, EventSort.DATE_DESC, Page.first(10));
      assertThat(found).hasSize(1);
      StoredEvent e = found.get(0);
      assertThat(e.articleId()).isEqualTo("a1");
      assertThat(e.publisher()).isEqualTo("Example Wire");
      assertThat(e.eventId()).isEqualTo("a1:0");
      assertThat(e.evidence()).isEqualTo("Foreign Minister Anna Berg of Norway met Sweden's envoy in Oslo on Monday.");
      assertThat(e.trigger()).isEqualTo("met");
      assertThat(List.of(e.sourceCode(), e.sourceName(), e.sourceCountry())).containsExactly("NORGOV", "Anna Berg",
          "NOR");
      assertThat(e.targetCode()).isEqualTo("SWEGOV");
      assertThat(e.targetName()).isNull();
      assertThat(e.targetCountry()).isEqualTo("SWE");
      assertThat(List.of(e.cameo(), e.cameoName(), e.plover())).containsExactly("042", "Make a visit", "CONSULT");
      assertThat(e.quadClass()).isEqualTo(1);
      assertThat(e.goldstein()).isEqualTo(1.9);
      assertThat(e.mode()).isEqualTo("reported");
      assertThat(e.reportedBy()).isEqualTo("NORGOV");
      assertThat(e.date()).isEqualTo("2022-02-07");
      assertThat(e.dateBasis()).isEqualTo("text");
      assertThat(List.of(e.placeName(), e.placeCountry())).containsExactly("Oslo", "NOR");
      assertThat(e.lat()).isEqualTo(59.91);
      assertThat(e.lon()).isEqualTo(10.75);
      assertThat(e.confidence()).isEqualTo(0.87);
      assertThat(e.pattern()).isEqualTo("verb-patterns.tsv:120");
      JsonNode json = new ObjectMapper().readTree(e.json());
      assertThat(json.get("trigger").get("text").asText()).isEqualTo("met");
      assertThat(json.get("provenance").get("knowledge").asText()).isEqualTo(Fixtures.PROVENANCE.knowledgeId());

      try (Statement st = s.connection().createStatement(); ResultSet r = st.executeQuery(
          "SELECT event_group, sentence, evidence_start, evidence_end, trigger_start, trigger_end, source_text, "
              + "source_start, source_end, source_sector, target_text, target_sector, root_code, reported_by_name, "
              + "reported_by_text, CAST(date_from AS VARCHAR), CAST(date_to AS VARCHAR), place_start, place_end "
              + "FROM events")) {
        r.next();
        assertThat(r.getString(1)).isEqualTo("a1:g0");
        assertThat(r.getInt(2)).isZero();
        assertThat(r.getInt(3)).isZero();
        assertThat(r.getInt(4)).isEqualTo(TEXT.indexOf(". ") + 1);
        assertThat(r.getInt(5)).isEqualTo(TEXT.indexOf("met"));
        assertThat(r.getInt(6)).isEqualTo(TEXT.indexOf("met") + 3);
        assertThat(r.getString(7)).isEqualTo("Foreign Minister Anna Berg of Norway");
        assertThat(r.getInt(8)).isZero();
        assertThat(r.getInt(9)).isEqualTo(36);
        assertThat(r.getString(10)).isEqualTo("GOV");
        assertThat(r.getString(11)).isEqualTo("Sweden's envoy");
        assertThat(r.getString(12)).isEqualTo("GOV");
        assertThat(r.getString(13)).isEqualTo("04");
        assertThat(r.getString(14)).isEqualTo("Anna Berg");
        assertThat(r.getString(15)).isEqualTo("Berg");
        assertThat(r.getString(16)).isEqualTo("2022-02-07");
        assertThat(r.getString(17)).isEqualTo("2022-02-07");
        assertThat(r.getInt(18)).isEqualTo(TEXT.indexOf("Oslo"));
        assertThat(r.getInt(19)).isEqualTo(TEXT.indexOf("Oslo") + 4);
      }
      try (Statement st = s.connection().createStatement(); ResultSet r = st.executeQuery(
          "SELECT article_id, status, source, url, title, CAST(published AS VARCHAR), tidings_version, knowledge_id, "
              + "focus_country, event_count, coded_json FROM articles")) {
        r.next();
        assertThat(List.of(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
            r.getString(6), r.getString(7), r.getString(8), r.getString(9))).containsExactly("a1", "ok",
            "Example Wire", "https://example.org/a1", "Envoys meet", "2022-02-08", "test",
            Fixtures.PROVENANCE.knowledgeId(), "NOR");
        assertThat(r.getInt(10)).isEqualTo(1);
        assertThat(new ObjectMapper().readTree(r.getString(11)).get("events").size()).isEqualTo(1);
      }
      try (Statement st = s.connection().createStatement(); ResultSet r = st.executeQuery(
          "SELECT text, speaker_code, kind, event_id FROM quotes")) {
        r.next();
        // the quote is in the sentence after the event's: it backs no event
        assertThat(Arrays.asList(r.getString(1), r.getString(2), r.getString(3), r.getString(4)))
            .containsExactly("We agreed on much,", "NORGOV", "direct", null);
      }
      assertThat(Fixtures.count(s, "mentions")).isEqualTo(3);
      assertThat(Fixtures.count(s, "sentences")).isEqualTo(1);
    }
  }

  @Test
  void aQuoteBacksTheEventOfItsSpeakerWhoseSentenceHoldsIt() {
    CodedArticle a = richArticle();
    EventMention e = a.events().get(0);
    EventMention wide = new EventMention(e.id(), e.group(), e.sentence(), new Span(0, TEXT.length()), e.trigger(),
        e.source(), e.target(), e.type(), e.mode(), e.date(), e.dateBasis(), e.place(), e.confidence(),
        e.reportedBy(), e.pattern());
    assertThat(TextRows.linkedEvent(a.quotes().get(0), List.of(wide))).isEqualTo("a1:0");
    assertThat(TextRows.linkedEvent(a.quotes().get(0), List.of(e))).isNull();
  }

  @Test
  void theSameContentIsStoredOnce() throws Exception {
    try (Store s = Store.open(dir.resolve("t.db"))) {
      CodedArticle a = richArticle();
      assertThat(s.writer().store(a)).isEqualTo(ArticleWriter.Outcome.STORED);
      assertThat(s.writer().store(a)).isEqualTo(ArticleWriter.Outcome.ALREADY_STORED);
      Article rewrapped = new Article("other-id", null, null, null, null, "  " + TEXT.replace(" ", "\n  ") + "\n");
      CodedArticle again = new CodedArticle(rewrapped, a.events(), List.of(), List.of(), List.of(), List.of(),
          Fixtures.PROVENANCE, null);
      assertThat(s.writer().isStored(ContentHash.of(rewrapped))).isTrue();
      assertThat(s.writer().store(again)).isEqualTo(ArticleWriter.Outcome.ALREADY_STORED);
      assertThat(Fixtures.count(s, "articles")).isEqualTo(1);
      assertThat(Fixtures.count(s, "events")).isEqualTo(1);
    }
    try (Store s = Store.open(dir.resolve("t.db"))) {
      assertThat(s.writer().store(richArticle())).isEqualTo(ArticleWriter.Outcome.ALREADY_STORED);
    }
  }

  @Test
  void aFailureMidArticleStoresNothingOfIt() throws Exception {
    CodedArticle good = richArticle();
    EventMention e = good.events().get(0);
    // two events with one id: the second insert fails after the article, its mentions and one event were written
    CodedArticle broken = new CodedArticle(good.article(), List.of(e, e), good.quotes(), good.mentions(), List.of(),
        List.of(), good.provenance(), good.focus());
    try (Store s = Store.open(dir.resolve("t.db"))) {
      assertThatThrownBy(() -> s.writer().store(broken)).isInstanceOf(StoreException.class)
          .hasMessageContaining("cannot store article a1");
      for (String table : List.of("articles", "sentences", "mentions", "events", "quotes", "failures")) {
        assertThat(Fixtures.count(s, table)).as(table).isZero();
      }
      assertThat(s.writer().store(good)).isEqualTo(ArticleWriter.Outcome.STORED);
      assertThat(Fixtures.count(s, "events")).isEqualTo(1);
    }
  }

  @Test
  void aFailedArticleIsStoredWithItsReason() throws Exception {
    try (Store s = Store.open(dir.resolve("t.db"))) {
      CodedArticle failed = CodedArticle.failed(Article.of("bad-1", null, "Dies ist kein englischer Text."),
          new ArticleError("not_english", "the article does not look like English"), Fixtures.PROVENANCE);
      CodedArticle unreadable = CodedArticle.failed(Article.of("f.jsonl:3", null, ""),
          new ArticleError("malformed_json", "line 3: not valid JSON"), Fixtures.PROVENANCE);
      assertThat(ArticleWriter.failed(failed)).isTrue();
      assertThat(s.writer().store(failed)).isEqualTo(ArticleWriter.Outcome.STORED);
      assertThat(s.writer().store(unreadable)).isEqualTo(ArticleWriter.Outcome.STORED);
      assertThat(s.writer().store(unreadable)).isEqualTo(ArticleWriter.Outcome.ALREADY_STORED);
      try (Statement st = s.connection().createStatement(); ResultSet r = st.executeQuery(
          "SELECT a.article_id, a.status, f.code FROM failures f JOIN articles a USING (article_key) ORDER BY 1")) {
        r.next();
        assertThat(List.of(r.getString(1), r.getString(2), r.getString(3))).containsExactly("bad-1", "failed",
            "not_english");
        r.next();
        assertThat(r.getString(3)).isEqualTo("malformed_json");
      }
    }
  }

  @Test
  void failedArticlesOfARetryableKindAreForgottenAndTheRestKept() throws Exception {
    Article slow = Article.of("slow", LocalDate.of(2022, 2, 8), "The talks went on late into the night.");
    Article empty = Article.of("empty", LocalDate.of(2022, 2, 8), "");
    try (Store s = Store.open(dir.resolve("t.db"))) {
      ArticleWriter w = s.writer();
      w.store(richArticle());
      w.store(CodedArticle.failed(slow, new ArticleError("timed_out", "over budget"), Fixtures.PROVENANCE));
      w.store(CodedArticle.failed(empty, new ArticleError("empty_text", "no text"), Fixtures.PROVENANCE));
      assertThat(w.isStored(ContentHash.of(slow))).isTrue();

      assertThat(w.forgetFailed(java.util.Set.of("timed_out", "coding_failed"))).isEqualTo(1);

      assertThat(w.isStored(ContentHash.of(slow))).isFalse();
      assertThat(w.isStored(ContentHash.of(empty))).isTrue();
      assertThat(w.isStored(ContentHash.of(richArticle().article()))).isTrue();
      try (Statement st = s.connection().createStatement();
          ResultSet r = st.executeQuery("SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM failures),"
              + " (SELECT count(*) FROM article_texts), (SELECT count(*) FROM events)")) {
        r.next();
        assertThat(List.of(r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4))).containsExactly(2L, 1L, 2L, 1L);
      }
      assertThat(w.store(CodedArticle.failed(slow, new ArticleError("timed_out", "again"), Fixtures.PROVENANCE)))
          .isEqualTo(ArticleWriter.Outcome.STORED);
      assertThatThrownBy(() -> w.forgetFailed(java.util.Set.of("empty_text")))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("timed_out");
    }
  }
}
