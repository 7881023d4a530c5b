package org.tidings.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.tidings.core.model.Actor;
import org.tidings.core.model.ActorMention;
import org.tidings.core.model.Article;
import org.tidings.core.model.CodedArticle;
import org.tidings.core.model.DateBasis;
import org.tidings.core.model.EventMention;
import org.tidings.core.model.EventType;
import org.tidings.core.model.Focus;
import org.tidings.core.model.MentionKind;
import org.tidings.core.model.Mode;
import org.tidings.core.model.Place;
import org.tidings.core.model.Provenance;
import org.tidings.core.model.Quote;
import org.tidings.core.model.QuoteKind;
import org.tidings.core.model.Span;
import org.tidings.core.model.TimeValue;

/** Hand-made coded articles for store tests (invented sentences; no models needed). */
final class Fixtures {
  static final Provenance PROVENANCE = new Provenance("test", Map.of("events.tsv", "v1 abc"));

  private Fixtures() {}

  /** A mention of {@code words} (the first occurrence in {@code text}). */
  static ActorMention mention(String text, String words, Actor actor) {
    int at = text.indexOf(words);
    if (at < 0) {
      throw new IllegalArgumentException("not in text: " + words);
    }
    return new ActorMention(actor, words, new Span(at, at + words.length()), 0, 0, MentionKind.NAME, false, null);
  }

  /** One event in sentence 0 spanning the whole text. */
  static EventMention event(String id, String text, ActorMention source, ActorMention target, String trigger,
      String cameo, Mode mode, String date, DateBasis basis, Place place) {
    int t = text.indexOf(trigger);
    EventType type = new EventType(cameo, "name of " + cameo, cameo.startsWith("19") ? "ASSAULT" : "CONSULT",
        cameo.startsWith("19") ? 4 : 1, cameo.startsWith("19") ? -10.0 : 1.0);
    return new EventMention(id, "g-" + id, 0, new Span(0, text.length()), new Span(t, t + trigger.length()), source,
        target, type, mode, date == null ? null : new TimeValue(date), basis, place, 0.8, null, "verb-patterns.tsv:7");
  }

  static CodedArticle coded(String id, String publisher, LocalDate published, String text, List<EventMention> events) {
    Article a = new Article(id, published, "Title of " + id, "https://example.org/" + id, publisher, text);
    return new CodedArticle(a, events, List.of(), List.of(), List.of(), List.of(), PROVENANCE, new Focus("UKR", null));
  }

  /** An article in which RUSMIL shells UKR (CAMEO 195) on {@code date}. */
  static CodedArticle shelling(String id, String publisher, String date, DateBasis basis, String cameo, Mode mode) {
    String text = "Russian forces shelled Kharkiv in Ukraine, officials said in report " + id + ".";
    ActorMention rus = mention(text, "Russian forces", new Actor("RUSMIL", "RUS", "MIL", null));
    ActorMention ukr = mention(text, "Ukraine", new Actor("UKR", "UKR", null, "Ukraine"));
    Place kharkiv = new Place("Kharkiv", "UKR", 49.99, 36.23, new Span(text.indexOf("Kharkiv"),
        text.indexOf("Kharkiv") + 7));
    EventMention e = event(id + ":0", text, rus, ukr, "shelled", cameo, mode, date, basis, kharkiv);
    return coded(id, publisher, LocalDate.parse(date.length() == 10 ? date : "2022-02-08"), text, List.of(e));
  }

  static Quote quote(String text, String words, ActorMention speaker) {
    int at = text.indexOf(words);
    return new Quote(words, new Span(at, at + words.length()), speaker, "said", QuoteKind.DIRECT, null);
  }

  static long count(Store store, String table) throws SQLException {
    try (Statement s = store.connection().createStatement();
        ResultSet r = s.executeQuery("SELECT count(*) FROM " + table)) {
      r.next();
      return r.getLong(1);
    }
  }
}
